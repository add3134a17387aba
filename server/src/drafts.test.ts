// Drafts (seeded with --drafts: `draft: true` on a node or relation) reach the API's Node, Relation,
// GraphNode and GraphEdge as `draft`, from the memory store and through the Neo4j rows and records.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toNeo4jRows } from '../../graph/src/neo4j-rows.ts';
import type { GraphData } from '../../graph/src/model.ts';
import { loadGraph } from '../../seed/index.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { createApp } from './app.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { toCompactEdge, toGraphEdge, toGraphNode } from './store/neo4j-records.ts';

const DRAFT_NODE = 'braeden-caley';

/** The fixture graph with one node and its relations marked as drafts, as `npm run seed -- --drafts` marks them. */
async function draftedGraph(): Promise<{ graph: GraphData; draftEdges: string[] }> {
  const graph = await loadGraph(FIXTURE_DATA_DIR);
  const draftEdges = graph.edges.filter((e) => e.source === DRAFT_NODE || e.target === DRAFT_NODE).map((e) => e.id);
  return {
    draftEdges,
    graph: {
      ...graph,
      nodes: graph.nodes.map((n) => (n.id === DRAFT_NODE ? { ...n, draft: true } : n)),
      edges: graph.edges.map((e) => (draftEdges.includes(e.id) ? { ...e, draft: true } : e)),
    },
  };
}

async function ask(graph: GraphData, query: string): Promise<unknown> {
  const app = createApp({ store: createMemoryStore(graph), logger: false, viewerDir: fileURLToPath(new URL('./no-viewer/', import.meta.url)) });
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe('drafts in the API', () => {
  it('marks draft nodes and relations in graph, node and its relations, and no others', async () => {
    const { graph, draftEdges } = await draftedGraph();
    expect(draftEdges.length).toBeGreaterThan(0);
    const answer = (await ask(graph, `{ graph { nodes { id draft } edges { id draft } } node(id: "${DRAFT_NODE}") { draft relations { id draft } } }`)) as {
      data: { graph: { nodes: { id: string; draft: boolean }[]; edges: { id: string; draft: boolean }[] }; node: { draft: boolean; relations: { id: string; draft: boolean }[] } };
    };
    const { graph: sub, node } = answer.data;
    expect({
      nodes: sub.nodes.filter((n) => n.draft).map((n) => n.id),
      edges: sub.edges.filter((e) => e.draft).map((e) => e.id).sort(),
      node: node.draft,
      relations: node.relations.every((r) => r.draft),
    }).toEqual({ nodes: [DRAFT_NODE], edges: [...draftEdges].sort(), node: true, relations: true });
  });

  it('carries draft through the Neo4j rows and back, in the full and the compact relation forms, never as a curated property', async () => {
    const { graph, draftEdges } = await draftedGraph();
    const rows = toNeo4jRows(graph);
    const nodeRow = rows.nodes.find((n) => n.id === DRAFT_NODE);
    const plainRow = rows.nodes.find((n) => n.id === 'azam-ishmael');
    const edgeRow = rows.edges.find((e) => e.id === draftEdges[0]);
    const node = toGraphNode(nodeRow?.props);
    const edge = toGraphEdge({ type: edgeRow?.type, source: edgeRow?.source, target: edgeRow?.target, props: edgeRow?.props });
    // The compact form sends every property the graph does not define as a [key, value] pair.
    const { id, evidenceDocuments, evidenceParagraphs, evidenceQuotes, attendanceKey: _key, ...pairs } = edgeRow?.props ?? {};
    const compact = toCompactEdge(
      [id, edgeRow?.type, edgeRow?.source, edgeRow?.target, evidenceDocuments, evidenceParagraphs, evidenceQuotes, Object.entries(pairs)],
      'edge',
    );
    const original = graph.edges.find((e) => e.id === draftEdges[0]);
    expect({
      node: [node.draft, node.properties?.['draft']],
      plain: [toGraphNode(plainRow?.props).draft, 'draft' in (plainRow?.props ?? {})],
      edge: [edge.draft, edge.properties],
      compact: [compact.draft, compact.properties],
    }).toEqual({
      node: [true, undefined],
      plain: [undefined, false],
      edge: [true, original?.properties],
      compact: [true, original?.properties],
    });
  });
});
