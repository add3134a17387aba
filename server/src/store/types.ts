// The one interface both stores (in-memory and Neo4j) implement, and the records they return.
// Records are already shaped like the GraphQL types, so resolvers only map arguments and errors.
// Each method answers one root field in ONE store call (for Neo4j: one database round trip).
//
// Orderings are part of the contract (server/src/store/contract.ts checks them; the comparators
// are in ./order.ts so both stores can use the same ones). Names compare with an 'en' collator;
// dates as ISO text, undated last; "document order" = the document and paragraph of a node's
// first evidence, then its name.
import type { Document, Evidence, GraphEdge, GraphNode } from '../../../graph/src/model.ts';

export type { Document, Evidence, GraphEdge, GraphNode };

export interface RelationRecord {
  edge: GraphEdge;
  direction: 'OUT' | 'IN';
  /** The node at the other end */
  node: GraphNode;
}

/** A node, and, when asked for, its relations in both directions. */
export interface NodeRecord {
  node: GraphNode;
  relations?: RelationRecord[];
}

export interface NodeWithEvidence {
  node: GraphNode;
  evidence: Evidence[];
}

export interface BriefingRecord {
  briefing: GraphNode;
  election: number | null;
  organizer: NodeWithEvidence | null;
  attendees: NodeWithEvidence[];
}

export interface AttendanceRecord {
  person: GraphNode;
  event: GraphNode;
  election: number | null;
  evidence: Evidence[];
  /** The row's place in the order (graph/src/attendance.ts); the next page starts after it */
  key: string;
}

/** Which attendance rows: every filter given must hold; `after` is the key of the last row seen. */
export interface AttendanceQuery {
  election?: number;
  event?: string;
  person?: string;
  /** At most this many rows (all when absent) */
  first?: number;
  after?: string;
}

/**
 * What the nodes nested in an answer need, as the query selects them.
 * - `evidence`: how many evidence entries: a hub cited by every document has thousands, and a
 *   list of rows would repeat them on every row. A store may return fewer than all (then it sets
 *   the node's `evidenceCount`); absent means all.
 * - `brief`: the query selects nothing of them beyond id, kind, name, date and evidence, so a
 *   store may leave out their other fields (aliases, description, elections, curated properties).
 */
export interface NestedNodes {
  evidence?: number;
  brief?: boolean;
}

export interface IncidentRecord {
  incident: GraphNode;
  reportedTo: NodeWithEvidence[];
  responseCount: number;
}

export interface StepLinkRecord {
  type: string;
  node: GraphNode;
  evidence: Evidence[];
}

export interface TraceStepRecord {
  order: number;
  relation: string;
  response: GraphNode;
  actors: GraphNode[];
  links: StepLinkRecord[];
  negative: boolean;
  evidence: Evidence[];
}

export interface TraceRecord {
  incident: GraphNode;
  steps: TraceStepRecord[];
  end: { explicit: boolean; afterStep: number; description: string; evidence: Evidence[] };
}

export interface RecommendationRecord {
  recommendation: GraphNode;
  /** The paragraph text of its first evidence */
  text: string;
  /** each list by name */
  by: GraphNode[];
  addressedTo: GraphNode[];
  about: GraphNode[];
  /**
   * The recommendation's own evidence, then that of its RECOMMENDED relations, without duplicates:
   * paragraphs [19]–[22] say what is recommended, [18] says who recommends it.
   */
  evidence: Evidence[];
}

export interface ClaimRecord {
  claim: GraphNode;
  /** each list by name */
  by: GraphNode[];
  about: GraphNode[];
}

