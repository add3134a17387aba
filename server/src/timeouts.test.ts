// Every database query has a time limit the client can count on: against a Neo4j that accepts
// connections and never answers, or one that hangs in the middle of a query, the API answers
// DATABASE_UNAVAILABLE within the query timeout plus a margin; a query that runs too long while
// Neo4j answers others gets QUERY_TIMEOUT; past the read gate's queue, OVERLOADED at once (503).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Neo4jSettings, openDriver as openAppDriver } from '../../graph/src/neo4j-connection.ts';
import { loadGraph, loadIntoNeo4j } from '../../seed/index.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import { freezableRelay, silentServer } from '../../test/tcp-relay.ts';
import { type App, createApp, GRAPHQL_PATH } from './app.ts';
import { QueryTimeoutError } from './errors.ts';
import { CLIENT_GRACE_MS, readQuery } from './store/neo4j-read.ts';
import { createNeo4jStore } from './store/neo4j-store.ts';
import { limitReads } from './store/read-gate.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const QUERY_TIMEOUT_MS = 500;
const HEALTH_TIMEOUT_MS = 800;
/** Scheduling on a busy two-core machine: how late an answer may be past its limit. */
const MARGIN_MS = 1_000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

async function ask(app: App) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: '{ incidents { id } }' }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    data: body.data,
  };
}

async function health(app: App) {
  const response = await app.fetch('http://localhost/health');
  return { status: response.status, ok: ((await response.json()) as { ok: boolean }).ok };
}

const settingsAt = (port: number, base?: Neo4jSettings | null): Neo4jSettings => ({
  uri: `bolt://127.0.0.1:${port}`,
  user: base?.user ?? 'neo4j',
  password: base?.password ?? '',
  database: base?.database ?? 'neo4j',
});

describe('a Neo4j that accepts connections and never answers', () => {
  it(`gets DATABASE_UNAVAILABLE within the query timeout + ${CLIENT_GRACE_MS} ms, and a 503 from /health`, async () => {
    const silent = await silentServer();
    const store = await createNeo4jStore(settingsAt(silent.port), { queryTimeoutMs: QUERY_TIMEOUT_MS, healthTimeoutMs: HEALTH_TIMEOUT_MS });
    const app = createApp({ store, logger: false });
    try {
      const query = await timed(() => ask(app));
      const probe = await timed(() => health(app));
      expect({ query: query.value, health: probe.value }).toEqual({
        query: { status: 200, retryAfter: null, codes: ['DATABASE_UNAVAILABLE'], data: null },
        health: { status: 503, ok: false },
      });
      expect(query.ms).toBeLessThan(QUERY_TIMEOUT_MS + CLIENT_GRACE_MS + MARGIN_MS);
      expect(probe.ms).toBeLessThan(HEALTH_TIMEOUT_MS + CLIENT_GRACE_MS + MARGIN_MS);
    } finally {
      await Promise.race([store.close(), new Promise((done) => setTimeout(done, 2_000))]);
      await silent.close();
    }
  });
});

describe('a Neo4j with more queries than the read gate has room for', () => {
  it('refuses the query past the queue at once with 503 OVERLOADED and Retry-After, and one that waited too long too', async () => {
    // A Neo4j that never answers holds the one slot until the deadline: the queue fills behind it.
    const silent = await silentServer();
    const settings = settingsAt(silent.port);
    const driver = openAppDriver(settings);
    limitReads(driver, { concurrency: 1, queue: 1, maxWaitMs: 60_000 });
    const store = await createNeo4jStore(settings, { queryTimeoutMs: QUERY_TIMEOUT_MS, driver });
    const app = createApp({ store, logger: false });
    try {
      const running = timed(() => ask(app));
      const queued = timed(() => ask(app));
      const refused = await timed(() => ask(app));
      const [first, second] = await Promise.all([running, queued]);
      const overloaded = { status: 503, retryAfter: '1', codes: ['OVERLOADED'], data: null };
      expect({ first: first.value, second: second.value, refused: refused.value }).toEqual({
        first: { status: 200, retryAfter: null, codes: ['DATABASE_UNAVAILABLE'], data: null },
        // It never started: the slot was held past its whole time limit.
        second: overloaded,
        refused: overloaded,
      });
      expect(refused.ms).toBeLessThan(MARGIN_MS);
      expect(second.ms).toBeLessThan(QUERY_TIMEOUT_MS + MARGIN_MS);
    } finally {
      await Promise.race([store.close(), new Promise((done) => setTimeout(done, 2_000))]);
      await silent.close();
    }
  });

  it('keeps /health 200 while queries are being shed: a service at capacity is working, not down', async () => {
    const silent = await silentServer();
    const settings = settingsAt(silent.port);
    const driver = openAppDriver(settings);
    const gate = limitReads(driver, { concurrency: 1, queue: 0, maxWaitMs: 60_000 });
    const store = await createNeo4jStore(settings, { queryTimeoutMs: QUERY_TIMEOUT_MS, healthTimeoutMs: HEALTH_TIMEOUT_MS, driver });
    const app = createApp({ store, logger: false });
    try {
      const running = ask(app);
      await expect.poll(() => gate.load.running).toBe(1);
      expect(await health(app)).toEqual({ status: 200, ok: true });
      await running;
    } finally {
      await Promise.race([store.close(), new Promise((done) => setTimeout(done, 2_000))]);
      await silent.close();
    }
  });
});

