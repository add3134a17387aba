// The peer: @neo4j/graphql's auto-generated GraphQL over the same database, served by the same
// graphql-yoga and node:http as ours, asked the same questions. One `Entity` type for every kind
// (the seed gives every entity the :Entity label and a `kind`), a field per relation type and
// direction, and one relationship-properties type for the evidence lists. No custom Cypher: what
// it answers is what the library generates. It has no shortest-path query, so `path` is not asked.
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { RELATION_TYPES } from '../graph/src/model.ts';
import type { DocumentManifest } from './corpus.ts';
import type { QuestionName } from './questions.ts';

/** ATTENDED -> attended (out) and attendedBy (in) */
export function fieldNames(type: string): { out: string; in: string } {
  const camel = type.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return { out: camel, in: `${camel}By` };
}

export function peerTypeDefs(): string {
  const relations = RELATION_TYPES.flatMap((type) => {
    const { out, in: inbound } = fieldNames(type);
    return [
      `  ${out}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Relation")`,
      `  ${inbound}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Relation")`,
    ];
  });
  return `
type Relation @relationshipProperties {
  id: String
  order: Int
  role: String
  by: String
  evidenceDocuments: [String!]
  evidenceParagraphs: [Int!]
  evidenceQuotes: [String!]
}

type Entity @node {
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]
  description: String
  date: String
  category: String
  year: Int
  negative: Boolean
  elections: [Int!]
  evidenceDocuments: [String!]
  evidenceParagraphs: [Int!]
  evidenceQuotes: [String!]
${relations.join('\n')}
}
`;
}

export interface PeerQuestion {
  name: QuestionName;
  graphql: string;
  variables: Record<string, unknown>;
}

const EVIDENCE = 'evidenceDocuments evidenceParagraphs evidenceQuotes';
const REF = 'id kind name';

/** The peer's way to ask our questions: the nearest query its generated schema offers. */
export function peerQuestions(docs: readonly DocumentManifest[]): PeerQuestion[] {
  const first = docs[0];
  if (!first) throw new Error('peerQuestions() needs at least one document');
  const neighbours = RELATION_TYPES.flatMap((t) => {
    const { out, in: inbound } = fieldNames(t);
    return [
      `${out}Connection { edges { properties { id ${EVIDENCE} } node { ${REF} ${EVIDENCE} } } }`,
      `${inbound}Connection { edges { properties { id ${EVIDENCE} } node { ${REF} ${EVIDENCE} } } }`,
    ];
  });
  return [
    {
      // Who attended the briefings and meetings of 2019, with the evidence of each attendance.
      name: 'attendance',
      graphql: `query Attendance($year: Int!) { entities(where: { kind: { in: ["Briefing", "Meeting"] }, partOf: { some: { year: { eq: $year } } } }) {
        ${REF} date attendedByConnection(where: { node: { kind: { eq: "Person" } } }) { edges { properties { ${EVIDENCE} } node { ${REF} } } } } }`,
      variables: { year: 2019 },
    },
    {
      name: 'trace',
      graphql: `query Trace($id: ID!) { entities(where: { id: { eq: $id } }) { ${REF}
        respondedWithConnection { edges { properties { order ${EVIDENCE} } node { ${REF} negative
          performedBy { ${REF} }
          reportedToConnection { edges { properties { ${EVIDENCE} } node { ${REF} } } }
          consultedConnection { edges { properties { ${EVIDENCE} } node { ${REF} } } }
          aboutConnection { edges { properties { ${EVIDENCE} } node { ${REF} } } } } } } } }`,
      variables: { id: first.incidents[0] },
    },
    {
      name: 'recommendations',
      graphql: `query Recommendations($by: ID!) { entities(where: { kind: { eq: "Recommendation" }, recommendedBy: { some: { id: { eq: $by } } } }) {
        ${REF} ${EVIDENCE} recommendedByConnection { edges { properties { ${EVIDENCE} } node { ${REF} } } } addressedTo { ${REF} } about { ${REF} } } }`,
      variables: { by: first.interviewee },
    },
    {
      // One hop in both directions over every relation type, with the relations' evidence.
      name: 'neighborhood',
      graphql: `query Neighborhood($id: ID!) { entities(where: { id: { eq: $id } }) { ${REF} ${EVIDENCE} ${neighbours.join(' ')} } }`,
      variables: { id: first.interviewee },
    },
  ];
}

/** The peer's HTTP handler over `driver`; the schema is built once, here. */
export async function createPeerApp(driver: Driver, database: string) {
  const schema = await new Neo4jGraphQL({ typeDefs: peerTypeDefs(), driver }).getSchema();
  return createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    logging: false,
    landingPage: false,
    graphiql: false,
    context: () => ({ sessionConfig: { database } }),
  });
}
