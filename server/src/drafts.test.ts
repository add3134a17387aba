// Drafts (seeded with --drafts: `draft: true` on a node or relation) reach the API's Node, Relation,
// GraphNode and GraphEdge as `draft`, from the memory store and through the Neo4j rows and records.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { toNeo4jRows } from '../../graph/src/neo4j-rows.ts';
import type { GraphData } from '../../graph/src/model.ts';
import { loadGraph, loadIntoNeo4j } from '../../seed/index.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import { createApp } from './app.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { createNeo4jStore } from './store/neo4j-store.ts';
import type { GraphStore } from './store/types.ts';
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

async function ask(graph: GraphData | GraphStore, query: string): Promise<unknown> {
  const store = 'nodes' in graph ? createMemoryStore(graph) : graph;
  const app = createApp({ store, logger: false, viewerDir: fileURLToPath(new URL('./no-viewer/', import.meta.url)) });
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
    const answer = (await ask(
      graph,
      `{ graph { nodes { id draft } edges { id draft } } node(id: "${DRAFT_NODE}") { draft relations { id draft } } }`,
    )) as {
      data: {
        graph: { nodes: { id: string; draft: boolean }[]; edges: { id: string; draft: boolean }[] };
        node: { draft: boolean; relations: { id: string; draft: boolean }[] };
      };
    };
    const { graph: sub, node } = answer.data;
    expect({
      nodes: sub.nodes.filter((n) => n.draft).map((n) => n.id),
      edges: sub.edges
        .filter((e) => e.draft)
        .map((e) => e.id)
        .sort(),
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

/** What the viewer asks, with the draft flags: graph, a neighbourhood and one node's relations. */
const DRAFT_QUERY = `{
  graph(limit: 5000) { nodes { id draft } edges { id draft } }
  neighborhood(id: "${DRAFT_NODE}") { nodes { id draft } edges { id draft } }
  node(id: "${DRAFT_NODE}") { draft relations { id draft } }
}`;

/** Ids in a stable order, so two stores' answers compare as whole values. */
function sorted(answer: unknown): unknown {
  return JSON.parse(JSON.stringify(answer), (_key, value: unknown) =>
    Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null && 'id' in v)
      ? [...value].sort((a, b) => String(a.id).localeCompare(String(b.id)))
      : value,
  );
}

describe.runIf(hasNeo4j)('drafts in the API on Neo4j', () => {
  const settings = neo4jConfig();
  let driver: Driver;
  let plain: GraphData;
  beforeAll(async () => {
    driver = await openDriver({ disableLosslessIntegers: true });
    plain = await loadGraph(FIXTURE_DATA_DIR);
  }, 60_000);
  afterAll(async () => {
    // The other Neo4j suites expect the fixture graph, as they leave it.
    if (settings && plain) await loadIntoNeo4j(driver, settings.database, plain, { reset: true });
    await driver?.close();
  }, 60_000);

  it('answers with the same draft flags as the memory store, compact subgraphs included', async () => {
    if (!settings) return;
    const { graph } = await draftedGraph();
    await loadIntoNeo4j(driver, settings.database, graph, { reset: true });
    const store = await createNeo4jStore(settings);
    try {
      const fromNeo4j = sorted(await ask(store, DRAFT_QUERY));
      expect(fromNeo4j).toEqual(sorted(await ask(graph, DRAFT_QUERY)));
      expect(JSON.stringify(fromNeo4j)).toContain('"draft":true');
    } finally {
      await store.close();
    }
  }, 120_000);
});
