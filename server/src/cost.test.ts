// The query cost ceiling: what the estimate counts (size arguments, variables, defaults, nested
// lists multiplied, fragments), the abusive query of issue 15 refused with its figures before it
// runs, and every question the viewer asks (client/src/api.ts, sent through its own code) far below.
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createApi } from '../../client/src/api.ts';
import { loadGraph } from '../../seed/index.ts';
import { HEAVY_QUERY } from '../../test/abuse-queries.ts';
import { FIXTURE_DATA_DIR, ISHMAEL_DOCUMENT_ID } from '../../test/fixtures.ts';
import { buildSchema, createApp, GRAPHQL_PATH } from './app.ts';
import { estimateCost, MAX_COST } from './cost.ts';
import { createMemoryStore } from './store/memory-store.ts';

const schema = buildSchema();
const cost = (query: string, variables: Record<string, unknown> = {}) => estimateCost(schema, parse(query), variables);
const store = createMemoryStore(await loadGraph(FIXTURE_DATA_DIR));
const app = createApp({ store, logger: false });

async function post(body: unknown) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('the estimate', () => {
  it('counts objects: a list is as long as its limit or first, nested lists multiply, scalars are free', () => {
    expect({
      one: cost('{ node(id: "x") { id name } }'),
      search: cost('{ search(text: "e", limit: 7) { id } }'),
      searchDefault: cost('{ search(text: "e") { id } }'),
      nested: cost('{ search(text: "e", limit: 7) { evidence(first: 3) { quote } } }'),
      twoAliases: cost('{ a: search(text: "e", limit: 7) { id } b: search(text: "e", limit: 5) { id } }'),
    }).toEqual({ one: 1, search: 7, searchDefault: 20, nested: 7 * (1 + 3), twoAliases: 12 });
  });

  it('reads sizes given as variables, and falls back to the default when the variable is absent', () => {
    const query = 'query ($n: Int) { search(text: "e", limit: $n) { id } }';
    expect([cost(query, { n: 3 }), cost(query, {}), cost(query, { n: 'three' })]).toEqual([3, 20, 20]);
  });

  it("sizes a subgraph's lists by graph(limit:), and a node's relations only where they are loaded", () => {
    expect({
      graph: cost('{ graph(limit: 50) { nodes { id } edges { id } } }'),
      graphDefault: cost('{ graph { nodes { id } } }'),
      // relations are loaded on the nodes node and search return; nested nodes have none (null).
      relations: cost('{ node(id: "x") { relations { node { relations { id } } } } }'),
    }).toEqual({ graph: 1 + 50 + 50, graphDefault: 1 + 2000, relations: 1 + 100 * (1 + 1) });
  });

  it('counts fragments and inline fragments where they are spread, and leaves introspection out', () => {
    const inline = cost('{ search(text: "e", limit: 4) { ... on Node { evidence(first: 2) { quote } } } }');
    const named = cost('{ search(text: "e", limit: 4) { ...E } } fragment E on Node { evidence(first: 2) { quote } }');
    expect({ inline, named, introspection: cost('{ __schema { types { fields { name } } } }') }).toEqual({
      inline: 4 * 3,
      named: 4 * 3,
      introspection: 0,
    });
  });

  it('prices the query of issue 15 at over 16 times the ceiling', () => {
    const heavy = cost(HEAVY_QUERY);
    expect(heavy).toBe(15 * 100 * (1 + 100 + 100 * (1 + (1 + 100) + 10)));
    expect(heavy / MAX_COST).toBeGreaterThan(16);
  });
});

