// Field resolvers mapping store records to the SDL's object types. Fields whose record property
// has the SDL's name and shape are left to GraphQL's default resolver.
//
// The GraphQL `Node` is resolved from a NodeRecord ({ node, relations? }) so that `relations` can
// be null on nested nodes (not loaded) and a list on the nodes `node` and `search` return; every
// field that returns a Node wraps its GraphNode with asNode().
import type { PropertyValue } from '../../../seed/src/model.ts';
import type {
  AttendanceRecord,
  BriefingRecord,
  ClaimRecord,
  GraphEdge,
  GraphNode,
  IncidentRecord,
  NodeRecord,
  NodeWithEvidence,
  RecommendationRecord,
  RelationRecord,
  StepLinkRecord,
  TraceRecord,
  TraceStepRecord,
} from '../store/types.ts';

export interface Property {
  key: string;
  value: string;
}

/** Curated properties as key/value text, by key; lists joined with ', '. */
export function toProperties(properties: Record<string, PropertyValue> | undefined): Property[] {
  return Object.entries(properties ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ key, value: Array.isArray(value) ? value.join(', ') : String(value) }));
}

const asNode = (node: GraphNode): NodeRecord => ({ node });
const asNodes = (nodes: GraphNode[]): NodeRecord[] => nodes.map(asNode);

/** The fields GraphQL's Node and GraphNode share, read from wherever the GraphNode sits in the parent. */
function graphNodeFields<P>(get: (parent: P) => GraphNode) {
  return {
    id: (p: P) => get(p).id,
    kind: (p: P) => get(p).kind,
    name: (p: P) => get(p).name,
    aliases: (p: P) => get(p).aliases ?? [],
    description: (p: P) => get(p).description ?? null,
    date: (p: P) => get(p).date ?? null,
    category: (p: P) => {
      const category = get(p).properties?.['category'];
      return typeof category === 'string' ? category : null;
    },
    elections: (p: P) => get(p).elections ?? [],
    negative: (p: P) => get(p).properties?.['negative'] === true,
    properties: (p: P) => toProperties(get(p).properties),
    evidence: (p: P) => get(p).evidence,
  };
}

export const objectResolvers = {
  Node: {
    ...graphNodeFields((p: NodeRecord) => p.node),
    relations: (p: NodeRecord) => p.relations ?? null,
  },
  GraphNode: graphNodeFields((n: GraphNode) => n),
  GraphEdge: {
    properties: (e: GraphEdge) => toProperties(e.properties),
  },
  Relation: {
    id: (r: RelationRecord) => r.edge.id,
    type: (r: RelationRecord) => r.edge.type,
    node: (r: RelationRecord) => asNode(r.node),
    properties: (r: RelationRecord) => toProperties(r.edge.properties),
    evidence: (r: RelationRecord) => r.edge.evidence,
  },
  Attendee: {
    person: (a: NodeWithEvidence) => asNode(a.node),
  },
  Briefing: {
    id: (b: BriefingRecord) => b.briefing.id,
    name: (b: BriefingRecord) => b.briefing.name,
    date: (b: BriefingRecord) => b.briefing.date ?? null,
    description: (b: BriefingRecord) => b.briefing.description ?? null,
    organizer: (b: BriefingRecord) => (b.organizer ? asNode(b.organizer.node) : null),
    organizerEvidence: (b: BriefingRecord) => b.organizer?.evidence ?? [],
    evidence: (b: BriefingRecord) => b.briefing.evidence,
  },
  Attendance: {
    person: (a: AttendanceRecord) => asNode(a.person),
    event: (a: AttendanceRecord) => asNode(a.event),
  },
  ReportedTo: {
    actor: (r: NodeWithEvidence) => asNode(r.node),
  },
  Incident: {
    id: (i: IncidentRecord) => i.incident.id,
    name: (i: IncidentRecord) => i.incident.name,
    date: (i: IncidentRecord) => i.incident.date ?? null,
    description: (i: IncidentRecord) => i.incident.description ?? null,
    elections: (i: IncidentRecord) => i.incident.elections ?? [],
    evidence: (i: IncidentRecord) => i.incident.evidence,
  },
  StepLink: {
    node: (l: StepLinkRecord) => asNode(l.node),
  },
  TraceStep: {
    response: (s: TraceStepRecord) => asNode(s.response),
    actors: (s: TraceStepRecord) => asNodes(s.actors),
  },
  Trace: {
    incident: (t: TraceRecord) => asNode(t.incident),
  },
  Recommendation: {
    id: (r: RecommendationRecord) => r.recommendation.id,
    name: (r: RecommendationRecord) => r.recommendation.name,
    description: (r: RecommendationRecord) => r.recommendation.description ?? null,
    by: (r: RecommendationRecord) => asNodes(r.by),
    addressedTo: (r: RecommendationRecord) => asNodes(r.addressedTo),
    about: (r: RecommendationRecord) => asNodes(r.about),
  },
  Claim: {
    id: (c: ClaimRecord) => c.claim.id,
    name: (c: ClaimRecord) => c.claim.name,
    description: (c: ClaimRecord) => c.claim.description ?? null,
    negative: (c: ClaimRecord) => c.claim.properties?.['negative'] === true,
    by: (c: ClaimRecord) => asNodes(c.by),
    about: (c: ClaimRecord) => asNodes(c.about),
    evidence: (c: ClaimRecord) => c.claim.evidence,
  },
};
