// The one interface both stores (in-memory and Neo4j) implement, and the records they return.
// Records are already shaped like the GraphQL types, so resolvers only map arguments and errors.
// Each method answers one root field in ONE store call (for Neo4j: one database round trip).
import type { Document, Evidence, GraphEdge, GraphNode } from '../../../seed/src/model.ts';

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
  by: GraphNode[];
  addressedTo: GraphNode[];
  about: GraphNode[];
}

export interface ClaimRecord {
  claim: GraphNode;
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
  node(id: string, options: { withRelations: boolean }): Promise<NodeRecord | null>;
  /** Case- and accent-insensitive match on name and aliases; exact and prefix matches first. */
  search(text: string, options: { kinds?: string[]; limit: number; withRelations: boolean }): Promise<NodeRecord[]>;
  briefings(election?: number): Promise<BriefingRecord[]>;
  attendance(election?: number): Promise<AttendanceRecord[]>;
  incidents(): Promise<IncidentRecord[]>;
  /** null when no node has that id; throws NotTraceableError when it has no responses to follow */
  trace(id: string): Promise<TraceRecord | null>;
  recommendations(by?: string): Promise<RecommendationRecord[]>;
  claims(filter: { about?: string; by?: string }): Promise<ClaimRecord[]>;
  neighborhood(id: string, depth: number): Promise<SubgraphRecord | null>;
  path(from: string, to: string, maxHops: number): Promise<SubgraphRecord | null>;
  graph(filter: { kinds?: string[]; election?: number; limit: number }): Promise<SubgraphRecord>;
  documents(): Promise<DocumentRecord[]>;
  paragraph(document: string, number: number): Promise<ParagraphRecord | null>;
  close(): Promise<void>;
}
