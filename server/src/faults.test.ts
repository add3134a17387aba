// The real server process against a Neo4j of this test's own, stopped and started under it:
// down at start-up (the server waits, saying so, and serves once it is up), stopped while serving
// (DATABASE_UNAVAILABLE, /health 503, the process stays up), back (the server recovers by itself
// within seconds). Every wait is bounded.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, hasJavaAndMaven, type LocalNeo4j, startLocalNeo4j } from '../../test/local-neo4j.ts';
import { hasNeo4j } from '../../test/neo4j.ts';
import { type ServerProcess, spawnServer } from '../../test/server-process.ts';

/** A bounded HTTP call: the answer's status and JSON, or the reason there was none. */
async function call(server: ServerProcess, path: string, body?: unknown) {
  try {
    const response = await fetch(`${server.base}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(15_000),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  } catch (error) {
    return { status: 0, json: { error: String(error) } };
  }
}

const ATTENDANCE = { query: '{ attendance(election: 2021) { person { id } event { id } } }' };
const ATTENDED_2021 = {
  attendance: [
    { person: { id: 'azam-ishmael' }, event: { id: 'site-briefings-2021' } },
    { person: { id: 'braeden-caley' }, event: { id: 'site-briefings-2021' } },
  ],
};

/** Polls until `check` passes or `timeoutMs` runs out; resolves with how long it took. */
async function within(timeoutMs: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 250));
  }
  return Date.now() - started;
}

// Starts and stops a JVM of its own: needs what the shared test Neo4j needs.
const canStartNeo4j = hasNeo4j && hasJavaAndMaven();

describe.runIf(canStartNeo4j)('the server when Neo4j goes away and comes back', () => {
  let neo4j: LocalNeo4j | undefined;
  let server: ServerProcess | undefined;
  let dataDir = '';
  afterAll(async () => {
    await server?.stop();
    await neo4j?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('waits for Neo4j at start-up, serves from it, survives its outage and recovers without a restart', { timeout: 240_000 }, async () => {
    const port = await freePort();
    dataDir = await mkdtemp(join(tmpdir(), 'tg-faults-neo4j-'));
    const uri = `bolt://127.0.0.1:${port}`;

    // 1. Neo4j is down: the server says it waits, and keeps waiting.
    server = await spawnServer({ env: { NEO4J_URI: uri, NEO4J_STARTUP_TIMEOUT_MS: '180000', NEO4J_QUERY_TIMEOUT_MS: '2000' } });
    expect(await server.waitForLine(/Waiting for Neo4j/, 20_000)).toMatch(new RegExp(`Waiting for Neo4j at ${uri} \\(.+\\)$`));
    const waiting = server;
    await within(10_000, async () => waiting.lines.filter((l) => l.includes('Waiting for Neo4j')).length >= 2);
    expect(server.alive()).toBe(true);

    // 2. Neo4j comes up: the server seeds it and serves.
    neo4j = await startLocalNeo4j(port, dataDir);
    await server.waitForLine(/Testimony Graph on http:\/\//, 90_000);
    expect(server.lines.some((l) => /holds no graph from this seed: loading/.test(l))).toBe(true);
    expect(await call(server, '/graphql', ATTENDANCE)).toEqual({ status: 200, json: { data: ATTENDED_2021 } });
    expect((await call(server, '/health')).status).toBe(200);

    // 3. Neo4j stops: queries get DATABASE_UNAVAILABLE, /health says 503, the process stays up. The
    // response cache may answer a question it holds until its next check of the stored graph fails
    // (RESPONSE_CACHE_CHECK_MS); from then on it answers nothing, so the store's error comes through.
    await neo4j.stop();
    neo4j = undefined;
    let down: Awaited<ReturnType<typeof call>> | undefined;
    const stillUp = server;
    await within(15_000, async () => {
      down = await call(stillUp, '/graphql', ATTENDANCE);
      return down.json.data === null;
    });
    expect(down).toEqual({
      status: 200,
      json: {
        data: null,
        errors: [
          {
            message: 'The database is unavailable. Try again in a moment.',
            locations: expect.any(Array),
            path: ['attendance'],
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          },
        ],
      },
    });
    expect(await call(server, '/health')).toEqual({
      status: 503,
      // The cache let go of what it held when it could no longer read the stored graph.
      json: {
        ok: false,
        store: 'neo4j',
        detail: 'database "neo4j" is unavailable',
        responseCache: expect.objectContaining({ entries: 0, bytes: 0 }),
      },
    });
    await new Promise((done) => setTimeout(done, 2_000));
    expect(server.alive()).toBe(true);

    // 4. Neo4j is back on the same port and store: the same process answers again, within seconds.
    neo4j = await startLocalNeo4j(port, dataDir);
    const serving = server;
    const answers = async () =>
      JSON.stringify((await call(serving, '/graphql', ATTENDANCE)).json) === JSON.stringify({ data: ATTENDED_2021 });
    const recoveredInMs = await within(15_000, async () => (await answers()) && (await call(serving, '/health')).status === 200);
    expect(recoveredInMs).toBeLessThan(15_000);
    expect(await call(server, '/graphql', ATTENDANCE)).toEqual({ status: 200, json: { data: ATTENDED_2021 } });
    expect(server.alive()).toBe(true);

    // 5. And it still stops cleanly.
    expect(await server.stop()).toBe(0);
    server = undefined;
  });
});
