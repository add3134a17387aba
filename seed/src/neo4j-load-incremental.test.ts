// Incremental loads against a real Neo4j: adding, changing and removing a document each give the
// database a full load of the same data gives (every node, relationship and property compared), in
// one transaction, and a second run changes nothing. The data: the pinned Ishmael fixture and the
// fictional Whitlock summary (test/fixtures/extra), which shares entities with it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../graph/src/model.ts';
import { EXTRA_DATA_DIR, FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { databaseFingerprint } from '../../test/graph-fingerprint.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import { toNeo4jRows } from '../../graph/src/neo4j-rows.ts';
import { LOAD_FORMAT, loadIntoNeo4j } from './neo4j-load.ts';
import { BUCKETS, groupRows, planIncremental } from './neo4j-load-incremental.ts';
import { loadGraph } from './pipeline.ts';

const WHITLOCK = 'fictional-interview-summary-dana-whitlock';

/** The Whitlock annotation without Priya Ostrander (and her three relations) or the PRECEDED relation, and another description. */
function changedWhitlock(yaml: string): string {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.includes('- id: priya-ostrander'));
  const end = lines.findIndex((l, i) => i > start && l.startsWith('  - id:'));
  return [...lines.slice(0, start), ...lines.slice(end)]
    .filter((l) => !l.includes('source: priya-ostrander') && !l.includes('type: PRECEDED'))
    .join('\n')
    .replace(
      'description: Campaign Manager of the Meadowlark Party (fictional).',
      'description: Campaign Manager (fictional), since 2020.',
    );
}

