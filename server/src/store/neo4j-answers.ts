// What the Neo4j store makes of each query's answer: its rows mapped to the store's records
// (./neo4j-records.ts) and sorted here, with the comparators the in-memory store uses (./order.ts):
// names sort with an ICU collator, which Cypher's ORDER BY cannot match. One function per query.
import { attendanceKeyElection } from '../../../graph/src/attendance.ts';
import type { GraphEdge, GraphNode } from '../../../graph/src/model.ts';
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
import {
  boolean,
  list,
  map,
  number,
  optionalNumber,
  optionalString,
  string,
  strings,
  UnexpectedValueError,
  type ValueMap,
} from './neo4j-values.ts';
import { byDateThenName, byDocumentOrder, byId, byName, compareText } from './order.ts';
import { findDisagreements } from './disagreements.ts';
import { mergeEvidence, traceRecord } from './records.ts';
import { timelineOf } from './timeline.ts';
import { rankParagraphs } from '../../../graph/src/text-search.ts';
import type {
  AttendanceRecord,
  BriefingRecord,
  ClaimRecord,
  DisagreementQuery,
  DisagreementRecord,
  DocumentRecord,
  IncidentRecord,
  NodeRecord,
  ParagraphRecord,
  RecommendationRecord,
  RelationRecord,
  SubgraphRecord,
  TextHitRecord,
  TimelineQuery,
  TimelineRecord,
  TraceRecord,
  TraceStepRecord,
} from './types.ts';

const byNodeName = (a: { node: GraphNode }, b: { node: GraphNode }) => byName(a.node, b.node);

function byRelation(a: RelationRecord, b: RelationRecord): number {
  return (
    compareText(a.edge.type, b.edge.type) ||
    (a.direction === b.direction ? 0 : a.direction === 'OUT' ? -1 : 1) ||
    byName(a.node, b.node) ||
    byId(a.edge, b.edge)
  );
}

/** A row of node.cypher or search.cypher: the node, and its relations when they were asked for. */
export function nodeAnswer(row: ValueMap, withRelations: boolean): NodeRecord {
  const node = toGraphNode(row.node);
  if (!withRelations) return { node };
  return { node, relations: list(row.relations, `node ${node.id}.relations`).map(toRelation).sort(byRelation) };
}

/** search.cypher returns the whole rank group the limit falls in (ties are broken by name here), so the cut is made here too. */
export function searchAnswer(rows: ValueMap[], limit: number, withRelations: boolean): NodeRecord[] {
  return rows
    .map((row) => ({ rank: number(row.rank, 'search rank'), record: nodeAnswer(row, withRelations) }))
    .sort((a, b) => a.rank - b.rank || byName(a.record.node, b.record.node))
    .slice(0, limit)
    .map((r) => r.record);
}

export function briefingsAnswer(rows: ValueMap[]): BriefingRecord[] {
  return rows
    .map((row): BriefingRecord => {
      const organizers = list(row.organizers, 'organizers')
        .map((o) => toNodeWithEvidence(o, 'organizer'))
        .sort(byNodeName);
      return {
        briefing: toGraphNode(row.briefing),
        election: optionalNumber(row.election, 'briefing election') ?? null,
        organizer: organizers[0] ?? null,
        attendees: list(row.attendees, 'attendees')
          .map((a) => toNodeWithEvidence(a, 'attendee'))
          .sort(byNodeName),
      };
    })
    .sort((a, b) => byDateThenName(a.briefing, b.briefing));
}

/** The one row of an attendance query (cypher/fragments/attendance-page.cypher): the page's rows in key order, and each of their nodes once. */
export function attendanceAnswer(row: ValueMap | null): AttendanceRecord[] {
  if (!row) return [];
  const nodes = new Map(toCompactNodes(row.nodes, 'attendance nodes').map((n) => [n.id, n]));
  const nodeOf = (id: unknown, what: string) => {
    const node = nodes.get(string(id, what));
    if (!node) throw new UnexpectedValueError(`${what}: ${String(id)} is not among the answer's nodes`);
    return node;
  };
  return list(row.rows, 'attendance rows').map((value): AttendanceRecord => {
    // [person id, event id, key, evidenceDocuments, evidenceParagraphs, evidenceQuotes, negative, representing ids]
    const [person, event, attendanceKey, evidenceDocuments, evidenceParagraphs, evidenceQuotes, negative, representing] = list(
      value,
      'attendance row',
    );
    const key = string(attendanceKey, 'attendance key');
    return {
      person: nodeOf(person, 'attendance person'),
      event: nodeOf(event, 'attendance event'),
      election: attendanceKeyElection(key),
      evidence: toEvidence({ evidenceDocuments, evidenceParagraphs, evidenceQuotes }, `attendance ${key}`),
      negative: boolean(negative, `attendance ${key}.negative`),
      representing: [...new Set(strings(representing, `attendance ${key}.representing`))]
        .map((id) => nodeOf(id, 'attendance representing'))
        .sort(byName),
      key,
    };
  });
}

