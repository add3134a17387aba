// The canonical graph: the one structure the seed produces and every store and export consumes.

export interface Evidence {
  /** A Document.id */
  document: string;
  /** The paragraph's number, as printed in the document ([n]) */
  paragraph: number;
  /** An exact substring of that paragraph's repaired text */
  quote: string;
}

export type PropertyValue = string | number | boolean | string[];

export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases?: string[];
  description?: string;
  /** ISO 8601 with the precision the text gives: 2017, 2024-03-05, 2021/2021-09-20 */
  date?: string;
  properties?: Record<string, PropertyValue>;
  evidence: Evidence[];
  /** Election years the node belongs to; derived by the seed from the curated edges (seed/src/elections.ts) */
  elections?: number[];
  /** Set by a store that returned only the first entries of `evidence`: how many there are in all */
  evidenceCount?: number;
  /** A proposal of `npm run ingest` not yet reviewed (`review: draft`), in the graph only when seeded with --drafts */
  draft?: boolean;
  /** A negative fact ("no further steps were taken"): every view shows it as an absence, never as a presence */
  negative?: boolean;
  /** Ids that seed/resolutions.yaml judged `same` as this node and merged into it; `node(id:)` still answers for them */
  mergedIds?: string[];
  /** Where the seed's overview layout put the node (graph/src/overview-layout.ts); absent when it has none */
  position?: Position;
}

/** A point of the stored overview layout, in model units (about a node's width = 30). */
export interface Position {
  x: number;
  y: number;
}

export interface GraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  properties?: Record<string, PropertyValue>;
  evidence: Evidence[];
  /** As GraphNode.draft */
  draft?: boolean;
  /** As GraphNode.negative: "did not attend" is an ATTENDED edge with negative: true */
  negative?: boolean;
}

/** A paragraph names an entity (by its name or one of its aliases); found by the seed, not curated. */
export interface Mention {
  document: string;
  paragraph: number;
  entity: string;
  /** The name or alias as it stands in the paragraph */
  text: string;
}

export interface Section {
  /** "2", "2.3" */
  number: string;
  title: string;
}

export interface Paragraph {
  number: number;
  /** The number of the innermost section the paragraph stands in ("2.3"), or "" before any heading */
  section: string;
  /** Repaired text: page breaks joined, markers removed, whitespace collapsed */
  text: string;
  /** What the parser repaired, in words, so a reader comparing with the PDF knows why they differ */
  repairs?: string[];
}

export interface Document {
  id: string;
  title: string;
  /** The witnesses as the title names them, joined for display ("Azam Ishmael"; "Jane Roe and John Doe") */
  interviewee: string;
  /** Every witness interviewed, one name each (a panel has several); each gets an INTERVIEWED_IN edge to the document's Interview */
  witnesses: string[];
  interviewer: string;
  /** ISO 8601 date of the interview */
  date: string;
  /** The interview line as printed before [1]: the Interview node's evidence quotes it as paragraph 0 (INTERVIEW_PARAGRAPH) */
  interviewLine?: string;
  notes: string[];
  sections: Section[];
  paragraphs: Paragraph[];
}

