// The limits app.test.ts does not already cover: the same limits reached another way (through
// variables, fragments, introspection, a GET URL) and the bounds on what one request returns.
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { createApp, GRAPHQL_PATH, LIMITS } from './app.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { HEAVY_QUERY } from '../../test/abuse-queries.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const seed = await loadGraph(FIXTURE_DATA_DIR);
const app = createApp({ store: createMemoryStore(seed), logger: false });

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string; extensions?: { code?: string; limit?: string } }[];
  };
  return {
    status: response.status,
    data: body.data,
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    limits: (body.errors ?? []).map((e) => e.extensions?.limit),
  };
}

describe('limits reached another way', () => {
  it.each([
    ['neighborhood depth 4', 'query($d: Int) { neighborhood(id: "azam-ishmael", depth: $d) { truncated } }', { d: 4 }, 'depth'],
    [
      'path maxHops 9',
      'query($h: Int) { path(from: "azam-ishmael", to: "liberal-party", maxHops: $h) { truncated } }',
      { h: 9 },
      'maxHops',
    ],
    ['graph limit 5001', 'query($l: Int) { graph(limit: $l) { truncated } }', { l: 5001 }, 'limit'],
    ['search limit 101', 'query($l: Int) { search(text: "e", limit: $l) { id } }', { l: 101 }, 'limit'],
    ['search text of 201 characters', 'query($t: String!) { search(text: $t) { id } }', { t: 'x'.repeat(201) }, 'text'],
  ])('refuses %s given as a variable, as it does inline', async (_what, query, variables, limit) => {
    const { status, codes, limits } = await ask(query, variables);
    expect({ status, codes, limits }).toEqual({ status: 200, codes: ['LIMIT_EXCEEDED'], limits: [limit] });
  });

  it(`counts depth through fragments: ${LIMITS.depth + 1} levels spread over fragments are refused`, async () => {
    const levels = Math.ceil((LIMITS.depth - 1) / 2);
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on Node { relations { node { ${i + 1 < levels ? `...F${i + 1}` : 'id'} } } }`,
    ).join(' ');
    expect(await ask(`{ node(id: "azam-ishmael") { ...F0 } } ${fragments}`)).toMatchObject({
      status: 400,
      codes: ['LIMIT_EXCEEDED'],
      limits: ['depth'],
    });
  });

  it(`counts aliases inside fragments: ${LIMITS.aliases + 1} are refused`, async () => {
    const fields = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: id`).join(' ');
    expect(await ask(`{ incidents { ...I } } fragment I on Incident { ${fields} }`)).toMatchObject({
      status: 400,
      codes: ['LIMIT_EXCEEDED'],
      limits: ['aliases'],
    });
  });

  // The depth limit leaves introspection out (GraphiQL's own query is deep); what could blow up
  // there is fields → type → fields nesting, which multiplies the answer, and graphql-js refuses it.
  it('bounds introspection too: fields of the types of fields of types are refused', async () => {
    const nested = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
    expect(await ask(nested)).toMatchObject({ status: 400, codes: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  it('bounds a GET request by the same token limit as a POST body', async () => {
    const query = `{ ${'incidents { id } '.repeat(LIMITS.tokens)} }`;
    const response = await app.fetch(`http://localhost${GRAPHQL_PATH}?query=${encodeURIComponent(query)}`, {
      headers: { accept: 'application/graphql-response+json', 'x-graphql-csrf': '1' },
    });
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect({ status: response.status, codes: body.errors.map((e) => e.extensions.code) }).toEqual({
      status: 400,
      codes: ['LIMIT_EXCEEDED'],
    });
  });

  it('refuses a batch of operations in one request', async () => {
    const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ documents { id } }' }))),
    });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 400,
      body: { errors: [{ message: 'Batching is not supported.', extensions: { code: 'BAD_REQUEST' } }] },
    });
  });
});

describe('what one request can return', () => {
  it('cuts the graph at its limit and says it did', async () => {
    const { data } = await ask('{ small: graph(limit: 5) { nodes { id } truncated } all: graph { nodes { id } truncated } }');
    const small = data?.['small'] as { nodes: { id: string }[]; truncated: boolean };
    const all = data?.['all'] as { nodes: { id: string }[]; truncated: boolean };
    expect({ small: [small.nodes.length, small.truncated], all: [all.nodes.length, all.truncated] }).toEqual({
      small: [5, true],
      all: [seed.nodes.length, false],
    });
  });

  it('returns at most the search limit, 20 by default, however many names match', async () => {
    const { data } = await ask('{ any: search(text: "e") { id } three: search(text: "e", limit: 3) { id } }');
    const matching = seed.nodes.filter((n) => [n.name, ...(n.aliases ?? [])].some((l) => l.toLowerCase().includes('e'))).length;
    expect({
      matching: matching > 20,
      any: (data?.['any'] as unknown[] | undefined)?.length,
      three: (data?.['three'] as unknown[] | undefined)?.length,
    }).toEqual({ matching: true, any: 20, three: 3 });
  });

  it(`bounds the largest legal request: ${LIMITS.aliases} aliases of the largest subgraph`, async () => {
    const fields = Array.from(
      { length: LIMITS.aliases },
      (_, i) => `g${i}: neighborhood(id: "liberal-party", depth: 3) { nodes { id } edges { id } }`,
    ).join(' ');
    const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ ${fields} }` }),
    });
    const text = await response.text();
    // The graph is small; what matters is that the product of the limits stays far from a denial of service.
    expect({ status: response.status, underAMegabyte: text.length < 1_000_000 }).toEqual({ status: 200, underAMegabyte: true });
  });
});

describe('the answer, bounded as it is produced', () => {
  const graphQuery = '{ graph { nodes { id evidence { quote } } edges { id evidence { quote } } } }';
  const send = async (target: ReturnType<typeof createApp>, query: string) => {
    const response = await target.fetch(`http://localhost${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
  };

  it('replaces an answer that passes its objects in lists by one LIMIT_EXCEEDED error, with the bound', async () => {
    const small = createApp({ store: createMemoryStore(seed), logger: false, maxAnswerObjects: 100 });
    expect(await send(small, graphQuery)).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'The answer passed 100 objects in lists; ask for less (a smaller limit or first, fewer aliases or nested lists).',
            extensions: { code: 'LIMIT_EXCEEDED', limit: 'answer', maxObjects: 100 },
          },
        ],
      },
    });
    const answered = await send(app, graphQuery);
    expect({ status: answered.status, errors: answered.body.errors }).toEqual({ status: 200, errors: undefined });
  });

  it('stops what an estimate let through: the query of issue 15 with the cost limit off', async () => {
    const uncosted = createApp({
      store: createMemoryStore(seed),
      logger: false,
      maxCost: Number.POSITIVE_INFINITY,
      maxAnswerObjects: 5_000,
    });
    const refused = await send(uncosted, HEAVY_QUERY);
    expect({ status: refused.status, data: refused.body.data, errors: refused.body.errors?.length }).toEqual({
      status: 400,
      data: undefined,
      errors: 1,
    });
  });
});
