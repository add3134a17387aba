// The GraphStore on Neo4j. One driver per store; every method sends exactly ONE read query
// (cypher/<method>.cypher, every value a $parameter) that builds the whole nested answer with
// COLLECT subqueries, and maps it here. Lists are sorted here, with the comparators the in-memory
// store uses (./order.ts): names sort with an ICU collator, which Cypher's ORDER BY cannot match.
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { attendanceKeyElection, attendanceRange } from '../../../graph/src/attendance.ts';
import { cypher } from '../../../graph/src/cypher.ts';
import { paragraphId, type GraphEdge, type GraphNode } from '../../../graph/src/model.ts';
import { openDriver, type Neo4jSettings } from '../../../graph/src/neo4j-connection.ts';
import { normaliseText } from '../../../graph/src/normalise.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import { readQuery } from './neo4j-read.ts';
import {
  toCompactEdges,
  toCompactNode,
  toCompactNodes,
  toDocument,
  toEvidence,
  toGraphNode,
  toGraphNodes,
  toNodeWithEvidence,
  toParagraph,
  toRelation,
} from './neo4j-records.ts';
import { list, map, number, optionalNumber, optionalString, string, UnexpectedValueError, type ValueMap } from './neo4j-values.ts';
import { byDateThenName, byDocumentOrder, byId, byName, compareText } from './order.ts';
import { mergeEvidence, traceRecord } from './records.ts';
import type {
  AttendanceQuery,
  AttendanceRecord,
  BriefingRecord,
  ClaimRecord,
  GraphStore,
  IncidentRecord,
  NestedNodes,
  NodeRecord,
  RecommendationRecord,
  RelationRecord,
  StoreHealth,
  SubgraphRecord,
  TraceStepRecord,
} from './types.ts';

