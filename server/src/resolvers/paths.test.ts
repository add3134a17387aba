// Query.paths through the whole app on the in-memory store: what a client sends and gets back, and
// the checks on its arguments (the store contract, contract-paths.ts, pins the paths themselves).
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../seed/index.ts';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';
import { createApp, GRAPHQL_PATH } from '../app.ts';
import { createMemoryStore } from '../store/memory-store.ts';

const app = createApp({ store: createMemoryStore(await loadGraph(FIXTURE_DATA_DIR)), logger: false });

async function ask(variables: Record<string, unknown>) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({
      query: `query($from: ID!, $to: ID!, $first: Int, $without: [RelationType!], $avoid: [ID!]) {
        paths(from: $from, to: $to, first: $first, without: $without, avoid: $avoid) { nodes { id } edges { type } }
      }`,
      variables,
    }),
  });
  const body = (await response.json()) as {
    data?: { paths?: Array<{ nodes: Array<{ id: string }>; edges: Array<{ type: string }> }> } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return {
    paths: body.data?.paths?.map((p) => p.nodes.map((n) => n.id)) ?? null,
    errors: (body.errors ?? []).map((e) => [e.extensions?.code, e.message]),
  };
}

describe('Query.paths', () => {
  it('answers with the shortest paths, leaving out what it is asked to', async () => {
    expect(await ask({ from: 'braeden-caley', to: 'mathieu-lafrance' })).toEqual({
      paths: [
        ['braeden-caley', 'liberal-party', 'mathieu-lafrance'],
        ['braeden-caley', 'site-briefings-2019', 'mathieu-lafrance'],
      ],
      errors: [],
    });
    expect(await ask({ from: 'braeden-caley', to: 'mathieu-lafrance', without: ['ATTENDED'], avoid: ['site-briefings-2021'] })).toEqual({
      paths: [['braeden-caley', 'liberal-party', 'mathieu-lafrance']],
      errors: [],
    });
  });

  it('refuses to avoid an end of the path, more than five paths, and an unknown relation type, saying which', async () => {
    expect(await ask({ from: 'braeden-caley', to: 'mathieu-lafrance', avoid: ['mathieu-lafrance'] })).toEqual({
      paths: null,
      errors: [['BAD_USER_INPUT', 'avoid names "mathieu-lafrance", an end of the path: a path cannot leave out its own ends.']],
    });
    expect(await ask({ from: 'braeden-caley', to: 'mathieu-lafrance', first: 6 })).toEqual({
      paths: null,
      errors: [['LIMIT_EXCEEDED', 'first must be between 1 and 5; it was 6.']],
    });
    const unknown = await ask({ from: 'braeden-caley', to: 'mathieu-lafrance', without: ['KNOWS'] });
    expect(unknown.errors.map(([code]) => code)).toEqual(['BAD_USER_INPUT']);
  });
});
