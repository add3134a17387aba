// An unknown kind or relation type is refused by GraphQL itself (NodeKind and RelationType are
// enums); these tests pin that the refusal names every allowed value, by both ways a client sends one.
import { fileURLToPath } from 'node:url';
import { createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/src/model.ts';
import { buildSchema, createApp } from './app.ts';
import { useEnumValuesInValidation, withEnumValues } from './enum-values.ts';
import { createMemoryStore } from './store/memory-store.ts';

const KINDS = `The kinds are ${NODE_KINDS.join(', ')}.`;
const TYPES = `The relation types are ${RELATION_TYPES.join(', ')}.`;

const Answer = z.object({
  errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string() }).loose() }).loose()),
});

async function errorsOf(
  app: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> },
  query: string,
  variables?: object,
) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return Answer.parse(await response.json()).errors.map((e) => ({ code: e.extensions.code, message: e.message }));
}

describe('the message of an error about a model enum', () => {
  it('lists every value of each model enum it names as the expected type', () => {
    expect([
      withEnumValues('Value "Zeppelin" does not exist in "NodeKind" enum.'),
      withEnumValues('Enum "RelationType" cannot represent non-enum value: "met".'),
      withEnumValues('Variable "$k" got invalid value "Zeppelin"; Expected type NodeKind.'),
      withEnumValues('Variable "$k" of type "[String!]" used in position expecting type "[NodeKind!]".'),
    ]).toEqual([
      `Value "Zeppelin" does not exist in "NodeKind" enum. ${KINDS}`,
      `Enum "RelationType" cannot represent non-enum value: "met". ${TYPES}`,
      `Variable "$k" got invalid value "Zeppelin"; Expected type NodeKind. ${KINDS}`,
      `Variable "$k" of type "[String!]" used in position expecting type "[NodeKind!]". ${KINDS}`,
    ]);
  });

  it('leaves a message alone that only quotes the name, or names another type', () => {
    const others = ['Cannot query field "NodeKind" on type "Query".', 'Variable "$k" got invalid value "x"; Expected type Direction.'];
    expect(others.map(withEnumValues)).toEqual(others);
  });
});

describe('an unknown kind sent to the API', () => {
  it('through a variable: BAD_USER_INPUT, naming every kind', async () => {
    // Refused before any resolver runs, so an empty graph will do.
    const store = createMemoryStore({ documents: [], nodes: [], edges: [], mentions: [] });
    const app = createApp({ store, logger: false, viewerDir: fileURLToPath(new URL('./no-viewer-here/', import.meta.url)) });
    expect(
      await errorsOf(app, 'query ($kinds: [NodeKind!]) { graph(kinds: $kinds) { truncated } }', { kinds: ['Person', 'Zeppelin'] }),
    ).toEqual([{ code: 'BAD_USER_INPUT', message: `Variable "$kinds" got invalid value "Zeppelin"; Expected type NodeKind. ${KINDS}` }]);
  });

  it('as a literal, with useEnumValuesInValidation: GRAPHQL_VALIDATION_FAILED, naming every kind', async () => {
    const yoga = createYoga({ schema: buildSchema(), logging: false, plugins: [useEnumValuesInValidation()] });
    expect(await errorsOf(yoga, '{ a: graph(kinds: [Persons]) { truncated } b: search(text: "x", kinds: ["Person"]) { id } }')).toEqual([
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: `Value "Persons" does not exist in "NodeKind" enum. Did you mean the enum value "Person"? ${KINDS}`,
      },
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: `Enum "NodeKind" cannot represent non-enum value: "Person". Did you mean the enum value "Person"? ${KINDS}`,
      },
    ]);
  });
});
