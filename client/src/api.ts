// The viewer's only door to the server: one POST per question to /graphql, every answer checked
// against a zod schema before the rest of the viewer sees it, and every failure turned into a
// sentence a reader can act on. Each answer's schema is tied to the type generated from the SDL
// for its query (generated/operations.ts, `npm run codegen`), so the two cannot drift apart.
// Past 300 lines: one zod schema per query, each beside the query it checks.
import { z } from 'zod';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/src/model.ts';
import type {
  BriefingsQuery,
  DocumentsQuery,
  DocumentsQueryVariables,
  GraphQuery,
  GraphQueryVariables,
  IncidentsQuery,
  IncidentsQueryVariables,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  NodeEvidenceQuery,
  NodeEvidenceQueryVariables,
  ParagraphQuery,
  ParagraphQueryVariables,
  DocumentTextQuery,
  DocumentTextQueryVariables,
  TextSearchQuery,
  TextSearchQueryVariables,
  PathQuery,
  PathQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  BriefingsQueryVariables,
  TraceQuery,
  TraceQueryVariables,
  DocumentGraphQuery,
  DocumentGraphQueryVariables,
  ClaimsQuery,
  ClaimsQueryVariables,
  DisagreementsQuery,
  DisagreementsQueryVariables,
  TimelineQuery,
  TimelineQueryVariables,
} from './generated/operations.ts';

/** The SDL's NodeKind and RelationType enums, which are generated from these same lists. */
const NodeKindSchema = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKindSchema>;
const RelationTypeSchema = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationTypeSchema>;

