// cypher/neighborhood.cypher finds the relations between members in three ways by their degree:
// from a sparse member (its own relations), into a sparse member from a dense one, and between two
// dense members (one typed Expand(Into) per relation type). The seed's test graph has no member
// with more than 50 relations, so the last two never run on it; the synthetic corpus here does:
// its shared entities (parties, the SITE briefings, the task force) are cited by every document.
// Every neighbourhood is checked against the in-memory store, which computes the induced subgraph
// directly, so each relation between two members must come back exactly once.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../graph/src/model.ts';
import { loadGraph, loadIntoNeo4j } from '../seed/index.ts';
import { createMemoryStore } from '../server/src/store/memory-store.ts';
import { createNeo4jStore } from '../server/src/store/neo4j-store.ts';
import type { GraphStore } from '../server/src/store/types.ts';
import { FIXTURE_DATA_DIR } from '../test/fixtures.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../test/neo4j.ts';
import { corpusInTempDir, type DocumentManifest } from './corpus.ts';

/** Neo4j's dense_node_threshold, the degree past which neighborhood.cypher treats a member as a hub */
const DENSE = 50;

describe.runIf(hasNeo4j)('neighbourhoods through hubs, on a corpus of 20 documents', () => {
  let driver: Driver;
  let graph: GraphData;
  let docs: DocumentManifest[];
  let neo: GraphStore;
  let memory: GraphStore;
  const database = neo4jConfig()?.database ?? 'neo4j';
  beforeAll(async () => {
    driver = await openDriver();
    const { dir, corpus, remove } = await corpusInTempDir({ documents: 20 });
    try {
      graph = await loadGraph(dir);
      docs = corpus.map((d) => d.manifest);
      await loadIntoNeo4j(driver, database, graph, { reset: true });
    } finally {
      await remove();
    }
    const settings = neo4jConfig();
    if (!settings) throw new Error('hasNeo4j but no Neo4j settings');
    // A generous timeout: the first neighbourhood plans a query of many branches on a shared, loaded machine.
    neo = await createNeo4jStore(settings, { queryTimeoutMs: 60_000 });
    memory = createMemoryStore(graph);
  }, 240_000);
  afterAll(async () => {
    await neo?.close();
    await memory?.close();
    // Leave the seed graph in place, as the other Neo4j suites expect.
    await loadIntoNeo4j(driver, database, await loadGraph(FIXTURE_DATA_DIR), { reset: true });
    await driver.close();
  }, 120_000);

  const degrees = async (ids: readonly string[]): Promise<Map<string, number>> => {
    const result = await driver.executeQuery(
      'UNWIND $ids AS id MATCH (m:Entity {id: id}) RETURN id, COUNT { (m)--() } AS degree',
      { ids },
      { database },
    );
    return new Map(result.records.map((r) => [String(r.get('id')), Number(r.get('degree'))]));
  };

  it('returns the same nodes and relations as the in-memory store around an interviewee, a hub and a hub pair', async () => {
    const first = docs[0];
    if (!first) throw new Error('no documents');
    // The interviewee's party and briefings are hubs; a briefing's neighbourhood holds the task
    // force that ORGANIZED it, another hub, so that relation is one between two dense members.
    const questions: [string, number][] = [
      [first.interviewee, 1],
      [first.interviewee, 2],
      ['site-briefings-2019', 1],
      ['liberal-party', 1],
      [first.incidents[0] ?? '', 1],
    ];
    let denseToDense = 0;
    for (const [id, depth] of questions) {
      const ours = await neo.neighborhood(id, depth);
      expect(ours, `neighborhood ${id} ${depth}`).toEqual(await memory.neighborhood(id, depth));
      if (!ours) throw new Error(`no neighbourhood for ${id}`);
      const degree = await degrees(ours.nodes.map((n) => n.id));
      const dense = (nodeId: string) => (degree.get(nodeId) ?? 0) > DENSE;
      denseToDense += ours.edges.filter((e) => dense(e.source) && dense(e.target)).length;
      expect(new Set(ours.edges.map((e) => e.id)).size, `each relation once: ${id} ${depth}`).toBe(ours.edges.length);
    }
    // The branches for hubs ran and found something: not a test of the sparse branch alone.
    expect(denseToDense).toBeGreaterThan(0);
  }, 120_000);
});
