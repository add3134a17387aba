// The used-by questions every API scenario asks, each three ways: through our GraphQL API, as the
// same Cypher file the Neo4j store sends (through the raw driver), and through the peer's
// auto-generated GraphQL (bench/peer.ts). The ids come from the corpus manifest, so the same
// question is asked at every corpus size.
import neo4j, { routing, type Driver } from 'neo4j-driver';
import { cypher } from '../seed/src/cypher.ts';
import type { GraphStore } from '../server/src/store/types.ts';
import type { DocumentManifest } from './corpus.ts';

export type QuestionName = 'attendance' | 'trace' | 'recommendations' | 'neighborhood' | 'path';
export const QUESTION_NAMES: readonly QuestionName[] = ['attendance', 'trace', 'recommendations', 'neighborhood', 'path'];

export interface Question {
  name: QuestionName;
  /** Our API: a query as the viewer writes it, and its variables */
  graphql: string;
  variables: Record<string, unknown>;
  /** The cypher/<file>.cypher the Neo4j store sends for it, with the store's parameters */
  cypherFile: string;
  params: Record<string, unknown>;
}

const EVIDENCE = 'evidence { document paragraph quote }';
const NODE = `id kind name aliases description date category elections negative properties { key value } ${EVIDENCE}`;
const SUBGRAPH = `nodes { ${NODE} } edges { id type source target properties { key value } ${EVIDENCE} } truncated`;
const REF = 'id kind name';

export function questions(docs: readonly DocumentManifest[]): Record<QuestionName, Question> {
  const first = docs[0];
  if (!first) throw new Error('questions() needs at least one document');
  // A path between two documents' interviewees when there are two; else within the one document.
  const to = docs[1]?.interviewee ?? first.persons[1] ?? first.interviewee;
  const incident = first.incidents[0] ?? '';
  return {
    attendance: {
      name: 'attendance',
      graphql: `query Attendance($election: Int) { attendance(election: $election) { person { ${REF} } event { ${REF} date } election ${EVIDENCE} } }`,
      variables: { election: 2019 },
      cypherFile: 'attendance',
      params: { election: 2019 },
    },
    trace: {
      name: 'trace',
      graphql: `query Trace($incident: ID!) { trace(incident: $incident) {
        incident { ${REF} }
        steps { order relation response { ${REF} } actors { ${REF} } links { type node { ${REF} } ${EVIDENCE} } negative ${EVIDENCE} }
        end { explicit afterStep description ${EVIDENCE} } } }`,
      variables: { incident },
      cypherFile: 'trace',
      params: { id: incident },
    },
    recommendations: {
      name: 'recommendations',
      graphql: `query Recommendations($by: ID) { recommendations(by: $by) { id name text by { ${REF} } addressedTo { ${REF} } about { ${REF} } ${EVIDENCE} } }`,
      variables: { by: first.interviewee },
      cypherFile: 'recommendations',
      params: { by: first.interviewee },
    },
    neighborhood: {
      name: 'neighborhood',
      graphql: `query Neighborhood($id: ID!) { neighborhood(id: $id, depth: 1) { ${SUBGRAPH} } }`,
      variables: { id: first.interviewee },
      cypherFile: 'neighborhood',
      params: { id: first.interviewee, depth: neo4j.int(1) },
    },
    path: {
      name: 'path',
      graphql: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 6) { ${SUBGRAPH} } }`,
      variables: { from: first.interviewee, to },
      cypherFile: 'path',
      params: { from: first.interviewee, to, maxHops: neo4j.int(6) },
    },
  };
}

/** The question's Cypher through the driver, as the store sends it, with the records turned into objects. */
export async function askRaw(driver: Driver, database: string, q: Question): Promise<number> {
  const result = await driver.executeQuery(cypher(q.cypherFile), q.params, { database, routing: routing.READ, bookmarkManager: null });
  const rows = result.records.map((r) => r.toObject());
  if (rows.length === 0 && q.name !== 'attendance') throw new Error(`${q.name}: no answer for ${JSON.stringify(q.variables)}`);
  return rows.length;
}

/** The question as one GraphStore call, with the arguments the resolver would pass. */
export function askStore(store: GraphStore, q: Question): Promise<unknown> {
  const v = q.variables;
  switch (q.name) {
    case 'attendance':
      return store.attendance(Number(v.election));
    case 'trace':
      return store.trace(String(v.incident));
    case 'recommendations':
      return store.recommendations(String(v.by));
    case 'neighborhood':
      return store.neighborhood(String(v.id), 1);
    case 'path':
      return store.path(String(v.from), String(v.to), 6);
  }
}
