// Maps the maps the cypher/*.cypher queries return to the store's records. Nodes and relationships
// arrive as their flat Neo4j properties (see graph/src/neo4j-rows.ts): evidence as three parallel
// lists, curated properties side by side with the fixed fields.
import { EDGE_DRAFT_FIELD, EDGE_FIELDS, NODE_FIELDS } from '../../../graph/src/fields.ts';
import { NODE_KINDS, RELATION_TYPES, type Evidence, type GraphEdge, type GraphNode, type PropertyValue } from '../../../graph/src/model.ts';
import type { DocumentRecord, NodeWithEvidence, ParagraphRecord, RelationRecord } from './types.ts';
import {
  UnexpectedValueError,
  list,
  map,
  number,
  numbers,
  optionalNumber,
  oneOf,
  optionalString,
  string,
  strings,
  type ValueMap,
} from './neo4j-values.ts';

/**
 * `negative` and `mergedIds` are the graph's own fields (graph/src/neo4j-rows.ts writes them from
 * GraphNode.negative, GraphNode.mergedIds and GraphEdge.negative), never curated properties.
 */
const NEGATIVE_FIELD = 'negative';
const MERGED_IDS_FIELD = 'mergedIds';
const NODE_FIELD_SET: ReadonlySet<string> = new Set([...NODE_FIELDS, NEGATIVE_FIELD, MERGED_IDS_FIELD]);
const EDGE_FIELD_SET: ReadonlySet<string> = new Set([...EDGE_FIELDS, EDGE_DRAFT_FIELD, NEGATIVE_FIELD]);

/** The three parallel evidence lists of a node or relationship, zipped back into Evidence. */
export function toEvidence(props: ValueMap, what: string): Evidence[] {
  const documents = strings(props.evidenceDocuments ?? [], `${what}.evidenceDocuments`);
  const paragraphs = numbers(props.evidenceParagraphs ?? [], `${what}.evidenceParagraphs`);
  const quotes = strings(props.evidenceQuotes ?? [], `${what}.evidenceQuotes`);
  if (paragraphs.length !== documents.length || quotes.length !== documents.length) {
    throw new UnexpectedValueError(
      `${what}: the evidence lists differ in length (${documents.length}, ${paragraphs.length}, ${quotes.length})`,
    );
  }
  return documents.map((document, i) => ({ document, paragraph: paragraphs[i] ?? 0, quote: quotes[i] ?? '' }));
}

function propertyValue(value: unknown, what: string): PropertyValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return strings(value, what);
  return number(value, what);
}