export interface SubgraphRecord {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface ParagraphRecord {
  document: string;
  number: number;
  section: string;
  text: string;
  repairs: string[];
  mentions: string[];
}

/** A paragraph found by textSearch: where the query's words are in its text, and the entities it names. */
export interface TextHitRecord {
  paragraph: ParagraphRecord;
  /** [start, end) offsets into paragraph.text, in text order, not overlapping (graph/src/text-search.ts) */
  highlights: { start: number; end: number }[];
  /** The entities of paragraph.mentions, by name */
  mentions: GraphNode[];
}

export interface DocumentRecord extends Omit<Document, 'paragraphs'> {
  paragraphs: ParagraphRecord[];
}

export interface StoreHealth {
  ok: boolean;
  store: 'memory' | 'neo4j';
  detail: string;
}

export interface GraphStore {
  readonly name: 'memory' | 'neo4j';
  health(): Promise<StoreHealth>;
  /** Relations sorted by type, then OUT before IN, then the other node's name, then edge id. */
  node(id: string, options: { withRelations: boolean }): Promise<NodeRecord | null>;
  /**
   * Case- and accent-insensitive match on name and aliases (./text.ts); ranked exact, prefix,
   * word prefix, substring, then by name. Arguments are already validated by the resolver.
   */
  search(text: string, options: { kinds?: string[]; limit: number; withRelations: boolean }): Promise<NodeRecord[]>;
  /**
   * Briefing nodes by date then name; election = year of the Election it is PART_OF; organizer =
   * source of ORGANIZED (the first by name); attendees = Person sources of ATTENDED, by name.
   */
  briefings(election?: number): Promise<BriefingRecord[]>;
  /**
   * One row per ATTENDED edge from a Person into a Briefing or Meeting, with that edge's evidence;
   * filtered by the event's PART_OF election, the event and the person; in key order
   * (graph/src/attendance.ts: election, event date, event name, person name), the page after `after`.
   */
  attendance(query: AttendanceQuery, options?: NestedNodes): Promise<AttendanceRecord[]>;
  /** Incident nodes by date then name; reportedTo = REPORTED_TO targets by name. */
  incidents(): Promise<IncidentRecord[]>;
  /**
   * null when no node has that id; throws NotTraceableError (../errors.ts) when it has no
   * RESPONDED_WITH edges. Steps by `order`; actors by name; links by type then node name.
   */
  trace(id: string, options?: NestedNodes): Promise<TraceRecord | null>;
  /** In document order. */
  recommendations(by?: string, options?: NestedNodes): Promise<RecommendationRecord[]>;
  /** In document order; both filters must hold when both are given. */
  claims(filter: { about?: string; by?: string }): Promise<ClaimRecord[]>;
  /**
   * The node and every node within `depth` hops, ignoring direction, with every edge between two
   * of them (the induced subgraph); nodes and edges by id. null when no node has that id.
   */
  neighborhood(id: string, depth: number, options?: NestedNodes): Promise<SubgraphRecord | null>;
  /**
   * A shortest path ignoring direction: nodes from `from` to `to`, edges in the same order (one
   * per hop). null when either id is unknown or no path has at most maxHops hops.
   */
  path(from: string, to: string, maxHops: number, options?: NestedNodes): Promise<SubgraphRecord | null>;
  /**
   * Nodes of those kinds (any when absent or empty) whose `elections` include `election`, the
   * first `limit` by id, with every edge between two of them; nodes and edges by id.
   */
  graph(filter: { kinds?: string[]; election?: number; limit: number }, options?: NestedNodes): Promise<SubgraphRecord>;
  /** Documents by id; paragraphs by number; mentions = sorted distinct entity ids. */
  documents(): Promise<DocumentRecord[]>;
  /** One document, as documents() gives it; null when there is none with that id. */
  document(id: string): Promise<DocumentRecord | null>;
  paragraph(document: string, number: number): Promise<ParagraphRecord | null>;
  /**
   * Paragraphs having a word of the text (case- and accent-insensitive), ranked by graph/src/text-search.ts
   * rankParagraphs: the phrase first, then more of the words, then more occurrences, then document
   * and paragraph order; only those of `document` when given; at most `first`.
   */
  textSearch(text: string, filter: { document?: string; first: number }, options?: NestedNodes): Promise<TextHitRecord[]>;
  close(): Promise<void>;
}
