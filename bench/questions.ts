// The used-by questions every API scenario asks, each three ways: through our GraphQL API, as the
// same Cypher file the Neo4j store sends (through the raw driver), and through the peer's
// auto-generated GraphQL (bench/peer.ts). The ids come from the corpus manifest, so the same
// question is asked at every corpus size.
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../graph/src/cypher.ts';
import { attendanceRequest, nestedNodeParams } from '../server/src/store/neo4j-store.ts';
import type { GraphStore } from '../server/src/store/types.ts';
import type { DocumentManifest } from './corpus.ts';

export type QuestionName = 'attendance' | 'trace' | 'recommendations' | 'neighborhood' | 'path';
export const QUESTION_NAMES: readonly QuestionName[] = ['attendance', 'trace', 'recommendations', 'neighborhood', 'path'];

export interface Question {
  name: QuestionName;
  /** Our API: a query as a client writes it (see QuestionForm), and its variables */
  graphql: string;
  variables: Record<string, unknown>;
  /** The cypher/<file>.cypher the Neo4j store sends for it, with the store's parameters */
  cypherFile: string;
  params: Record<string, unknown>;
  /** The same question as the one GraphStore call its resolver makes */
  storeCall: (store: GraphStore) => Promise<unknown>;
}

const EVIDENCE = 'evidence { document paragraph quote }';
const REF = 'id kind name';
/** As the viewer asks for subgraph nodes (client/src/api.ts NODE_EVIDENCE_SHOWN): the first quotes and the count. */
const SHOWN_EVIDENCE = 20;
/** As the viewer asks for attendance a page at a time */
const ATTENDANCE_PAGE = 100;

/**
 * 'viewer': each question as our clients ask it — attendance one page at a time, subgraph nodes
 * with their first quotes and a count. 'complete': the whole answer — every attendance row, every
 * quote of every node — which is what the peer's generated schema can give (bench/peer.ts).
 */
export type QuestionForm = 'viewer' | 'complete';

export function questions(docs: readonly DocumentManifest[], form: QuestionForm = 'viewer'): Record<QuestionName, Question> {
  const first = docs[0];
  if (!first) throw new Error('questions() needs at least one document');
  // A path between two documents' interviewees when there are two; else within the one document.
  const to = docs[1]?.interviewee ?? first.persons[1] ?? first.interviewee;
  const incident = first.incidents[0] ?? '';
  const paged = form === 'viewer';
  const nodeEvidence = paged ? SHOWN_EVIDENCE : undefined;
  const node = `id kind name aliases description date category elections negative properties { key value } ${
    paged ? `evidence(first: ${SHOWN_EVIDENCE}) { document paragraph quote } evidenceCount` : EVIDENCE
  }`;
  const subgraph = `nodes { ${node} } edges { id type source target properties { key value } ${EVIDENCE} } truncated`;
  // The Neo4j store's own parameters for these calls, so the raw driver sends exactly what it does.
  const attendanceQuery = { election: 2019, ...(paged ? { first: ATTENDANCE_PAGE } : {}) };
  // What the resolvers' nestedNodes() make of the selections below where nested nodes are asked
  // for their id, kind and name only (attendance, trace, recommendations): no quotes, brief nodes.
  const briefNodes = { evidence: 0, brief: true };
  const attendance = attendanceRequest(attendanceQuery, briefNodes);
  const nested = nodeEvidence === undefined ? {} : { evidence: nodeEvidence };
  return {
    attendance: {
      name: 'attendance',
      graphql: paged
        ? `query Attendance($election: Int, $first: Int) { attendance(election: $election, first: $first) { person { ${REF} } event { ${REF} date } election ${EVIDENCE} cursor } }`
        : `query Attendance($election: Int) { attendance(election: $election) { person { ${REF} } event { ${REF} date } election ${EVIDENCE} } }`,
      variables: paged ? { election: 2019, first: ATTENDANCE_PAGE } : { election: 2019 },
      cypherFile: attendance.query,
      params: attendance.params,
      storeCall: (s) => s.attendance(attendanceQuery, briefNodes),
    },
    trace: {
      name: 'trace',
      graphql: `query Trace($incident: ID!) { trace(incident: $incident) {
        incident { ${REF} }
        steps { order relation response { ${REF} } actors { ${REF} } links { type node { ${REF} } ${EVIDENCE} } negative ${EVIDENCE} }
        end { explicit afterStep description ${EVIDENCE} } } }`,
      variables: { incident },
      cypherFile: 'trace',
      params: { id: incident, ...nestedNodeParams(briefNodes) },
      storeCall: (s) => s.trace(incident, briefNodes),
    },
    recommendations: {
      name: 'recommendations',
      graphql: `query Recommendations($by: ID) { recommendations(by: $by) { id name text by { ${REF} } addressedTo { ${REF} } about { ${REF} } ${EVIDENCE} } }`,
      variables: { by: first.interviewee },
      cypherFile: 'recommendations',
      params: { by: first.interviewee, document: null, ...nestedNodeParams(briefNodes) },
      storeCall: (s) => s.recommendations({ by: first.interviewee }, briefNodes),
    },
    neighborhood: {
      name: 'neighborhood',
      graphql: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 1) { ${subgraph} } }`,
      variables: { id: first.interviewee },
      cypherFile: 'neighborhood',
      params: { id: first.interviewee, depth: neo4j.int(1), ...nestedNodeParams(nested) },
      storeCall: (s) => s.neighborhood(first.interviewee, 1, nested),
    },
    path: {
      name: 'path',
      graphql: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 6) { ${subgraph} } }`,
      variables: { from: first.interviewee, to },
      cypherFile: 'path',
      params: { from: first.interviewee, to, maxHops: neo4j.int(6), ...nestedNodeParams(nested) },
      storeCall: (s) => s.path(first.interviewee, to, 6, nested),
    },
  };
}

/**
 * The question's Cypher through the driver as the store sends it (server/src/store/neo4j-read.ts:
 * an auto-commit query in a READ session, with the store's parameters), the records turned into objects.
 */
export async function askRaw(driver: Driver, database: string, q: Question): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(cypher(q.cypherFile), q.params);
    const rows = result.records.map((r) => r.toObject());
    if (rows.length === 0 && q.name !== 'attendance') throw new Error(`${q.name}: no answer for ${JSON.stringify(q.variables)}`);
    return rows.length;
  } finally {
    await session.close();
  }
}

/** The question as one GraphStore call, with the arguments and options the resolver would pass. */
export function askStore(store: GraphStore, q: Question): Promise<unknown> {
  return q.storeCall(store);
}
