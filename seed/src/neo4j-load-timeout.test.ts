// The load's time limit and progress, through a TCP relay to the test Neo4j: a Neo4j that stops
// answering mid-transaction ends the load at its limit, with lines said while it waits, and the
// previous graph intact even once Neo4j answers again; a Neo4j that goes away is reported at once.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDriver as openAppDriver } from '../../graph/src/neo4j-connection.ts';
import type { GraphData } from '../../graph/src/model.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { databaseFingerprint } from '../../test/graph-fingerprint.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import { freezableRelay } from '../../test/tcp-relay.ts';
import { LoadTimeoutError, loadIntoNeo4j } from './neo4j-load.ts';
import { loadGraph } from './pipeline.ts';

/** Scheduling on a busy two-core machine: how late an answer may be past its limit. */
const MARGIN_MS = 2_000;

describe.runIf(hasNeo4j)('a load against a Neo4j that stops answering', () => {
  const conn = neo4jConfig();
  const database = conn?.database ?? 'neo4j';

  /** A relay in front of the test Neo4j, which a test can freeze or cut, and a driver that goes through it. */
  async function throughRelay() {
    const target = new URL((conn?.uri ?? '').replace(/^neo4j/, 'bolt'));
    const relay = await freezableRelay(target.hostname, Number(target.port));
    const relayed = openAppDriver({
      uri: `bolt://127.0.0.1:${relay.port}`,
      user: conn?.user ?? 'neo4j',
      password: conn?.password ?? '',
      database,
    });
    return { relay, relayed };
  }
  let driver: Driver;
  let graph: GraphData;
  beforeAll(async () => {
    driver = await openDriver();
    graph = await loadGraph(FIXTURE_DATA_DIR);
    await loadIntoNeo4j(driver, database, graph);
  });
  afterAll(async () => {
    await driver?.close();
  });

  /** A graph that differs from the stored one, so a load of it that went through would show. */
  const changed = (): GraphData => ({
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === 'azam-ishmael' ? { ...n, name: 'Azam Ishmael (changed)' } : n)),
  });

  it('ends at its time limit when Neo4j hangs mid-transaction, says it is waiting meanwhile, and commits nothing', {
    timeout: 60_000,
  }, async () => {
    const { relay, relayed } = await throughRelay();
    const before = await databaseFingerprint(driver, database);
    const lines: string[] = [];
    const started = performance.now();
    try {
      const outcome = await loadIntoNeo4j(relayed, database, changed(), {
        timeoutMs: 3_000,
        progressIntervalMs: 1_000,
        log: (line) => {
          lines.push(line);
          // Neo4j stops answering once the transaction is open: what `npm run seed` met with a stopped Neo4j.
          if (line.startsWith('Writing the graph')) relay.freeze();
        },
      }).then(
        () => 'loaded',
        (error: unknown) => (error instanceof LoadTimeoutError ? error.message : `not a LoadTimeoutError: ${String(error)}`),
      );
      const ms = performance.now() - started;
      expect({
        outcome: outcome.replace(/came \d+ s before/, 'came N s before'),
        waited: lines.filter((l) => l.startsWith('  still waiting for Neo4j')).length >= 1,
        firstLines: lines.slice(0, 2),
      }).toEqual({
        outcome:
          "the load did not finish within 3 s (while reading what the database holds; Neo4j's last answer came N s before); nothing was committed, so the previous graph is intact",
        waited: true,
        firstLines: ['Applying cypher/schema.cypher', 'Writing the graph in one transaction'],
      });
      expect(ms).toBeLessThan(3_000 + MARGIN_MS);
      // Neo4j answers again: the abandoned transaction rolls back instead of carrying on to its commit.
      relay.thaw();
      await new Promise((done) => setTimeout(done, 1_500));
      expect(await databaseFingerprint(driver, database)).toEqual(before);
    } finally {
      relay.thaw();
      await Promise.race([relayed.close(), new Promise((done) => setTimeout(done, 2_000))]);
      await relay.close();
    }
  });

  it('reports a Neo4j that went away within seconds, not after half a minute of silent retries', { timeout: 60_000 }, async () => {
    const { relay, relayed } = await throughRelay();
    const before = await databaseFingerprint(driver, database);
    const started = performance.now();
    let closing: Promise<void> | undefined;
    try {
      const outcome = await loadIntoNeo4j(relayed, database, changed(), {
        // Killed once the transaction is open: every connection drops, and new ones are refused.
        log: (line) => {
          if (line.startsWith('Writing the graph')) closing = relay.close();
        },
      }).then(
        () => 'loaded',
        (error: unknown) => (error instanceof Error ? error.name : String(error)),
      );
      expect(outcome).not.toBe('loaded');
      expect(outcome).not.toBe('LoadTimeoutError');
      expect(performance.now() - started).toBeLessThan(5_000 + MARGIN_MS);
      expect(await databaseFingerprint(driver, database)).toEqual(before);
    } finally {
      await closing;
      await Promise.race([relayed.close(), new Promise((done) => setTimeout(done, 2_000))]);
    }
  });
});
