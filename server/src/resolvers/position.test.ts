// Node.position and GraphNode.position over GraphQL (issue 16 item 1): the seed's overview layout as
// a client reads it, on the in-memory store over the fictional fixture corpus. That both stores hold
// the same positions is the corpus contract's (store/contract-corpus.ts).
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/src/model.ts';
import { loadGraph } from '../../../seed/index.ts';
import { FIXTURE_CORPUS_DIR } from '../../../test/fixtures.ts';
import { createApp, GRAPHQL_PATH } from '../app.ts';
import { createMemoryStore } from '../store/memory-store.ts';

const seed = await loadGraph(FIXTURE_CORPUS_DIR);

async function ask(graph: GraphData, query: string, variables?: Record<string, unknown>) {
  const app = createApp({ store: createMemoryStore(graph), logger: false });
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body: { data?: Record<string, unknown> | null; errors?: { message: string }[] } = await response.json();
  return { data: body.data ?? null, errors: (body.errors ?? []).map((e) => e.message) };
}

describe('the overview position over GraphQL', () => {
  it('answers graph with every node at the position the seed gave it', async () => {
    const { data, errors } = await ask(seed, `query($limit: Int) { graph(limit: $limit) { nodes { id position { x y } } } }`, {
      limit: seed.nodes.length,
    });
    expect(errors).toEqual([]);
    const sorted = [...seed.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(data?.graph).toEqual({ nodes: sorted.map((n) => ({ id: n.id, position: n.position })) });
  });

  it('answers node(id:) with its position, and its related nodes with theirs', async () => {
    const hub = [...seed.nodes].sort((a, b) => b.evidence.length - a.evidence.length)[0];
    if (!hub) throw new Error('the corpus has no nodes');
    const { data, errors } = await ask(
      seed,
      `query($id: ID!) { node(id: $id) { position { x y } relations { node { id position { x y } } } } }`,
      {
        id: hub.id,
      },
    );
    expect(errors).toEqual([]);
    const record = await createMemoryStore(seed).node(hub.id, { withRelations: true });
    expect(record?.relations?.length).toBeGreaterThan(0);
    const at = new Map(seed.nodes.map((n) => [n.id, n.position]));
    expect(data?.node).toEqual({
      position: hub.position,
      relations: (record?.relations ?? []).map((r) => ({ node: { id: r.node.id, position: at.get(r.node.id) } })),
    });
  });

  it('answers null for a node the graph gives no position (a graph built without the seed)', async () => {
    const [first, ...rest] = seed.nodes;
    if (!first) throw new Error('the corpus has no nodes');
    const { position: _p, ...unplaced } = first;
    const { data, errors } = await ask({ ...seed, nodes: [unplaced, ...rest] }, `query($id: ID!) { node(id: $id) { id position { x } } }`, {
      id: first.id,
    });
    expect(errors).toEqual([]);
    expect(data?.node).toEqual({ id: first.id, position: null });
  });
});