export interface GraphData {
  documents: Document[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  mentions: Mention[];
}

const ACTORS = ['Person', 'Organization'] as const;
const EVENTS = ['Election', 'Briefing', 'Meeting', 'Interview', 'Nomination', 'Incident', 'Response', 'Publication', 'Process'] as const;

/** Actors, places, events, then assertions: the order messages list them in. */
export const NODE_KINDS = [...ACTORS, 'Place', ...EVENTS, 'Claim', 'Recommendation'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const ORGANIZATION_CATEGORIES = ['party', 'agency', 'task force', 'platform', 'media', 'group', 'government', 'commission'] as const;

const ANY: readonly NodeKind[] = NODE_KINDS;

interface RelationRule {
  source: readonly NodeKind[];
  target: readonly NodeKind[];
  /** Properties the relation must carry, with their type */
  requires?: Record<string, 'number' | 'string'>;
  description: string;
}

/**
 * Every relation type the annotations may use, in the order messages and the SDL list them. A
 * tuple, so that zod and the GraphQL enum take it as it is; RELATIONS below must have exactly
 * these keys (the compiler checks both ways).
 */
export const RELATION_TYPES = [
  'ATTENDED',
  'HELD_ROLE',
  'REPRESENTED',
  'ORGANIZED',
  'PART_OF',
  'PRECEDED',
  'LOCATED_IN',
  'REPORTED_TO',
  'RESPONDED_WITH',
  'PERFORMED',
  'CONSULTED',
  'NOTICED',
  'TARGETED',
  'MET_WITH',
  'PUBLISHED',
  'DISTRIBUTED',
  'REPLACED',
  'RECOMMENDED',
  'ADDRESSED_TO',
  'ASSERTED',
  'ABOUT',
  'INTERVIEWED_IN',
  'CONTRADICTS',
  'CORROBORATES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Every relation type with the kinds it may join. */
export const RELATIONS = {
  ATTENDED: { source: ACTORS, target: ['Briefing', 'Meeting', 'Interview'], description: 'was present at' },
  HELD_ROLE: { source: ['Person'], target: ['Organization'], requires: { role: 'string' }, description: 'held a role in' },
  REPRESENTED: { source: ['Person'], target: ['Organization'], description: 'acted as a representative of' },
  ORGANIZED: { source: ACTORS, target: EVENTS, description: 'organized or ran' },
  PART_OF: { source: [...EVENTS, ...ACTORS], target: ['Election', 'Nomination', 'Process', 'Organization'], description: 'is part of' },
  PRECEDED: { source: EVENTS, target: ['Election'], description: 'happened in the lead up to' },
  LOCATED_IN: { source: [...EVENTS, ...ACTORS], target: ['Place'], description: 'took place in' },
  REPORTED_TO: { source: ['Incident', 'Response', 'Claim'], target: ACTORS, description: 'was reported to' },
  RESPONDED_WITH: {
    source: ['Incident', 'Publication', 'Claim'],
    target: ['Response', 'Publication', 'Process'],
    requires: { order: 'number' },
    description: 'was answered by (step `order` of the response)',
  },
  PERFORMED: { source: ACTORS, target: ['Response', 'Process', 'Incident'], description: 'carried out' },
  CONSULTED: { source: ['Response', ...ACTORS], target: ACTORS, description: 'sought the advice of' },
  NOTICED: { source: ACTORS, target: ['Incident'], description: 'discovered' },
  TARGETED: { source: ['Incident'], target: ACTORS, description: 'was aimed at' },
  MET_WITH: { source: ACTORS, target: ACTORS, description: 'met' },
  PUBLISHED: { source: ACTORS, target: ['Publication'], description: 'published' },
  DISTRIBUTED: { source: ACTORS, target: ['Publication'], description: 'handed out' },
  REPLACED: { source: ['Publication', 'Process', 'Response'], target: ['Publication', 'Process'], description: 'was used instead of' },
  RECOMMENDED: { source: ACTORS, target: ['Recommendation'], description: 'recommended' },
  ADDRESSED_TO: { source: ['Recommendation'], target: ACTORS, description: 'asks this actor to act' },
  ASSERTED: { source: ACTORS, target: ['Claim'], description: 'stated or believes' },
  ABOUT: {
    source: ['Claim', 'Recommendation', 'Publication', 'Meeting', 'Briefing', 'Response', 'Process'],
    target: ANY,
    description: 'concerns',
  },
  INTERVIEWED_IN: { source: ['Person'], target: ['Interview'], description: 'was interviewed in' },
  CONTRADICTS: { source: ['Claim'], target: ['Claim'], description: 'contradicts' },
  CORROBORATES: { source: ['Claim'], target: ['Claim'], description: 'corroborates' },
} as const satisfies Record<RelationType, RelationRule>;

export function relationRule(type: RelationType): RelationRule {
  return RELATIONS[type];
}

/** Relations the seed itself writes for provenance; annotations may not use them. */
export const PROVENANCE_RELATIONS = ['HAS_SECTION', 'HAS_PARAGRAPH', 'MENTIONS', 'EVIDENCED_BY'] as const;

export function paragraphId(document: string, paragraph: number): string {
  return `${document}#${paragraph}`;
}
