// The GraphStore on Neo4j. One driver per store; every method sends exactly ONE read query
// (cypher/<method>.cypher, every value a $parameter: ./neo4j-queries.ts) that builds the whole
// nested answer with COLLECT subqueries, and maps and sorts it (./neo4j-answers.ts).
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { cypher } from '../../../graph/src/cypher.ts';
import { paragraphId } from '../../../graph/src/model.ts';
import { openDriver, type Neo4jSettings } from '../../../graph/src/neo4j-connection.ts';
import { normaliseText } from '../../../graph/src/normalise.ts';
import { DatabaseUnavailableError, OverloadedError } from '../errors.ts';
import {
  attendanceAnswer,
  briefingsAnswer,
  claimsAnswer,
  disagreementsAnswer,
  documentsAnswer,
  incidentsAnswer,
  nodeAnswer,
  paragraphAnswer,
  pathAnswer,
  recommendationsAnswer,
  searchAnswer,
  subgraphAnswer,
  textSearchAnswer,
  timelineAnswer,
  traceAnswer,
} from './neo4j-answers.ts';
import { attendanceRequest, nestedNodeParams, textSearchParams, type QueryName } from './neo4j-queries.ts';
import { readQuery } from './neo4j-read.ts';
import type { ValueMap } from './neo4j-values.ts';
import { INTERVIEW_ID_PREFIX } from './records.ts';
import { TIMELINE_KINDS } from './timeline.ts';
import type { GraphStore, StoreHealth } from './types.ts';

// The store's public face: the benchmark and the tests import these from here.
export { QUERY_NAMES, attendanceRequest, nestedNodeParams, type QueryName } from './neo4j-queries.ts';

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
        // Shed by the read gate: Neo4j is up and every slot is answering others. The service is
        // working at capacity, not down; a 503 here would have an orchestrator restart a busy instance.
        if (error instanceof OverloadedError)
          return { ok: true, store: 'neo4j', detail: `${database} answers; queries are being shed (at capacity)` };
        // The reason is for the operator's log, not for clients: no address, no driver message.
        const reason = error instanceof DatabaseUnavailableError ? 'is unavailable' : 'failed the health query';
        return { ok: false, store: 'neo4j', detail: `${database} ${reason}` };
      }
    },

    async node(id, { withRelations }) {
      const row = await readOne('node', { id, withRelations });
      return row && nodeAnswer(row, withRelations);
    },

    async search(text, { kinds, document, limit, withRelations }) {
      const rows = await read('search', {
        text: normaliseText(text),
        kinds: kinds && kinds.length > 0 ? kinds : null,
        document: document ?? null,
        limit: neo4j.int(limit),
        withRelations,
      });
      return searchAnswer(rows, limit, withRelations);
    },

    async briefings({ election, document } = {}) {
      return briefingsAnswer(await read('briefings', { election: election ?? null, document: document ?? null }));
    },

    async attendance(query, options) {
      const request = attendanceRequest(query, options);
      return attendanceAnswer(await readOne(request.query, request.params));
    },

    async incidents({ document } = {}) {
      return incidentsAnswer(await read('incidents', { document: document ?? null }));
    },

    async trace(id, options) {
      const row = await readOne('trace', { id, ...nestedNodeParams(options) });
      return row && traceAnswer(id, row);
    },

    async recommendations({ by, document } = {}, options) {
      return recommendationsAnswer(
        await read('recommendations', { by: by ?? null, document: document ?? null, ...nestedNodeParams(options) }),
      );
    },

    async claims({ about, by, document }) {
      return claimsAnswer(await read('claims', { about: about ?? null, by: by ?? null, document: document ?? null }));
    },

    async neighborhood(id, depth, options) {
      const row = await readOne('neighborhood', { id, depth: neo4j.int(depth), ...nestedNodeParams(options) });
      return row && subgraphAnswer(row, false);
    },

    async path(from, to, maxHops, options) {
      const row = await readOne('path', { from, to, maxHops: neo4j.int(maxHops), ...nestedNodeParams(options) });
      return row && pathAnswer(row);
    },

    async paths(from, to, { first, maxHops, without, avoid }, options) {
      const rows = await read('paths', {
        from,
        to,
        first: neo4j.int(first),
        maxHops: neo4j.int(maxHops),
        without: [...without],
        avoid: [...avoid],
        ...nestedNodeParams(options),
      });
      return rows.map(pathAnswer);
    },

    async graph({ kinds, election, document, limit }, options) {
      const row = await readOne('graph', {
        kinds: kinds && kinds.length > 0 ? kinds : null,
        election: election ?? null,
        document: document ?? null,
        limit: neo4j.int(limit),
        ...nestedNodeParams(options),
      });
      if (!row) return { nodes: [], edges: [], truncated: false };
      return subgraphAnswer(row, row.truncated === true);
    },

    async disagreements(query) {
      const params = { about: query.about ?? null, document: query.document ?? null, ...nestedNodeParams(undefined) };
      return disagreementsAnswer(await readOne('disagreements', params), query);
    },

    async timeline(query) {
      const params = {
        kinds: TIMELINE_KINDS,
        election: query.election ?? null,
        document: query.document ?? null,
        ...nestedNodeParams(undefined),
      };
      return timelineAnswer(await read('timeline', params), query);
    },

    async documents() {
      return documentsAnswer(await read('documents', { interviewPrefix: INTERVIEW_ID_PREFIX }));
    },

    async document(id) {
      return documentsAnswer(await read('document', { id, interviewPrefix: INTERVIEW_ID_PREFIX }))[0] ?? null;
    },

    async paragraph(document, number) {
      const row = await readOne('paragraph', { id: paragraphId(document, number) });
      return row && paragraphAnswer(row);
    },

    async textSearch(text, { document, first }, options) {
      const params = textSearchParams(text, document, options);
      if (params === null) return [];
      return textSearchAnswer(await readOne('text-search', params), text, first);
    },

    async close() {
      await driver.close();
    },
  };
}