describe.runIf(hasNeo4j)('a Neo4j that hangs while it serves', () => {
  const conn = neo4jConfig();
  let driver: Driver;
  beforeAll(async () => {
    driver = await openDriver();
    await loadIntoNeo4j(driver, conn?.database ?? 'neo4j', await loadGraph(FIXTURE_DATA_DIR));
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('gets DATABASE_UNAVAILABLE within the limit while it hangs, and answers again when it resumes', async () => {
    const target = new URL((conn?.uri ?? '').replace(/^neo4j/, 'bolt'));
    const relay = await freezableRelay(target.hostname, Number(target.port));
    const store = await createNeo4jStore(settingsAt(relay.port, conn), {
      queryTimeoutMs: QUERY_TIMEOUT_MS,
      healthTimeoutMs: HEALTH_TIMEOUT_MS,
    });
    const app = createApp({ store, logger: false });
    try {
      const before = await ask(app);
      relay.freeze();
      const during = await timed(() => ask(app));
      const probe = await timed(() => health(app));
      relay.thaw();
      const after = await ask(app);
      expect({ before: before.codes, during: during.value, health: probe.value, after: after.codes }).toEqual({
        before: [],
        during: { status: 200, retryAfter: null, codes: ['DATABASE_UNAVAILABLE'], data: null },
        health: { status: 503, ok: false },
        after: [],
      });
      expect(after.data).toEqual(before.data);
      expect(during.ms).toBeLessThan(QUERY_TIMEOUT_MS + CLIENT_GRACE_MS + MARGIN_MS);
      expect(probe.ms).toBeLessThan(HEALTH_TIMEOUT_MS + CLIENT_GRACE_MS + MARGIN_MS);
    } finally {
      relay.thaw();
      await store.close();
      await relay.close();
    }
  });

  it('says QUERY_TIMEOUT, not DATABASE_UNAVAILABLE, for a query past its time limit while Neo4j answers others', async () => {
    // The store's own read path, given a query slow on purpose, beside quick ones that keep answering.
    const slow = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 13 RETURN count(x) AS n';
    const options = { database: conn?.database ?? 'neo4j', timeoutMs: 300 };
    let busy = true;
    const others = (async () => {
      let answered = 0;
      while (busy) {
        await readQuery(driver, 'RETURN 1 AS one', {}, options);
        answered++;
        await new Promise((done) => setTimeout(done, 50));
      }
      return answered;
    })();
    const outcome = await timed(() =>
      readQuery(driver, slow, {}, options).then(
        () => 'answered',
        (error: unknown) => (error instanceof QueryTimeoutError ? error.extensions : String(error)),
      ),
    );
    busy = false;
    expect({ outcome: outcome.value, othersAnswered: (await others) > 0 }).toEqual({
      outcome: { code: 'QUERY_TIMEOUT', timeoutMs: 300 },
      othersAnswered: true,
    });
    // Neo4j's transaction timeout ends it, or (its monitor runs every 2 s) the client's own deadline
    // at timeout + CLIENT_GRACE_MS does, having seen Neo4j answer the others meanwhile.
    expect(outcome.ms).toBeLessThan(300 + CLIENT_GRACE_MS + MARGIN_MS);
  });
});
