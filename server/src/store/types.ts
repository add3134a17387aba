// The one interface both stores (in-memory and Neo4j) implement, and the records they return.
// Records are already shaped like the GraphQL types, so resolvers only map arguments and errors.
// Each method answers one root field in ONE store call (for Neo4j: one database round trip).
//
// Orderings are part of the contract (server/src/store/contract.ts checks them; the comparators
// are in ./order.ts so both stores can use the same ones). Names compare with an 'en' collator;
// dates as ISO text, undated last; "document order" = the document and paragraph of a node's
// first evidence, then its name.
import type { DatePrecision } from '../../../graph/src/dates.ts';
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
  /** The relation that ties it in is a negative fact ("did not attend"); absent when it is not */
  negative?: boolean;
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
  /** A recorded absence: the ATTENDED relation is negative ("did not attend") */
  negative: boolean;
  /** The organizations the person REPRESENTED or HELD_ROLE in, by name, each once */
  representing: GraphNode[];
  /** The row's place in the order (graph/src/attendance.ts); the next page starts after it */
  key: string;
}

/** Which attendance rows: every filter given must hold; `after` is the key of the last row seen. */
export interface AttendanceQuery {
  election?: number;
  event?: string;
  person?: string;
  /** Only the rows whose ATTENDED relation has evidence from this document */
  document?: string;
  /** At most this many rows (all when absent) */
  first?: number;
  after?: string;
}

/**
 * What the nodes nested in an answer need, as the query selects them.
 * - `evidence`: how many evidence entries: a hub cited by every document has thousands, and a
 *   list of rows would repeat them on every row. A store may return fewer than all (then it sets
 *   the node's `evidenceCount`); absent means all.
 * - `brief`: the query selects nothing of them beyond id, kind, name, date, evidence and position,
 *   so a store may leave out their other fields (aliases, description, elections, curated properties).
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
  /** The Interview node the document records (./records.ts interviewOf), or null when the graph has none */
  interview: GraphNode | null;
}

/** One side of a disagreement: the claim, who ASSERTED it (by name), and its evidence. */
export interface ClaimSideRecord {
  claim: GraphNode;
  by: GraphNode[];
  evidence: Evidence[];
}

export type DisagreementKind = 'CONTRADICTS' | 'CORROBORATES' | 'NEGATION' | 'STANCE';

export interface DisagreementRecord {
  kind: DisagreementKind;
  /** The nodes both claims are ABOUT, by name */
  about: GraphNode[];
  first: ClaimSideRecord;
  second: ClaimSideRecord;
  reason: string;
  /** The annotated relation's evidence; [] for a candidate */
  evidence: Evidence[];
}

export interface DisagreementQuery {
  about?: string;
  document?: string;
  first: number;
}

export interface TimelineRecord {
  node: GraphNode;
  date: string;
  /** YYYY-MM-DD: graph/src/dates.ts dateSpan */
  start: string;
  end: string;
  precision: DatePrecision;
  /** The documents the node's evidence cites, by id */
  documents: string[];
}

/** Which dated events: every filter given must hold; from/to are days (YYYY-MM-DD) the event's span must reach. */
export interface TimelineQuery {
  document?: string;
  election?: number;
  from?: string;
  to?: string;
  first: number;
}

export interface StoreHealth {
  ok: boolean;
  store: 'memory' | 'neo4j';
  detail: string;
}

export interface GraphStore {
  readonly name: 'memory' | 'neo4j';
  health(): Promise<StoreHealth>;
  /**
   * The node with that id, or the node it was merged into (GraphNode.mergedIds); null for neither.
   * Relations sorted by type, then OUT before IN, then the other node's name, then edge id. */
  node(id: string, options: { withRelations: boolean }): Promise<NodeRecord | null>;
  /**
   * Case- and accent-insensitive match on name and aliases (./text.ts); ranked exact, prefix,
   * word prefix, substring, then by name. Arguments are already validated by the resolver.
   */
  search(text: string, options: { kinds?: string[]; document?: string; limit: number; withRelations: boolean }): Promise<NodeRecord[]>;
  /**
   * Briefing nodes by date then name; election = year of the Election it is PART_OF; organizer =
   * source of ORGANIZED (the first by name); attendees = Person sources of ATTENDED, by name.
   * With a document: the briefings it cites (the node or one of its ORGANIZED or ATTENDED
   * relations has evidence from it), with the attendees whose ATTENDED relation it cites.
   */
  briefings(filter?: { election?: number; document?: string }): Promise<BriefingRecord[]>;
  /**
   * One row per ATTENDED edge from a Person into a Briefing or Meeting, with that edge's evidence;
   * filtered by the event's PART_OF election, the event, the person and the document the edge's
   * evidence cites; representing = the person's REPRESENTED and HELD_ROLE organizations; in key order
   * (graph/src/attendance.ts: election, event date, event name, person name), the page after `after`.
   */
  attendance(query: AttendanceQuery, options?: NestedNodes): Promise<AttendanceRecord[]>;
  /** Incident nodes by date then name (those with evidence from `document` when given); reportedTo = REPORTED_TO targets by name. */
  incidents(filter?: { document?: string }): Promise<IncidentRecord[]>;
  /**
   * null when no node has that id; throws NotTraceableError (../errors.ts) when it has no
   * RESPONDED_WITH edges. Steps by `order`; actors by name; links by type then node name.
   */
  trace(id: string, options?: NestedNodes): Promise<TraceRecord | null>;
  /** In document order; `document`: those whose own evidence cites it. */
  recommendations(filter?: { by?: string; document?: string }, options?: NestedNodes): Promise<RecommendationRecord[]>;
  /** In document order; every filter given must hold (`document`: the claim's evidence cites it). */
  claims(filter: { about?: string; by?: string; document?: string }): Promise<ClaimRecord[]>;
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
   * Up to `first` different shortest paths ignoring direction, each as `path` gives it: all of the
   * shortest length there is once relations of the types in `without` and the nodes in `avoid` are
   * left out; different in the nodes they pass through (of several relations joining two nodes, a hop
   * takes the first by id); by their node ids. Empty when either id is unknown or there is no such path.
   */
  paths(from: string, to: string, query: PathsQuery, options?: NestedNodes): Promise<SubgraphRecord[]>;
  /**
   * Nodes of those kinds (any when absent or empty) whose `elections` include `election`, the
   * first `limit` by id, with every edge between two of them; nodes and edges by id. With a
   * document: only nodes and edges whose evidence cites it.
   */
  graph(filter: { kinds?: string[]; election?: number; document?: string; limit: number }, options?: NestedNodes): Promise<SubgraphRecord>;
  /** Pairs of claims that disagree or agree, as ./disagreements.ts finds and orders them; at most `first`. */
  disagreements(query: DisagreementQuery): Promise<DisagreementRecord[]>;
  /** Dated events (./timeline.ts TIMELINE_KINDS) in date order (./timeline.ts), at most `first`. */
  timeline(query: TimelineQuery): Promise<TimelineRecord[]>;
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

/** What `paths` leaves out, and how many and how long. */
export interface PathsQuery {
  /** At most this many paths (1–5) */
  first: number;
  /** At most this many hops (1–8) */
  maxHops: number;
  /** Relation types no hop may use */
  without: readonly string[];
  /** Ids of nodes no path may pass through (never one of its ends) */
  avoid: readonly string[];
}
