import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import type { GraphData } from '../../graph/src/model.ts';
import { cypher } from '../../graph/src/cypher.ts';
import { INTERVIEW_PARAGRAPH } from '../../graph/src/interview.ts';
import { countGraph, loadIntoNeo4j } from './neo4j-load.ts';
import { loadGraph } from './pipeline.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

describe.runIf(hasNeo4j)('loading the seed graph into a real Neo4j', () => {
  let driver: Driver;
  let graph: GraphData;
  const database = neo4jConfig()?.database ?? 'neo4j';
  const read = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database, routing: 'READ' })).records.map((r) => r.toObject());

  beforeAll(async () => {
    driver = await openDriver({ disableLosslessIntegers: true });
    graph = await loadGraph(FIXTURE_DATA_DIR);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('loads every document, paragraph, node, edge, evidence link and mention', async () => {
    const summary = await loadIntoNeo4j(driver, database, graph, { reset: true });
    const paragraphs = graph.documents.reduce((n, d) => n + d.paragraphs.length, 0);
    const sections = graph.documents.reduce((n, d) => n + d.sections.length, 0);
    expect(summary.totalNodes).toBe(graph.documents.length + sections + paragraphs + graph.nodes.length);
    // The Interview's evidence cites the header (INTERVIEW_PARAGRAPH), which is no Paragraph node: no EVIDENCED_BY for it.
    const evidenceLinks = new Set(
      graph.nodes.flatMap((n) =>
        n.evidence.filter((e) => e.paragraph !== INTERVIEW_PARAGRAPH).map((e) => `${n.id} ${e.paragraph} ${e.quote}`),
      ),
    ).size;
    // HAS_SECTION + HAS_PARAGRAPH + IN_SECTION + curated edges + EVIDENCED_BY + MENTIONS
    expect(summary.totalRelationships).toBe(sections + paragraphs * 2 + graph.edges.length + evidenceLinks + graph.mentions.length);
    // From --reset the totals are what the transaction created: the database agrees.
    expect(await countGraph(driver, database)).toEqual({ nodes: summary.totalNodes, relationships: summary.totalRelationships });
    expect(await read('MATCH (n:Entity) RETURN n.kind AS kind, count(*) AS n ORDER BY kind')).toEqual(
      Object.entries(
        graph.nodes.reduce<Record<string, number>>((acc, n) => {
          acc[n.kind] = (acc[n.kind] ?? 0) + 1;
          return acc;
        }, {}),
      )
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([kind, n]) => ({ kind, n })),
    );
  });

  it('labels each entity with its kind and keeps the quote behind every relationship', async () => {
    expect(await read("MATCH (n:Person:Entity {id: 'braeden-caley'}) RETURN n.name AS name, n.aliases AS aliases")).toEqual([
      { name: 'Braeden Caley', aliases: ['Mr. Caley'] },
    ]);
    const rows = await read(
      "MATCH (:Person {id: 'mathieu-lafrance'})-[r:ATTENDED]->(b:Briefing) RETURN b.id AS briefing, r.evidenceParagraphs AS paragraphs, r.evidenceQuotes AS quotes",
    );
    expect(rows).toEqual([
      {
        briefing: 'site-briefings-2019',
        paragraphs: [5, 6],
        quotes: [
          'The other two Party representatives were Braeden Caley and Mathieu Lafrance.',
          'The three men all attended the SITE briefings when they could',
        ],
      },
    ]);
    const withoutEvidence = await read(
      'MATCH (a:Entity)-[r]->(b:Entity) WHERE size(r.evidenceQuotes) = 0 OR r.evidenceQuotes IS NULL RETURN count(r) AS n',
    );
    expect(withoutEvidence).toEqual([{ n: 0 }]);
    expect(
      await read("MATCH (:Entity {id: 'site-task-force'})-[e:EVIDENCED_BY]->(p:Paragraph) RETURN p.number AS p, e.quote AS quote"),
    ).toEqual([{ p: 5, quote: 'Security and Intelligence Threats to Election Task Force (SITE)' }]);
  });

  it('changes nothing on a second run', async () => {
    const before = await countGraph(driver, database);
    const again = await loadIntoNeo4j(driver, database, graph);
    expect(again).toMatchObject({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
    expect(await countGraph(driver, database)).toEqual(before);
    expect({ nodes: again.totalNodes, relationships: again.totalRelationships }).toEqual(before);
  });

  it('loads into a database without the graph (no --reset) to the same graph, with nothing to prune', async () => {
    const before = await countGraph(driver, database);
    await driver.executeQuery(cypher('seed/reset'), {}, { database });
    expect(await countGraph(driver, database)).toEqual({ nodes: 0, relationships: 0 });
    const lines: string[] = [];
    const fresh = await loadIntoNeo4j(driver, database, graph, { log: (line) => lines.push(line) });
    expect(lines).toContain('  prune: nothing to remove (the load started from no graph)');
    expect(fresh).toMatchObject({
      nodesDeleted: 0,
      relationshipsDeleted: 0,
      totalNodes: before.nodes,
      totalRelationships: before.relationships,
    });
    expect(await countGraph(driver, database)).toEqual(before);
    expect(await loadIntoNeo4j(driver, database, graph)).toMatchObject({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
    });
  });

  it('mirrors the data: what the annotations no longer hold is removed, and --reset rebuilds', async () => {
    const fewer: GraphData = {
      ...graph,
      nodes: graph.nodes.filter((n) => n.id !== 'russia'),
      edges: graph.edges.filter((e) => e.source !== 'russia' && e.target !== 'russia'),
      mentions: graph.mentions.filter((m) => m.entity !== 'russia'),
    };
    await loadIntoNeo4j(driver, database, fewer);
    expect(await read("MATCH (n:Entity {id: 'russia'}) RETURN count(n) AS n")).toEqual([{ n: 0 }]);
    const full = await loadIntoNeo4j(driver, database, graph, { reset: true });
    expect(await read("MATCH (n:Entity {id: 'russia'})-[:PERFORMED]->(i:Incident) RETURN i.id AS i")).toEqual([
      { i: 'russian-interference-2016' },
    ]);
    // --reset deleted the 106 nodes left and created all 107 again.
    expect(full.nodesCreated - full.nodesDeleted).toBe(1);
  });

  it('leaves the previous graph intact when a load fails part-way', async () => {
    const before = await countGraph(driver, database);
    const renamed = graph.nodes.map((n) => (n.id === 'azam-ishmael' ? { ...n, name: 'Renamed' } : n));
    const lastEdge = graph.edges.at(-1);
    if (!lastEdge) throw new Error('the seed graph has no edges');
    // A nested map is not a valid Neo4j property: the edge batch fails after the node batches ran.
    const broken = {
      ...graph,
      nodes: renamed,
      edges: [...graph.edges.slice(0, -1), { ...lastEdge, properties: { nested: { not: 'allowed' } } }],
    } as unknown as GraphData;
    await expect(loadIntoNeo4j(driver, database, broken, { batchSize: 10 })).rejects.toThrow();
    expect(await countGraph(driver, database)).toEqual(before);
    expect(await read("MATCH (n:Entity {id: 'azam-ishmael'}) RETURN n.name AS name")).toEqual([{ name: 'Azam Ishmael' }]);
  });
});