describe.runIf(hasNeo4j)('an incremental load', () => {
  let driver: Driver;
  let dir: string;
  type Name = 'ishmael' | 'both' | 'changed';
  const loaded = new Map<Name, GraphData>();
  /** A graph beforeAll built. */
  const graph = (name: Name): GraphData => {
    const found = loaded.get(name);
    if (!found) throw new Error(`no graph ${name}`);
    return found;
  };
  const database = neo4jConfig()?.database ?? 'neo4j';
  const lines: string[] = [];
  const load = (graph: GraphData, reset = false) => loadIntoNeo4j(driver, database, graph, { reset, log: (line) => lines.push(line) });
  /** What a full load of `graph` leaves in the database. */
  const fullDump = async (graph: GraphData) => {
    await load(graph, true);
    return databaseFingerprint(driver, database);
  };

  beforeAll(async () => {
    driver = await openDriver({ disableLosslessIntegers: true });
    dir = await mkdtemp(join(tmpdir(), 'tg-incremental-'));
    for (const folder of [FIXTURE_DATA_DIR, EXTRA_DATA_DIR]) await cp(folder, join(dir, 'both'), { recursive: true });
    await cp(join(dir, 'both'), join(dir, 'changed'), { recursive: true });
    const annotation = join(dir, 'changed', 'annotations', `${WHITLOCK}.yaml`);
    await writeFile(annotation, changedWhitlock(await readFile(annotation, 'utf8')));
    loaded.set('ishmael', await loadGraph(FIXTURE_DATA_DIR));
    loaded.set('both', await loadGraph(join(dir, 'both')));
    loaded.set('changed', await loadGraph(join(dir, 'changed')));
  });
  afterAll(async () => {
    // The other suites find the fixture's graph, as they expect.
    await load(graph('ishmael'), true);
    await driver?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('of an added, a changed and a removed document each leaves what a full load leaves', { timeout: 180_000 }, async () => {
    const expected = {
      both: await fullDump(graph('both')),
      changed: await fullDump(graph('changed')),
      ishmael: await fullDump(graph('ishmael')),
    };
    // The change removes a node and four relations and edits another node: the three graphs differ.
    expect(new Set(Object.values(expected).map((d) => d.hash)).size).toBe(3);
    const steps: [Name, string][] = [
      ['both', `Incremental load: 1 document(s) added (${WHITLOCK}), 0 changed, 0 removed, 2 in all`],
      ['changed', `Incremental load: 0 document(s) added, 1 changed (${WHITLOCK}), 0 removed, 2 in all`],
      ['ishmael', `Incremental load: 0 document(s) added, 0 changed, 1 removed (${WHITLOCK}), 1 in all`],
    ];
    for (const [name, said] of steps) {
      lines.length = 0;
      const summary = await load(graph(name));
      expect({ path: summary.path, said: lines.find((l) => l.startsWith('Incremental load:'))?.split(';')[0] }).toEqual({
        path: 'incremental',
        said,
      });
      expect(await databaseFingerprint(driver, database)).toEqual(expected[name]);
      // The summary's totals, counted without a scan, are the database's (plus its one :SeedInfo node).
      expect({ nodes: summary.totalNodes + 1, relationships: summary.totalRelationships }).toEqual({
        nodes: expected[name].nodes,
        relationships: expected[name].relationships,
      });
    }
  });

  it('writes only the document that differs, and nothing at all the second time', { timeout: 120_000 }, async () => {
    await load(graph('ishmael'), true);
    lines.length = 0;
    const added = await load(graph('both'));
    const whitlock = graph('both').documents.find((d) => d.id === WHITLOCK);
    // Its document, sections and paragraphs, and the nodes it brings (those it shares exist already).
    const own = graph('both').nodes.filter((n) => n.evidence.every((e) => e.document === WHITLOCK)).length;
    expect(added.nodesCreated).toBe(1 + (whitlock?.sections.length ?? 0) + (whitlock?.paragraphs.length ?? 0) + own);
    expect(added.nodesDeleted).toBe(0);
    const after = await databaseFingerprint(driver, database);
    lines.length = 0;
    const again = await load(graph('both'));
    expect({
      path: again.path,
      created: again.nodesCreated + again.relationshipsCreated,
      deleted: again.nodesDeleted + again.relationshipsDeleted,
    }).toEqual({
      path: 'incremental',
      created: 0,
      deleted: 0,
    });
    expect(lines.find((l) => l.startsWith('Incremental load:'))).toBe(
      `Incremental load: 0 document(s) added, 0 changed, 0 removed, 2 in all; 0 of ${graph('both').nodes.length} entities and 0 of ${graph('both').edges.length} relations written again`,
    );
    expect(await databaseFingerprint(driver, database)).toEqual(after);
  });

  it('is a full load, saying why, from an empty database, with --reset, or when most documents differ', { timeout: 120_000 }, async () => {
    const fullLine = async (graph: GraphData, reset: boolean) => {
      lines.length = 0;
      const summary = await load(graph, reset);
      return [summary.path, lines.find((l) => l.startsWith('Full load:'))];
    };
    expect(await fullLine(graph('ishmael'), true)).toEqual(['full', 'Full load: the previous graph was removed (--reset)']);
    // Ishmael alone → Whitlock alone: one added and one removed of two.
    expect(await fullLine(await loadGraph(EXTRA_DATA_DIR), false)).toEqual(['full', 'Full load: 2 of 2 documents differ']);
    await driver.executeQuery(
      'MATCH (n) WHERE n:Entity OR n:Document OR n:Section OR n:Paragraph OR n:SeedInfo DETACH DELETE n',
      {},
      { database },
    );
    expect(await fullLine(graph('ishmael'), false)).toEqual(['full', 'Full load: the database holds no graph']);
  });
});

describe('the plan of an incremental load', () => {
  it('is none, saying why, when the stored digests are in another number of buckets', async () => {
    const grouped = groupRows(toNeo4jRows(await loadGraph(FIXTURE_DATA_DIR)));
    const { digests } = grouped;
    const stored = {
      fingerprint: 'an earlier graph',
      format: LOAD_FORMAT,
      buckets: 1024,
      digests: { ...digests, nodeBuckets: digests.nodeBuckets.slice(0, 1024), edgeBuckets: digests.edgeBuckets.slice(0, 1024) },
    };
    expect(planIncremental(stored, LOAD_FORMAT, grouped)).toBe(`the stored graph's digests are in 1024 buckets, this seed's in ${BUCKETS}`);
    // The same digests in this seed's buckets: a plan, with nothing to write.
    const same = planIncremental({ ...stored, buckets: BUCKETS, digests }, LOAD_FORMAT, grouped);
    expect(
      typeof same === 'string' ? same : [same.added, same.changed, same.removed, same.rows.nodes.length, same.rows.edges.length],
    ).toEqual([[], [], [], 0, 0]);
  });
});