export const EvidenceSchema = z.object({
  document: z.string(),
  paragraph: z.number().int(),
  quote: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

const PropertySchema = z.object({ key: z.string(), value: z.string() });
export type Property = z.infer<typeof PropertySchema>;

export const GraphNodeSchema = z.object({
  id: z.string(),
  kind: NodeKindSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.string().nullable(),
  date: z.string().nullable(),
  category: z.string().nullable(),
  elections: z.array(z.number().int()),
  negative: z.boolean(),
  /** A proposal of `npm run ingest` not yet reviewed (served with SEED_DRAFTS=1) */
  draft: z.boolean(),
  properties: z.array(PropertySchema),
  /** The first NODE_EVIDENCE_SHOWN entries; api.nodeEvidence() fetches them all */
  evidence: z.array(EvidenceSchema),
  /** How many evidence entries the node has in all */
  evidenceCount: z.number().int(),
  /** Where the seed's overview layout put it (model units, a node about 30 across); null when the server has no stored layout */
  position: z.object({ x: z.number(), y: z.number() }).nullable(),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const GraphEdgeSchema = z.object({
  id: z.string(),
  type: RelationTypeSchema,
  source: z.string(),
  target: z.string(),
  properties: z.array(PropertySchema),
  evidence: z.array(EvidenceSchema),
  /** As GraphNode.draft */
  draft: z.boolean(),
  /** A relation that did not happen ("did not attend"): drawn as an absence */
  negative: z.boolean(),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const SubgraphSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
  truncated: z.boolean(),
});
export type Subgraph = z.infer<typeof SubgraphSchema>;

/** The few fields of a node that lists (search, attendees, actors) need. */
const NodeRefSchema = z.object({ id: z.string(), kind: NodeKindSchema, name: z.string() });
export type NodeRef = z.infer<typeof NodeRefSchema>;

const SearchHitSchema = NodeRefSchema.extend({ aliases: z.array(z.string()) });
export type SearchHit = z.infer<typeof SearchHitSchema>;

const BriefingSchema = z.object({
  id: z.string(),
  name: z.string(),
  date: z.string().nullable(),
  election: z.number().int().nullable(),
  organizer: NodeRefSchema.nullable(),
  /** negative: a recorded absence ("did not attend") */
  attendees: z.array(z.object({ person: NodeRefSchema, negative: z.boolean(), evidence: z.array(EvidenceSchema) })),
  evidence: z.array(EvidenceSchema),
});
export type Briefing = z.infer<typeof BriefingSchema>;

const AttendanceSchema = z.object({
  person: NodeRefSchema,
  event: NodeRefSchema.extend({ date: z.string().nullable() }),
  election: z.number().int().nullable(),
  /** A recorded absence ("did not attend"), never a ✓ */
  negative: z.boolean(),
  /** The organizations the person represented or held a role in (the party column) */
  representing: z.array(NodeRefSchema),
  evidence: z.array(EvidenceSchema),
});
export type Attendance = z.infer<typeof AttendanceSchema>;

const IncidentSchema = z.object({
  id: z.string(),
  name: z.string(),
  date: z.string().nullable(),
  elections: z.array(z.number().int()),
  responseCount: z.number().int(),
});
export type Incident = z.infer<typeof IncidentSchema>;

const TraceSchema = z.object({
  incident: NodeRefSchema,
  steps: z.array(
    z.object({
      order: z.number().int(),
      relation: RelationTypeSchema,
      response: NodeRefSchema,
      actors: z.array(NodeRefSchema),
      links: z.array(z.object({ type: RelationTypeSchema, node: NodeRefSchema, evidence: z.array(EvidenceSchema) })),
      negative: z.boolean(),
      evidence: z.array(EvidenceSchema),
    }),
  ),
  end: z.object({
    explicit: z.boolean(),
    afterStep: z.number().int(),
    description: z.string(),
    evidence: z.array(EvidenceSchema),
  }),
});
export type Trace = z.infer<typeof TraceSchema>;
export type TraceStep = Trace['steps'][number];

const ParagraphSchema = z.object({
  document: z.string(),
  number: z.number().int(),
  section: z.string(),
  text: z.string(),
  repairs: z.array(z.string()),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

const DocumentInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  interviewee: z.string(),
  /** Every witness, one name each (a panel names several) */
  witnesses: z.array(z.string()),
  interviewer: z.string(),
  date: z.string(),
  sections: z.array(z.object({ number: z.string(), title: z.string() })),
  /** The Interview node the document records */
  interview: z.object({ id: z.string() }).nullable(),
});
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;

const ReaderParagraphSchema = ParagraphSchema.extend({ mentions: z.array(z.string()) });
export type ReaderParagraph = z.infer<typeof ReaderParagraphSchema>;
const DocumentTextSchema = z.object({ id: z.string(), paragraphs: z.array(ReaderParagraphSchema) });
export type DocumentText = z.infer<typeof DocumentTextSchema>;

const RangeSchema = z.object({ start: z.number().int(), end: z.number().int() });
const TextHitSchema = z.object({
  paragraph: z.object({ document: z.string(), number: z.number().int(), section: z.string(), text: z.string() }),
  highlights: z.array(RangeSchema),
});
export type TextHit = z.infer<typeof TextHitSchema>;

/** One document's part of the graph, by id (the header's document filter). */
const DocumentScopeSchema = z.object({
  nodes: z.array(z.object({ id: z.string() })),
  edges: z.array(z.object({ id: z.string() })),
  truncated: z.boolean(),
});

const ClaimRefSchema = NodeRefSchema.extend({ negative: z.boolean() });
const ClaimSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  negative: z.boolean(),
  by: z.array(NodeRefSchema),
  about: z.array(NodeRefSchema),
  evidence: z.array(EvidenceSchema),
});
export type Claim = z.infer<typeof ClaimSchema>;

const ClaimSideSchema = z.object({ claim: ClaimRefSchema, by: z.array(NodeRefSchema), evidence: z.array(EvidenceSchema) });
const DisagreementSchema = z.object({
  kind: z.enum(['CONTRADICTS', 'CORROBORATES', 'NEGATION', 'STANCE']),
  about: z.array(NodeRefSchema),
  first: ClaimSideSchema,
  second: ClaimSideSchema,
  reason: z.string(),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

const TimelineEventSchema = z.object({
  node: ClaimRefSchema,
  date: z.string(),
  start: z.string(),
  end: z.string(),
  precision: z.enum(['YEAR', 'MONTH', 'DAY', 'INTERVAL']),
  documents: z.array(z.string()),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** A failure explained in plain words; `detail` keeps the technical reason for the curious. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const EnvelopeSchema = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** Ask one GraphQL question and check the answer's shape; throws ApiError in plain words. */
export async function ask<T extends z.ZodType>(
  query: string,
  variables: Record<string, unknown>,
  schema: T,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetchImpl('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new ApiError('The server could not be reached. Check that it is running, then try again.', String(error));
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new ApiError(`The server answered with something that is not data (HTTP ${response.status}).`, String(error));
  }
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) {
    throw new ApiError('The server answered in an unexpected format.', z.prettifyError(envelope.error));
  }
  const { data, errors } = envelope.data;
  if (errors && errors.length > 0) {
    throw new ApiError(`The server could not answer: ${errors.map((e) => e.message).join('; ')}`, JSON.stringify(errors));
  }
  if (!response.ok) throw new ApiError(`The server answered with an error (HTTP ${response.status}).`, '');
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(
      'The server’s answer is missing something the viewer needs; it may be a different version.',
      z.prettifyError(parsed.error),
    );
  }
  return parsed.data;
}

const EVIDENCE = 'evidence { document paragraph quote }';
/**
 * The quotes of a node that come with the graph. A node cited by every document of a large corpus
 * has thousands; the details panel fetches the rest when the reader asks for them.
 */
export const NODE_EVIDENCE_SHOWN = 20;
const NODE_FIELDS = `id kind name aliases description date category elections negative draft properties { key value } evidence(first: ${NODE_EVIDENCE_SHOWN}) { document paragraph quote } evidenceCount position { x y }`;
const EDGE_FIELDS = `id type source target properties { key value } ${EVIDENCE} draft negative`;
const SUBGRAPH = `nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } truncated`;
const REF = 'id kind name';

/**
 * The questions the viewer asks, by operation name. scripts/codegen.ts reads them to generate their
 * answer and variable types (generated/operations.ts), which the answer schemas below are tied to.
 */
export const QUERIES = {
  Documents: 'query Documents { documents { id title interviewee witnesses interviewer date sections { number title } interview { id } } }',
  Graph: `query Graph { graph { ${SUBGRAPH} } }`,
  Neighborhood: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 1) { ${SUBGRAPH} } }`,
  Path: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 8) { ${SUBGRAPH} } }`,
  Paths: `query Paths($from: ID!, $to: ID!, $without: [RelationType!], $avoid: [ID!]) {
    paths(from: $from, to: $to, first: 5, maxHops: 8, without: $without, avoid: $avoid) { ${SUBGRAPH} }
  }`,
  NodeEvidence: `query NodeEvidence($id: ID!) { node(id: $id) { ${EVIDENCE} } }`,
  // More than the 8 the list shows (search.ts ASKED_NAMES, ASKED_PARAGRAPHS), so it can say "8 of 9 names".
  Search: `query Search($text: String!, $document: ID) { search(text: $text, document: $document, limit: 50) { ${REF} aliases } }`,
  Briefings: `query Briefings($document: ID) {
    briefings(document: $document) { id name date election organizer { ${REF} } attendees { person { ${REF} } negative ${EVIDENCE} } ${EVIDENCE} }
    attendance(document: $document) { person { ${REF} } event { ${REF} date } election negative representing { ${REF} } ${EVIDENCE} }
  }`,
  DocumentGraph: 'query DocumentGraph($document: ID!) { graph(document: $document, limit: 5000) { nodes { id } edges { id } truncated } }',
  Claims: `query Claims($about: ID, $document: ID) {
    claims(about: $about, document: $document) { id name description negative by { ${REF} } about { ${REF} } ${EVIDENCE} }
  }`,
  Disagreements: `query Disagreements($about: ID, $document: ID) { disagreements(about: $about, document: $document, first: 200) {
    kind about { ${REF} } reason
    first { claim { ${REF} negative } by { ${REF} } ${EVIDENCE} }
    second { claim { ${REF} negative } by { ${REF} } ${EVIDENCE} }
  } }`,
  Timeline: `query Timeline($document: ID, $election: Int) { timeline(document: $document, election: $election, first: 1000) {
    node { ${REF} negative } date start end precision documents
  } }`,
  Incidents: 'query Incidents($document: ID) { incidents(document: $document) { id name date elections responseCount } }',
  Trace: `query Trace($incident: ID!) { trace(incident: $incident) {
    incident { ${REF} }
    steps { order relation response { ${REF} } actors { ${REF} } links { type node { ${REF} } ${EVIDENCE} } negative ${EVIDENCE} }
    end { explicit afterStep description ${EVIDENCE} }
  } }`,
  Paragraph:
    'query Paragraph($document: ID!, $number: Int!) { paragraph(document: $document, number: $number) { document number section text repairs } }',
  DocumentText: 'query DocumentText($id: ID!) { document(id: $id) { id paragraphs { document number section text repairs mentions } } }',
  TextSearch: `query TextSearch($text: String!, $document: ID) {
    textSearch(text: $text, document: $document, first: 9) { paragraph { document number section text } highlights { start end } }
  }`,
} as const;

/**
 * An answer's schema, tied to the type generated for its query: it compiles only when what the
 * schema lets through is what the query returns, no less (a selected field left unchecked, a
 * looser enum or nullability) and no more (a field the query does not select, null refused where
 * the SDL allows it).
 */
export function answerSchema<Generated>() {
  return <S extends z.ZodType<Generated>>(schema: S & Admits<z.output<S>, Generated>): S => schema;
}
type Admits<Output, Generated> = [Generated] extends [Output] ? unknown : { 'refuses answers the SDL allows': Generated };

const ANSWERS = {
  Documents: answerSchema<DocumentsQuery>()(z.object({ documents: z.array(DocumentInfoSchema) })),
  Graph: answerSchema<GraphQuery>()(z.object({ graph: SubgraphSchema })),
  Neighborhood: answerSchema<NeighborhoodQuery>()(z.object({ neighborhood: SubgraphSchema.nullable() })),
  Path: answerSchema<PathQuery>()(z.object({ path: SubgraphSchema.nullable() })),
  Paths: answerSchema<PathsQuery>()(z.object({ paths: z.array(SubgraphSchema) })),
  NodeEvidence: answerSchema<NodeEvidenceQuery>()(z.object({ node: z.object({ evidence: z.array(EvidenceSchema) }).nullable() })),
  Search: answerSchema<SearchQuery>()(z.object({ search: z.array(SearchHitSchema) })),
  Briefings: answerSchema<BriefingsQuery>()(z.object({ briefings: z.array(BriefingSchema), attendance: z.array(AttendanceSchema) })),
  DocumentGraph: answerSchema<DocumentGraphQuery>()(z.object({ graph: DocumentScopeSchema })),
  Claims: answerSchema<ClaimsQuery>()(z.object({ claims: z.array(ClaimSchema) })),
  Disagreements: answerSchema<DisagreementsQuery>()(z.object({ disagreements: z.array(DisagreementSchema) })),
  Timeline: answerSchema<TimelineQuery>()(z.object({ timeline: z.array(TimelineEventSchema) })),
  Incidents: answerSchema<IncidentsQuery>()(z.object({ incidents: z.array(IncidentSchema) })),
  Trace: answerSchema<TraceQuery>()(z.object({ trace: TraceSchema })),
  Paragraph: answerSchema<ParagraphQuery>()(z.object({ paragraph: ParagraphSchema.nullable() })),
  DocumentText: answerSchema<DocumentTextQuery>()(z.object({ document: DocumentTextSchema.nullable() })),
  TextSearch: answerSchema<TextSearchQuery>()(z.object({ textSearch: z.array(TextHitSchema) })),
} satisfies Record<keyof typeof QUERIES, z.ZodType>;

/** The questions the viewer asks, each with the shape of its answer. */
export function createApi(fetchImpl?: Fetch) {
  return {
    async documents(): Promise<DocumentInfo[]> {
      return (await ask(QUERIES.Documents, {} satisfies DocumentsQueryVariables, ANSWERS.Documents, fetchImpl)).documents;
    },
    async graph(): Promise<Subgraph> {
      return (await ask(QUERIES.Graph, {} satisfies GraphQueryVariables, ANSWERS.Graph, fetchImpl)).graph;
    },
    async neighborhood(id: string): Promise<Subgraph | null> {
      return (await ask(QUERIES.Neighborhood, { id } satisfies NeighborhoodQueryVariables, ANSWERS.Neighborhood, fetchImpl)).neighborhood;
    },
    async path(from: string, to: string): Promise<Subgraph | null> {
      return (await ask(QUERIES.Path, { from, to } satisfies PathQueryVariables, ANSWERS.Path, fetchImpl)).path;
    },
    /** Up to five shortest paths, leaving out relations of the `without` types and the `avoid` nodes; [] when there is none. */
    async paths(from: string, to: string, leaveOut: { without: RelationType[]; avoid: string[] }): Promise<Subgraph[]> {
      const variables = { from, to, without: leaveOut.without, avoid: leaveOut.avoid } satisfies PathsQueryVariables;
      return (await ask(QUERIES.Paths, variables, ANSWERS.Paths, fetchImpl)).paths;
    },
    /** Every quote of one node; null when the node is gone. */
    async nodeEvidence(id: string): Promise<Evidence[] | null> {
      return (
        (await ask(QUERIES.NodeEvidence, { id } satisfies NodeEvidenceQueryVariables, ANSWERS.NodeEvidence, fetchImpl)).node?.evidence ??
        null
      );
    },
    /** `document`: only what that document cites (the header's document filter). */
    async search(text: string, document: string | null = null): Promise<SearchHit[]> {
      return (await ask(QUERIES.Search, { text, document } satisfies SearchQueryVariables, ANSWERS.Search, fetchImpl)).search;
    },
    /** The briefings and who attended; `document`: only the rows that document evidences. */
    async briefings(document: string | null = null): Promise<{ briefings: Briefing[]; attendance: Attendance[] }> {
      return ask(QUERIES.Briefings, { document } satisfies BriefingsQueryVariables, ANSWERS.Briefings, fetchImpl);
    },
    /** The ids of the nodes and relations one document contributes. */
    async documentGraph(document: string): Promise<{ nodes: Array<{ id: string }>; edges: Array<{ id: string }>; truncated: boolean }> {
      return (await ask(QUERIES.DocumentGraph, { document } satisfies DocumentGraphQueryVariables, ANSWERS.DocumentGraph, fetchImpl)).graph;
    },
    async claims(about: string | null, document: string | null): Promise<Claim[]> {
      return (await ask(QUERIES.Claims, { about, document } satisfies ClaimsQueryVariables, ANSWERS.Claims, fetchImpl)).claims;
    },
    async disagreements(about: string | null, document: string | null): Promise<Disagreement[]> {
      return (await ask(QUERIES.Disagreements, { about, document } satisfies DisagreementsQueryVariables, ANSWERS.Disagreements, fetchImpl))
        .disagreements;
    },
    async timeline(document: string | null, election: number | null): Promise<TimelineEvent[]> {
      return (await ask(QUERIES.Timeline, { document, election } satisfies TimelineQueryVariables, ANSWERS.Timeline, fetchImpl)).timeline;
    },
    /** Every incident; `document`: those with evidence from it (the header's document filter). */
    async incidents(document: string | null = null): Promise<Incident[]> {
      return (await ask(QUERIES.Incidents, { document } satisfies IncidentsQueryVariables, ANSWERS.Incidents, fetchImpl)).incidents;
    },
    async trace(incident: string): Promise<Trace> {
      return (await ask(QUERIES.Trace, { incident } satisfies TraceQueryVariables, ANSWERS.Trace, fetchImpl)).trace;
    },
    async paragraph(document: string, number: number): Promise<Paragraph | null> {
      return (await ask(QUERIES.Paragraph, { document, number } satisfies ParagraphQueryVariables, ANSWERS.Paragraph, fetchImpl)).paragraph;
    },
    /** One document's paragraphs with the entities each names (the reader); null when the server has no such document. */
    async documentText(id: string): Promise<DocumentText | null> {
      return (await ask(QUERIES.DocumentText, { id } satisfies DocumentTextQueryVariables, ANSWERS.DocumentText, fetchImpl)).document;
    },
    /** `document`: only that document's paragraphs (the header's document filter). */
    async textSearch(text: string, document: string | null = null): Promise<TextHit[]> {
      return (await ask(QUERIES.TextSearch, { text, document } satisfies TextSearchQueryVariables, ANSWERS.TextSearch, fetchImpl))
        .textSearch;
    },
  };
}
export type Api = ReturnType<typeof createApi>;