describe('the ceiling over HTTP', () => {
  it('refuses the query of issue 15 before it runs: 400 LIMIT_EXCEEDED with the estimated cost and the ceiling', async () => {
    const search = vi.spyOn(store, 'search');
    const answer = await post({ query: HEAVY_QUERY });
    const heavy = cost(HEAVY_QUERY);
    expect(answer).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: `Query cost ${heavy.toLocaleString('en-US')} is over the limit of ${MAX_COST.toLocaleString('en-US')}: the answer could hold that many objects. Ask for less: a smaller limit or first, fewer aliases, fewer nested lists.`,
            extensions: { code: 'LIMIT_EXCEEDED', limit: 'cost', cost: heavy, maxCost: MAX_COST },
          },
        ],
      },
    });
    expect(search).not.toHaveBeenCalled();
    search.mockRestore();
  });

  it('refuses by the variables sent, not only the literal arguments, and keeps no verdict across them', async () => {
    const query =
      'query ($n: Int) { a: search(text: "e", limit: $n) { relations { node { evidence { quote } } } } b: search(text: "e", limit: $n) { id } }';
    const small = await post({ query, variables: { n: 1 } });
    const large = await post({ query, variables: { n: 100 } });
    const again = await post({ query, variables: { n: 1 } });
    const codes = (answer: { body: unknown }) => JSON.stringify(answer.body).match(/"code":"[A-Z_]+"/g) ?? [];
    expect([small.status, codes(small), large.status, codes(large), again.status, codes(again)]).toEqual([
      200,
      [],
      400,
      ['"code":"LIMIT_EXCEEDED"'],
      200,
      [],
    ]);
  });
});

/**
 * Every question of the viewer, with arguments that exist in the fixture. A method the viewer
 * gains must be added here (the test fails until it is); one it loses is skipped.
 */
const VIEWER_CALLS: Record<string, unknown[]> = {
  documents: [],
  graph: [],
  neighborhood: ['azam-ishmael'],
  path: ['azam-ishmael', 'social-media-platform'],
  nodeEvidence: ['azam-ishmael'],
  search: ['caley'],
  briefings: [],
  incidents: [],
  trace: ['account-breach-2021'],
  paragraph: [ISHMAEL_DOCUMENT_ID, 5],
  documentText: [ISHMAEL_DOCUMENT_ID],
  textSearch: ['briefing'],
  paths: ['azam-ishmael', 'social-media-platform', { without: [], avoid: [] }],
  documentGraph: [ISHMAEL_DOCUMENT_ID],
  claims: [null, ISHMAEL_DOCUMENT_ID],
  disagreements: [null, null],
  timeline: [null, null],
};

describe("the viewer's questions", () => {
  // The largest is the whole graph (2000 nodes with 20 quotes each, 2000 edges): about a tenth.
  it('are each answered, at least 8 times below the ceiling (the ratios are printed)', async () => {
    const sent: { query: string; variables: Record<string, unknown> }[] = [];
    const api = createApi(async (input, init) => {
      const body: unknown = JSON.parse(String(init.body));
      if (typeof body === 'object' && body !== null && 'query' in body && typeof body.query === 'string') {
        const variables =
          'variables' in body && typeof body.variables === 'object' && body.variables !== null
            ? Object.fromEntries(Object.entries(body.variables))
            : {};
        sent.push({ query: body.query, variables });
      }
      return app.fetch(`http://localhost${input}`, init);
    });
    expect(Object.keys(api).filter((name) => !(name in VIEWER_CALLS))).toEqual([]);
    const ratios: Record<string, number> = {};
    for (const [name, args] of Object.entries(VIEWER_CALLS)) {
      const method: unknown = Reflect.get(api, name);
      if (typeof method !== 'function') continue;
      const before = sent.length;
      await method.apply(api, args);
      for (const { query, variables } of sent.slice(before)) ratios[name] = Math.max(ratios[name] ?? 0, cost(query, variables) / MAX_COST);
    }
    console.info(
      `viewer query cost / ceiling (${MAX_COST.toLocaleString('en-US')}):\n${Object.entries(ratios)
        .map(([name, ratio]) => `  ${name.padEnd(13)} ${ratio.toFixed(4)} (${Math.round(1 / ratio).toLocaleString('en-US')}× below)`)
        .join('\n')}`,
    );
    expect(Object.keys(ratios).sort()).toEqual(Object.keys(api).sort());
    expect(Object.entries(ratios).filter(([, ratio]) => ratio > 1 / 8)).toEqual([]);
  });
});