export function incidentsAnswer(rows: ValueMap[]): IncidentRecord[] {
  return rows
    .map(
      (row): IncidentRecord => ({
        incident: toGraphNode(row.incident),
        reportedTo: list(row.reportedTo, 'reportedTo')
          .map((r) => toNodeWithEvidence(r, 'reportedTo'))
          .sort(byNodeName),
        responseCount: number(row.responseCount, 'responseCount'),
      }),
    )
    .sort((a, b) => byDateThenName(a.incident, b.incident));
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
    negative: response.negative === true,
    evidence: toEvidence(map(row.evidence, 'step.evidence'), `step ${response.id}.evidence`),
  };
}

/** The row of trace.cypher for the entity `id`; NotTraceableError (records.ts) when nothing answered it. */
export function traceAnswer(id: string, row: ValueMap): TraceRecord {
  return traceRecord(id, toGraphNode(row.incident), list(row.steps, 'steps').map(toTraceStep));
}

/** A RECOMMENDED relation's id and evidence, from `properties(r)`. */
function toGraphEdgeEvidence(value: unknown): Pick<GraphEdge, 'id' | 'evidence'> {
  const props = map(value, 'relation');
  return { id: string(props.id, 'relation.id'), evidence: toEvidence(props, 'relation') };
}

export function recommendationsAnswer(rows: ValueMap[]): RecommendationRecord[] {
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
}

export function claimsAnswer(rows: ValueMap[]): ClaimRecord[] {
  return rows
    .map(
      (row): ClaimRecord => ({
        claim: toGraphNode(row.claim),
        by: toGraphNodes(row.by, 'claim by').sort(byName),
        about: toGraphNodes(row.about, 'claim about').sort(byName),
      }),
    )
    .sort((a, b) => byDocumentOrder(a.claim, b.claim));
}

/** A neighborhood or graph answer: nodes and relations as lists (toCompactNode, toCompactEdge), in id order. */
export function subgraphAnswer(row: ValueMap, truncated: boolean): SubgraphRecord {
  return {
    nodes: toCompactNodes(row.nodes, 'nodes').sort(byId),
    edges: toCompactEdges(row.edges, 'edges').sort(byId),
    truncated,
  };
}

/** A path answer, in path order, not id order: nodes from `from` to `to`, one edge per hop. */
export function pathAnswer(row: ValueMap): SubgraphRecord {
  return {
    nodes: toCompactNodes(row.nodes, 'path nodes'),
    edges: toCompactEdges(row.edges, 'path edges'),
    truncated: false,
  };
}

export function documentsAnswer(rows: ValueMap[]): DocumentRecord[] {
  return rows
    .map((row) => {
      const document = toDocument(row.document);
      const paragraphs = document.paragraphs.sort((a, b) => a.number - b.number);
      for (const p of paragraphs) p.mentions.sort();
      return { ...document, paragraphs };
    })
    .sort(byId);
}

export function paragraphAnswer(row: ValueMap): ParagraphRecord {
  const paragraph = toParagraph(row.paragraph);
  paragraph.mentions.sort();
  return paragraph;
}

/**
 * The one row of text-search.cypher: the candidates Lucene found, ranked by the score both stores
 * use (graph/src/text-search.ts), which also drops a candidate that has none of the words as we split them.
 */
export function textSearchAnswer(row: ValueMap | null, text: string, first: number): TextHitRecord[] {
  if (!row) return [];
  const nodes = new Map(toCompactNodes(row.nodes, 'text search mentions').map((n) => [n.id, n]));
  const paragraphs = list(row.paragraphs, 'text search paragraphs').map((p) => {
    const paragraph = toParagraph(p);
    paragraph.mentions = [...new Set(paragraph.mentions)].sort();
    return paragraph;
  });
  return rankParagraphs(paragraphs, text, first).map(({ paragraph, match }) => ({
    paragraph,
    highlights: match.highlights,
    mentions: paragraph.mentions.flatMap((id) => nodes.get(id) ?? []).sort(byName),
  }));
}

/** The one row of disagreements.cypher: its claims, with their asserters and subjects, paired by ./disagreements.ts. */
export function disagreementsAnswer(row: ValueMap | null, query: DisagreementQuery): DisagreementRecord[] {
  if (!row) return [];
  const nodes = new Map(toCompactNodes(row.nodes, 'disagreement nodes').map((n) => [n.id, n]));
  const nodeOf = (id: string, what: string): GraphNode => {
    const node = nodes.get(id);
    if (!node) throw new UnexpectedValueError(`${what}: ${id} is not among the answer's nodes`);
    return node;
  };
  const claims = list(row.claims, 'disagreement claims').map((value): ClaimRecord => {
    const [claim, by, about] = list(value, 'disagreement claim');
    return {
      claim: toCompactNode(claim, 'disagreement claim'),
      by: strings(by, 'claim by')
        .map((id) => nodeOf(id, 'claim by'))
        .sort(byName),
      about: strings(about, 'claim about')
        .map((id) => nodeOf(id, 'claim about'))
        .sort(byName),
    };
  });
  return findDisagreements(claims, toCompactEdges(row.links, 'disagreement links'), query);
}

/** The rows of timeline.cypher: dated nodes, placed and ordered by ./timeline.ts. */
export function timelineAnswer(rows: ValueMap[], query: TimelineQuery): TimelineRecord[] {
  return timelineOf(
    rows.map((r) => toCompactNode(r.node, 'timeline node')),
    query,
  );
}
