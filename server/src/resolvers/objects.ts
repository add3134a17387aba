// Field resolvers mapping store records to the SDL's object types. Fields whose record property
// has the SDL's name and shape are left to GraphQL's default resolver.
//
// The GraphQL `Node` is resolved from a NodeRecord ({ node, relations? }) so that `relations` can
// be null on nested nodes (not loaded) and a list on the nodes `node` and `search` return; every
// field that returns a Node wraps its GraphNode with asNode().
import type { PropertyValue } from '../../../graph/src/model.ts';
import { BadUserInputError } from '../errors.ts';
import type { NodeEvidenceArgs, Resolvers } from '../generated/schema-types.ts';
import { attendanceCursor } from './attendance.ts';
import type {
  AttendanceRecord,
  BriefingRecord,
  ClaimRecord,
  ClaimSideRecord,
  DisagreementRecord,
  DocumentRecord,
  GraphEdge,
  GraphNode,
  IncidentRecord,
  NodeRecord,
  NodeWithEvidence,
  RecommendationRecord,
  RelationRecord,
  StepLinkRecord,
  TextHitRecord,
  TimelineRecord,
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
    negative: (p: P) => get(p).negative === true,
    mergedIds: (p: P) => get(p).mergedIds ?? [],
    draft: (p: P) => get(p).draft === true,
    properties: (p: P) => toProperties(get(p).properties),
    // Node.evidence and GraphNode.evidence take the same arguments.
    evidence: (p: P, args: Partial<NodeEvidenceArgs>) => {
      const first = args.first ?? undefined;
      if (first !== undefined && first < 0) throw new BadUserInputError(`first must be 0 or more; it was ${first}.`, 'first');
      const evidence = get(p).evidence;
      return first === undefined ? evidence : evidence.slice(0, first);
    },
    evidenceCount: (p: P) => get(p).evidenceCount ?? get(p).evidence.length,
    position: (p: P) => get(p).position ?? null,
  };
}

type GraphNodeField = keyof ReturnType<typeof graphNodeFields>;

/** Some of the GraphNode fields, for the SDL types that describe one node with extra fields (Briefing, Claim…). */
function someGraphNodeFields<P, K extends GraphNodeField>(get: (parent: P) => GraphNode, keys: readonly K[]) {
  const all = graphNodeFields(get);
  return Object.fromEntries(keys.map((k) => [k, all[k]])) as Pick<typeof all, K>;
}

export const objectResolvers = {
  Node: {
    ...graphNodeFields((p: NodeRecord) => p.node),
    relations: (p: NodeRecord) => p.relations ?? null,
  },
  GraphNode: graphNodeFields((n: GraphNode) => n),
  GraphEdge: {
    properties: (e: GraphEdge) => toProperties(e.properties),
    draft: (e: GraphEdge) => e.draft === true,
    negative: (e: GraphEdge) => e.negative === true,
  },
  Relation: {
    id: (r: RelationRecord) => r.edge.id,
    type: (r: RelationRecord) => r.edge.type,
    node: (r: RelationRecord) => asNode(r.node),
    properties: (r: RelationRecord) => toProperties(r.edge.properties),
    evidence: (r: RelationRecord) => r.edge.evidence,
    draft: (r: RelationRecord) => r.edge.draft === true,
    negative: (r: RelationRecord) => r.edge.negative === true,
  },
  Attendee: {
    person: (a: NodeWithEvidence) => asNode(a.node),
    negative: (a: NodeWithEvidence) => a.negative === true,
  },
  Briefing: {
    ...someGraphNodeFields((b: BriefingRecord) => b.briefing, ['id', 'name', 'date', 'description', 'evidence']),
    organizer: (b: BriefingRecord) => (b.organizer ? asNode(b.organizer.node) : null),
    organizerEvidence: (b: BriefingRecord) => b.organizer?.evidence ?? [],
  },
  Attendance: {
    person: (a: AttendanceRecord) => asNode(a.person),
    event: (a: AttendanceRecord) => asNode(a.event),
    representing: (a: AttendanceRecord) => asNodes(a.representing),
    cursor: (a: AttendanceRecord) => attendanceCursor(a.key),
  },
  ReportedTo: {
    actor: (r: NodeWithEvidence) => asNode(r.node),
    negative: (r: NodeWithEvidence) => r.negative === true,
  },
  Incident: someGraphNodeFields((i: IncidentRecord) => i.incident, ['id', 'name', 'date', 'description', 'elections', 'evidence']),
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
    ...someGraphNodeFields((r: RecommendationRecord) => r.recommendation, ['id', 'name', 'description']),
    by: (r: RecommendationRecord) => asNodes(r.by),
    addressedTo: (r: RecommendationRecord) => asNodes(r.addressedTo),
    about: (r: RecommendationRecord) => asNodes(r.about),
  },
  Claim: {
    ...someGraphNodeFields((c: ClaimRecord) => c.claim, ['id', 'name', 'description', 'negative', 'evidence']),
    by: (c: ClaimRecord) => asNodes(c.by),
    about: (c: ClaimRecord) => asNodes(c.about),
  },
  TextHit: {
    mentions: (h: TextHitRecord) => asNodes(h.mentions),
  },
  Document: {
    interview: (d: DocumentRecord) => (d.interview ? asNode(d.interview) : null),
  },
  ClaimSide: {
    claim: (s: ClaimSideRecord) => asNode(s.claim),
    by: (s: ClaimSideRecord) => asNodes(s.by),
  },
  Disagreement: {
    about: (d: DisagreementRecord) => asNodes(d.about),
  },
  TimelineEvent: {
    node: (t: TimelineRecord) => asNode(t.node),
  },
} satisfies Resolvers;