/** The curated properties: everything but the fields the graph defines; absent when there are none. */
function curated(props: ValueMap, fixed: ReadonlySet<string>, what: string): Record<string, PropertyValue> | undefined {
  const entries = Object.entries(props)
    .filter(([key]) => !fixed.has(key))
    .map(([key, value]): [string, PropertyValue] => [key, propertyValue(value, `${what}.${key}`)]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** A node from `properties(n)`. Optional fields are left out when absent, as the canonical graph does. */
export function toGraphNode(value: unknown): GraphNode {
  const props = map(value, 'node');
  const id = string(props.id, 'node.id');
  const what = `node ${id}`;
  const node: GraphNode = {
    id,
    kind: oneOf(props.kind, NODE_KINDS, `${what}.kind`),
    name: string(props.name, `${what}.name`),
    evidence: toEvidence(props, what),
  };
  if (props.aliases !== undefined && props.aliases !== null) node.aliases = strings(props.aliases, `${what}.aliases`);
  const description = optionalString(props.description, `${what}.description`);
  if (description !== undefined) node.description = description;
  const date = optionalString(props.date, `${what}.date`);
  if (date !== undefined) node.date = date;
  const properties = curated(props, NODE_FIELD_SET, what);
  if (properties) node.properties = properties;
  if (props.elections !== undefined && props.elections !== null) node.elections = numbers(props.elections, `${what}.elections`);
  // A query that returned only the first evidence entries (its $evidence) says how many there are.
  const evidenceCount = optionalNumber(props.evidenceCount, `${what}.evidenceCount`);
  if (evidenceCount !== undefined && evidenceCount > node.evidence.length) node.evidenceCount = evidenceCount;
  if (props.draft === true) node.draft = true;
  if (props[NEGATIVE_FIELD] === true) node.negative = true;
  const mergedIds = props[MERGED_IDS_FIELD];
  if (mergedIds !== undefined && mergedIds !== null) node.mergedIds = strings(mergedIds, `${what}.mergedIds`);
  // The seed writes both or neither (graph/src/neo4j-rows.ts); one without the other is no position.
  const x = optionalNumber(props.positionX, `${what}.positionX`);
  const y = optionalNumber(props.positionY, `${what}.positionY`);
  if (x !== undefined && y !== undefined) node.position = { x, y };
  return node;
}

/**
 * A node as a positional list — [id, kind, name, date, evidenceCount, evidenceDocuments,
 * evidenceParagraphs, evidenceQuotes, rest, positionX, positionY], rest being a map of its other
 * properties or null for a brief node (NestedNodes.brief) — as the queries that return many nodes
 * send it: the driver decodes every key of a map as a string, and a list has none.
 */
export function toCompactNode(value: unknown, what: string): GraphNode {
  const fields = list(value, what);
  if (fields.length !== 11) throw new UnexpectedValueError(`${what}: expected a node as 11 fields, got ${fields.length}`);
  const [id, kind, name, date, evidenceCount, evidenceDocuments, evidenceParagraphs, evidenceQuotes, rest, positionX, positionY] = fields;
  return toGraphNode({
    ...(rest === null ? {} : map(rest, `${what}.rest`)),
    id,
    kind,
    name,
    date,
    evidenceCount,
    evidenceDocuments,
    evidenceParagraphs,
    evidenceQuotes,
    positionX,
    positionY,
  });
}

/** A list of nodes in the positional form of toCompactNode. */
export function toCompactNodes(value: unknown, what: string): GraphNode[] {
  return list(value, what).map((n) => toCompactNode(n, what));
}

/**
 * A relationship as a positional list — [id, type, source id, target id, evidenceDocuments,
 * evidenceParagraphs, evidenceQuotes, curated], curated being [key, value] pairs of its other
 * properties — as the subgraph queries send it (see toCompactNode).
 */
export function toCompactEdge(value: unknown, what: string): GraphEdge {
  const fields = list(value, what);
  if (fields.length !== 8) throw new UnexpectedValueError(`${what}: expected a relation as 8 fields, got ${fields.length}`);
  const [id, type, source, target, evidenceDocuments, evidenceParagraphs, evidenceQuotes, pairs] = fields;
  const curatedProps = list(pairs, `${what}.properties`).map((pair): [string, unknown] => {
    const [key, v] = list(pair, `${what}.property`);
    return [string(key, `${what}.property key`), v];
  });
  return toGraphEdge({
    type,
    source,
    target,
    props: { ...Object.fromEntries(curatedProps), id, evidenceDocuments, evidenceParagraphs, evidenceQuotes },
  });
}

/** A relationship from `{type: type(r), source: a.id, target: b.id, props: properties(r)}`. */
export function toGraphEdge(value: unknown): GraphEdge {
  const row = map(value, 'edge');
  const props = map(row.props, 'edge.props');
  const id = string(props.id, 'edge.id');
  const what = `edge ${id}`;
  const edge: GraphEdge = {
    id,
    type: oneOf(row.type, RELATION_TYPES, `${what}.type`),
    source: string(row.source, `${what}.source`),
    target: string(row.target, `${what}.target`),
    evidence: toEvidence(props, what),
  };
  const properties = curated(props, EDGE_FIELD_SET, what);
  if (properties) edge.properties = properties;
  if (props[EDGE_DRAFT_FIELD] === true) edge.draft = true;
  if (props[NEGATIVE_FIELD] === true) edge.negative = true;
  return edge;
}

/** `{edge, direction, node}` as node.cypher and search.cypher build them. */
export function toRelation(value: unknown): RelationRecord {
  const row = map(value, 'relation');
  return {
    edge: toGraphEdge(row.edge),
    direction: oneOf(row.direction, ['OUT', 'IN'] as const, 'relation.direction'),
    node: toGraphNode(row.node),
  };
}

/** A list of relationships in the positional form of toCompactEdge. */
export function toCompactEdges(value: unknown, what: string): GraphEdge[] {
  return list(value, what).map((e) => toCompactEdge(e, what));
}

/** `{node: properties(n), evidence: properties(r)}`: the node, with the evidence of the relationship r that ties it in, and whether r is negative. */
export function toNodeWithEvidence(value: unknown, what: string): NodeWithEvidence {
  const row = map(value, what);
  const relation = map(row.evidence, `${what}.evidence`);
  const found: NodeWithEvidence = { node: toGraphNode(row.node), evidence: toEvidence(relation, `${what}.evidence`) };
  if (relation[NEGATIVE_FIELD] === true) found.negative = true;
  return found;
}

export function toGraphNodes(value: unknown, what: string): GraphNode[] {
  return list(value, what).map(toGraphNode);
}

/** A paragraph from `properties(p)` plus `mentions`, the ids of the entities it names. */
export function toParagraph(value: unknown): ParagraphRecord {
  const row = map(value, 'paragraph');
  const props = map(row.props, 'paragraph.props');
  const id = string(props.id, 'paragraph.id');
  return {
    document: string(props.document, `paragraph ${id}.document`),
    number: number(props.number, `paragraph ${id}.number`),
    section: string(props.section, `paragraph ${id}.section`),
    text: string(props.text, `paragraph ${id}.text`),
    // The seed stores repairs only for paragraphs that needed some.
    repairs: strings(props.repairs ?? [], `paragraph ${id}.repairs`),
    mentions: strings(row.mentions, `paragraph ${id}.mentions`),
  };
}

/** A document's Interview node, found by its id (fragments/document-record.cypher), or null. */
function firstInterview(value: unknown, what: string): GraphNode | null {
  return toGraphNodes(value, what)[0] ?? null;
}

export function toDocument(value: unknown): DocumentRecord {
  const row = map(value, 'document');
  const props = map(row.props, 'document.props');
  const id = string(props.id, 'document.id');
  const what = `document ${id}`;
  return {
    id,
    title: string(props.title, `${what}.title`),
    interviewee: string(props.interviewee, `${what}.interviewee`),
    witnesses: strings(props.witnesses, `${what}.witnesses`),
    interviewer: string(props.interviewer, `${what}.interviewer`),
    date: string(props.date, `${what}.date`),
    notes: strings(props.notes ?? [], `${what}.notes`),
    sections: list(row.sections, `${what}.sections`).map((s, i) => {
      const section = map(s, `${what}.sections[${i}]`);
      return {
        number: string(section.number, `${what}.sections[${i}].number`),
        title: string(section.title, `${what}.sections[${i}].title`),
      };
    }),
    paragraphs: list(row.paragraphs, `${what}.paragraphs`).map(toParagraph),
    interview: firstInterview(row.interviews, `${what}.interviews`),
  };
}