/** One file in cypher/ per query the store sends. */
export const QUERY_NAMES = [
  'health',
  'node',
  'search',
  'briefings',
  'attendance',
  'attendance-event',
  'attendance-person',
  'incidents',
  'trace',
  'recommendations',
  'claims',
  'neighborhood',
  'path',
  'graph',
  'documents',
  'paragraph',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** Reported once per query the store sends: for metrics, logs and the round-trip tests. */
export interface QueryEvent {
  query: QueryName;
  ms: number;
  ok: boolean;
  records: number;
}

export interface Neo4jStoreOptions {
  /** Server-side transaction timeout of every query (default 5000 ms) */
  queryTimeoutMs?: number;
  /** Timeout of health() (default 2000 ms) */
  healthTimeoutMs?: number;
  /** Overrides of the driver's configuration (graph/src/neo4j-connection.ts DRIVER_DEFAULTS) */
  driverConfig?: Config;
  /** The process's driver, when it already has one (start-up seeds through it); the store closes it. */
  driver?: Driver;
  onQuery?: (event: QueryEvent) => void;
}

const DEFAULT_QUERY_TIMEOUT_MS = 5_000;
const DEFAULT_HEALTH_TIMEOUT_MS = 2_000;





const byNodeName = (a: { node: GraphNode }, b: { node: GraphNode }) => byName(a.node, b.node);

function byRelation(a: RelationRecord, b: RelationRecord): number {
  return (
    compareText(a.edge.type, b.edge.type) ||
    (a.direction === b.direction ? 0 : a.direction === 'OUT' ? -1 : 1) ||
    byName(a.node, b.node) ||
    byId(a.edge, b.edge)
  );
}

/** "All" as a Cypher LIMIT or list slice bound */
const ALL = 2 ** 31 - 1;

/** The parameters of the queries that return nested nodes: $evidence entries per node, and $brief nodes or whole ones. */
export function nestedNodeParams(options: NestedNodes | undefined): { evidence: ReturnType<typeof neo4j.int>; brief: boolean } {
  return { evidence: neo4j.int(Math.min(options?.evidence ?? ALL, ALL)), brief: options?.brief === true };
}

/**
 * The query and parameters the store sends for attendance: one access path per query, so each is
 * planned for what it reads (attendance.cypher). Exported so the benchmark sends the very same.
 */
export function attendanceRequest({ election, event, person, first, after }: AttendanceQuery, options?: NestedNodes): { query: QueryName; params: Record<string, unknown> } {
  const { from, to } = attendanceRange(election, after);
  const page = { from, to, first: neo4j.int(first ?? ALL), ...nestedNodeParams(options) };
  if (event !== undefined) return { query: 'attendance-event', params: { ...page, event, person: person ?? '' } };
  if (person !== undefined) return { query: 'attendance-person', params: { ...page, person } };
  return { query: 'attendance', params: page };
}

/** A neighborhood, path or graph answer: nodes and relations as lists (toCompactNode, toCompactEdge). */
function subgraph(row: ValueMap, truncated: boolean): SubgraphRecord {
  return {
    nodes: toCompactNodes(row.nodes, 'nodes').sort(byId),
    edges: toCompactEdges(row.edges, 'edges').sort(byId),
    truncated,
  };
}

function toTraceStep(value: unknown): TraceStepRecord {
  const row = map(value, 'step');
  const response = toGraphNode(row.response);
  return {
    order: optionalNumber(row.order, `step ${response.id}.order`) ?? 0,
    relation: string(row.relation, `step ${response.id}.relation`),
    response,
    actors: toCompactNodes(row.actors, `step ${response.id}.actors`).sort(byName),
    links: list(row.links, `step ${response.id}.links`)
      .map((l) => {
        const link = map(l, 'link');
        return {
          type: string(link.type, 'link.type'),
          node: toCompactNode(link.node, `step ${response.id}.link`),
          evidence: toEvidence(map(link.evidence, 'link.evidence'), 'link.evidence'),
        };
      })
      .sort((a, b) => compareText(a.type, b.type) || byName(a.node, b.node)),
    negative: response.properties?.negative === true,
    evidence: toEvidence(map(row.evidence, 'step.evidence'), `step ${response.id}.evidence`),
  };
}

export async function createNeo4jStore(settings: Neo4jSettings, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const queryTimeoutMs = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const healthTimeoutMs = options.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS;
  // No session is kept between calls: each query borrows a pooled connection, so once Neo4j is
  // back the next query simply opens a fresh one.
  const driver: Driver = options.driver ?? openDriver(settings, options.driverConfig);

  /** Sends one read query (cypher/<query>.cypher) and returns its rows; the only place the store talks to Neo4j. */
  async function read(query: QueryName, params: Record<string, unknown>, timeoutMs = queryTimeoutMs): Promise<ValueMap[]> {
    const started = performance.now();
    let event = { ok: false, records: 0 };
    try {
      const rows = await readQuery(driver, cypher(query), params, {
        database: settings.database,
        timeoutMs,
        metadata: { app: 'testimony-graph', query },
      });
      event = { ok: true, records: rows.length };
      return rows;
    } finally {
      options.onQuery?.({ query, ms: performance.now() - started, ...event });
    }
  }

  /** The one row of a query that answers about one thing, or null when it found nothing. */
  async function readOne(query: QueryName, params: Record<string, unknown>): Promise<ValueMap | null> {
    return (await read(query, params))[0] ?? null;
  }

  function relations(row: ValueMap, withRelations: boolean): NodeRecord {
    const node = toGraphNode(row.node);
    if (!withRelations) return { node };
    return { node, relations: list(row.relations, `node ${node.id}.relations`).map(toRelation).sort(byRelation) };
  }

  return {
    name: 'neo4j',

    async health(): Promise<StoreHealth> {
      const database = `database "${settings.database}"`;
      try {
        const [row] = await read('health', {}, healthTimeoutMs);
        if (row?.hasGraph !== true) return { ok: true, store: 'neo4j', detail: `${database} answers but holds no graph` };
        if (row.current !== true) {
          return { ok: false, store: 'neo4j', detail: `${database} holds a graph from an older seed: run npm run seed` };
        }
        return { ok: true, store: 'neo4j', detail: `${database} answers` };
      } catch (error) {
        // The reason is for the operator's log, not for clients: no address, no driver message.
        const reason = error instanceof DatabaseUnavailableError ? 'is unavailable' : 'failed the health query';
        return { ok: false, store: 'neo4j', detail: `${database} ${reason}` };
      }
    },

    async node(id, { withRelations }) {
      const row = await readOne('node', { id, withRelations });
      return row && relations(row, withRelations);
    },

    async search(text, { kinds, limit, withRelations }) {
      const rows = await read('search', {
        text: normaliseText(text),
        kinds: kinds && kinds.length > 0 ? kinds : null,
        limit: neo4j.int(limit),
        withRelations,
      });
      return rows
        .map((row) => ({ rank: number(row.rank, 'search rank'), record: relations(row, withRelations) }))
        .sort((a, b) => a.rank - b.rank || byName(a.record.node, b.record.node))
        .slice(0, limit)
        .map((r) => r.record);
    },

    async briefings(election) {
      const rows = await read('briefings', { election: election ?? null });
      return rows
        .map((row): BriefingRecord => {
          const organizers = list(row.organizers, 'organizers').map((o) => toNodeWithEvidence(o, 'organizer')).sort(byNodeName);
          return {
            briefing: toGraphNode(row.briefing),
            election: optionalNumber(row.election, 'briefing election') ?? null,
            organizer: organizers[0] ?? null,
            attendees: list(row.attendees, 'attendees').map((a) => toNodeWithEvidence(a, 'attendee')).sort(byNodeName),
          };
        })
        .sort((a, b) => byDateThenName(a.briefing, b.briefing));
    },

    async attendance(query, options) {
      const request = attendanceRequest(query, options);
      const rows = await read(request.query, request.params);
      // One row: the page's rows in key order, and each of their nodes once (attendance.cypher).
      const [row] = rows;
      if (!row) return [];
      const nodes = new Map(toCompactNodes(row.nodes, 'attendance nodes').map((n) => [n.id, n]));
      const nodeOf = (id: unknown, what: string) => {
        const node = nodes.get(string(id, what));
        if (!node) throw new UnexpectedValueError(`${what}: ${String(id)} is not among the answer's nodes`);
        return node;
      };
      return list(row.rows, 'attendance rows').map((value): AttendanceRecord => {
        // [person id, event id, key, evidenceDocuments, evidenceParagraphs, evidenceQuotes]
        const [person, event, attendanceKey, evidenceDocuments, evidenceParagraphs, evidenceQuotes] = list(value, 'attendance row');
        const key = string(attendanceKey, 'attendance key');
        return {
          person: nodeOf(person, 'attendance person'),
          event: nodeOf(event, 'attendance event'),
          election: attendanceKeyElection(key),
          evidence: toEvidence({ evidenceDocuments, evidenceParagraphs, evidenceQuotes }, `attendance ${key}`),
          key,
        };
      });
    },

    async incidents() {
      const rows = await read('incidents', {});
      return rows
        .map(
          (row): IncidentRecord => ({
            incident: toGraphNode(row.incident),
            reportedTo: list(row.reportedTo, 'reportedTo').map((r) => toNodeWithEvidence(r, 'reportedTo')).sort(byNodeName),
            responseCount: number(row.responseCount, 'responseCount'),
          }),
        )
        .sort((a, b) => byDateThenName(a.incident, b.incident));
    },

    async trace(id, options) {
      const row = await readOne('trace', { id, ...nestedNodeParams(options) });
      if (!row) return null;
      return traceRecord(id, toGraphNode(row.incident), list(row.steps, 'steps').map(toTraceStep));
    },

    async recommendations(by, options) {
      const rows = await read('recommendations', { by: by ?? null, ...nestedNodeParams(options) });
      return rows
        .map((row): RecommendationRecord => {
          const recommendation = toGraphNode(row.recommendation);
          const recommended = list(row.by, 'recommended by').map((r) => {
            const pair = map(r, 'recommended by');
            return { node: toCompactNode(pair.node, 'recommended by'), edge: toGraphEdgeEvidence(pair.evidence) };
          });
          return {
            recommendation,
            text: optionalString(row.text, 'recommendation text') ?? recommendation.name,
            by: recommended.map((r) => r.node).sort(byName),
            addressedTo: toCompactNodes(row.addressedTo, 'addressedTo').sort(byName),
            about: toCompactNodes(row.about, 'about').sort(byName),
            // The recommendation's own evidence first, then its RECOMMENDED relations' in id order.
            evidence: mergeEvidence(recommendation.evidence, ...recommended.sort((a, b) => byId(a.edge, b.edge)).map((r) => r.edge.evidence)),
          };
        })
        .sort((a, b) => byDocumentOrder(a.recommendation, b.recommendation));
    },

    async claims({ about, by }) {
      const rows = await read('claims', { about: about ?? null, by: by ?? null });
      return rows
        .map(
          (row): ClaimRecord => ({
            claim: toGraphNode(row.claim),
            by: toGraphNodes(row.by, 'claim by').sort(byName),
            about: toGraphNodes(row.about, 'claim about').sort(byName),
          }),
        )
        .sort((a, b) => byDocumentOrder(a.claim, b.claim));
    },

    async neighborhood(id, depth, options) {
      const row = await readOne('neighborhood', { id, depth: neo4j.int(depth), ...nestedNodeParams(options) });
      return row && subgraph(row, false);
    },

    async path(from, to, maxHops, options) {
      const row = await readOne('path', { from, to, maxHops: neo4j.int(maxHops), ...nestedNodeParams(options) });
      if (!row) return null;
      // Path order, not id order: nodes from `from` to `to`, one edge per hop.
      return {
        nodes: toCompactNodes(row.nodes, 'path nodes'),
        edges: toCompactEdges(row.edges, 'path edges'),
        truncated: false,
      };
    },

    async graph({ kinds, election, limit }, options) {
      const row = await readOne('graph', {
        kinds: kinds && kinds.length > 0 ? kinds : null,
        election: election ?? null,
        limit: neo4j.int(limit),
        ...nestedNodeParams(options),
      });
      if (!row) return { nodes: [], edges: [], truncated: false };
      return subgraph(row, row.truncated === true);
    },

    async documents() {
      const rows = await read('documents', {});
      return rows
        .map((row) => {
          const document = toDocument(row.document);
          const paragraphs = document.paragraphs.sort((a, b) => a.number - b.number);
          for (const p of paragraphs) p.mentions.sort();
          return { ...document, paragraphs };
        })
        .sort(byId);
    },

    async paragraph(document, number) {
      const row = await readOne('paragraph', { id: paragraphId(document, number) });
      if (!row) return null;
      const paragraph = toParagraph(row.paragraph);
      paragraph.mentions.sort();
      return paragraph;
    },

    async close() {
      await driver.close();
    },
  };
}

/** A RECOMMENDED relation's id and evidence, from `properties(r)`. */
function toGraphEdgeEvidence(value: unknown): Pick<GraphEdge, 'id' | 'evidence'> {
  const props = map(value, 'relation');
  return { id: string(props.id, 'relation.id'), evidence: toEvidence(props, 'relation') };
}
