// The load test's legs run on the store they are named after: with NEO4J_URI exported, the "neo4j"
// leg used to reach the server as NEO4J_URI='' and measure the in-memory store, and nothing noticed.
import { afterEach, describe, expect, it } from 'vitest';
import { openedStore, storeEnv } from './load-stores.ts';
import { hasNeo4j, neo4jConfig } from './neo4j.ts';
import { type ServerProcess, spawnReadyServer } from './server-process.ts';

describe('the load test legs', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('runs the memory leg on the in-memory store, and the server says so', { timeout: 60_000 }, async () => {
    const memory = await storeEnv('memory', { NEO4J_URI: 'bolt://127.0.0.1:7687' });
    server = await spawnReadyServer({ env: memory.env });
    expect({ env: memory.env, opened: await openedStore(server.base) }).toEqual({ env: { NEO4J_URI: '' }, opened: 'memory' });
  });

  it.runIf(hasNeo4j)('runs the neo4j leg on the Neo4j that NEO4J_URI names, and the server says so', { timeout: 180_000 }, async () => {
    const conn = neo4jConfig();
    if (!conn) return;
    // What .ci/run does when a Neo4j is given: NEO4J_URI (and its credentials) exported.
    const exported = { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database };
    const neo4j = await storeEnv('neo4j', exported);
    // Start-up seeds the test Neo4j first: slow on a busy machine.
    server = await spawnReadyServer({ env: { ...exported, ...neo4j.env } }, 150_000);
    expect({ env: neo4j.env, opened: await openedStore(server.base) }).toEqual({ env: { NEO4J_URI: conn.uri }, opened: 'neo4j' });
  });
});
