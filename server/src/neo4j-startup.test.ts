// Start-up against Neo4j: it gives up with a message a person can act on, and it seeds only a
// database that holds no graph or a stale one (a second start changes nothing).
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { hasNeo4j, neo4jConfig } from '../../test/neo4j.ts';
import { openDriver } from '../../graph/src/neo4j-connection.ts';
import { countGraph, loadGraph, loadIntoNeo4j } from '../../seed/index.ts';
import { ensureNeo4jSeeded, StartupError } from './neo4j-startup.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

/** A port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise<void>((done) => server.close(() => done()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('Neo4j start-up', () => {
  it('gives up with a StartupError that names the URI and the way out when Neo4j never answers', async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    const lines: string[] = [];
    const settings = { uri, user: 'neo4j', password: '', database: 'neo4j' };
    const driver = openDriver(settings);
    try {
      const attempt = ensureNeo4jSeeded(driver, settings, {
        seedDataDir: FIXTURE_DATA_DIR,
        startupTimeoutMs: 0,
        log: (line) => lines.push(line),
      });
      await expect(attempt).rejects.toBeInstanceOf(StartupError);
      await expect(attempt).rejects.toThrow(`Neo4j at ${uri} did not answer within 0 ms`);
      await expect(attempt).rejects.toThrow('unset NEO4J_URI');
      expect(lines).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  describe.runIf(hasNeo4j)('on the test Neo4j', () => {
    it('leaves the database holding the graph, and a second start changes nothing', async () => {
      const conn = neo4jConfig();
      if (!conn) return;
      const options = { seedDataDir: FIXTURE_DATA_DIR, startupTimeoutMs: 10_000, log: () => {} };
      const driver = openDriver(conn);
      try {
        await ensureNeo4jSeeded(driver, conn, options);
        const before = await countGraph(driver, conn.database);
        expect(before.nodes).toBeGreaterThan(0);
        expect(await ensureNeo4jSeeded(driver, conn, options)).toBe(false);
        expect(await countGraph(driver, conn.database)).toEqual(before);
      } finally {
        await driver.close();
      }
    });

    it('reloads a graph that differs from the seed data', async () => {
      const conn = neo4jConfig();
      if (!conn) return;
      const graph = await loadGraph(FIXTURE_DATA_DIR);
      const driver = openDriver(conn);
      try {
        const stale = {
          ...graph,
          nodes: graph.nodes.filter((n) => n.id !== 'russia'),
          edges: graph.edges.filter((e) => e.source !== 'russia'),
          mentions: graph.mentions.filter((m) => m.entity !== 'russia'),
        };
        await loadIntoNeo4j(driver, conn.database, stale);
        const lines: string[] = [];
        expect(
          await ensureNeo4jSeeded(driver, conn, { seedDataDir: FIXTURE_DATA_DIR, startupTimeoutMs: 10_000, log: (l) => lines.push(l) }),
        ).toBe(true);
        expect(lines[0]).toBe(`The graph in Neo4j database "${conn.database}" differs from ${FIXTURE_DATA_DIR}: reloading it`);
        const rows = await driver.executeQuery("MATCH (n:Entity {id: 'russia'}) RETURN count(n) AS n", {}, { database: conn.database });
        expect(Number(rows.records[0]?.get('n'))).toBe(1);
      } finally {
        await driver.close();
      }
    });
  });
});
