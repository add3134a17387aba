// The Neo4j the benchmark runs against: NEO4J_URI when set, otherwise a throwaway local one
// (neo4j/launch.mjs) on a free port with a temp store that is deleted afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { neo4jSettingsFromEnv, openDriver, type Neo4jSettings } from '../graph/src/neo4j-connection.ts';
import { startNeo4j } from '../neo4j/launch.mjs';

/**
 * The throwaway server's size: room for the seed's one-transaction load of the largest corpus
 * (1,000 documents, about 470,000 elements, needs more than 1 GiB of transaction memory; the
 * launcher's defaults are a 1 GiB heap and 256 MiB). The JVM takes heap only as it needs it.
 * NEO4J_HEAP and NEO4J_TX_MEMORY_MB override these.
 */
export const BENCH_HEAP = '8g';
export const BENCH_TX_MEMORY_MB = 5120;

export interface BenchNeo4j {
  settings: Neo4jSettings;
  driver: Driver;
  version: string;
  /** Where it came from, for the report */
  origin: 'NEO4J_URI' | 'local';
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

async function serverVersion(driver: Driver, database: string): Promise<string> {
  const result = await driver.executeQuery(
    "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS v",
    {},
    { database },
  );
  return String(result.records[0]?.get('v') ?? 'unknown');
}

export async function openBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  if (process.env.NEO4J_URI) {
    const settings = neo4jSettingsFromEnv(process.env);
    const driver = openDriver(settings);
    const version = await serverVersion(driver, settings.database);
    log(`Neo4j ${version} at ${settings.uri} (NEO4J_URI): the benchmark DELETES its graph`);
    return { settings, driver, version, origin: 'NEO4J_URI', stop: () => driver.close() };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'tg-bench-neo4j-'));
  try {
    const server = await startNeo4j({ port: await freePort(), dataDir, log, heap: BENCH_HEAP, txMemoryMb: BENCH_TX_MEMORY_MB });
    const settings: Neo4jSettings = { uri: server.uri, user: 'neo4j', password: 'neo4j', database: 'neo4j' };
    // No retry window: a load that fails on the memory limit fails the same way again, and the
    // driver would otherwise spend 30 s retrying it.
    const driver = openDriver(settings, { maxTransactionRetryTime: 0 });
    const heap = process.env.NEO4J_HEAP || BENCH_HEAP;
    const txMb = process.env.NEO4J_TX_MEMORY_MB || BENCH_TX_MEMORY_MB;
    log(`Neo4j ${server.version} at ${server.uri} (local, temp store ${dataDir}, heap ${heap}, transaction memory ${txMb} MB)`);
    return {
      settings,
      driver,
      version: server.version,
      origin: 'local',
      stop: async () => {
        await driver.close();
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Empties the database in batches: relationships first, then nodes, so no batch holds a hub with
 * its tens of thousands of relationships (one such DETACH DELETE batch exceeds the memory limit).
 */
export async function emptyDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
