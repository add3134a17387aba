// The response cache through the whole app (app.fetch, no port) on the in-memory store of the pinned
// fixture: a hit is the miss's bytes without asking the store, every change of graph drops what it
// kept, errors and overload are never kept, and its bounds hold.
import { fileURLToPath } from 'node:url';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { graphFingerprint, loadGraph } from '../../../seed/index.ts';
import { EXTRA_DATA_DIR, FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';
import { createApp } from '../app.ts';
import { OverloadedError } from '../errors.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import type { GraphStore } from '../store/types.ts';
import { watchGraph } from './response-cache-graph.ts';
import { createResponseCache, type ResponseCacheLimits } from './response-cache.ts';

const ishmael = await loadGraph(FIXTURE_DATA_DIR);
const extra = await loadGraph(EXTRA_DATA_DIR);
const NO_VIEWER = fileURLToPath(new URL('./no-viewer-here/', import.meta.url));
const SEARCH = '{ search(text: "Caley") { id name kind } }';

/** A store that counts the searches that reach it, so a test can tell a hit from a miss. */
function counted(store: GraphStore): { store: GraphStore; searches: () => number } {
  let searches = 0;
  const wrapped: GraphStore = Object.create(store);
  wrapped.search = (text, options) => {
    searches++;
    return store.search(text, options);
  };
  return { store: wrapped, searches: () => searches };
}

function setUp(limits: ResponseCacheLimits = { maxEntries: 100, maxBytes: 1024 * 1024 }, store = createMemoryStore(ishmael)) {
  const cache = createResponseCache(limits);
  cache.setGraph(graphFingerprint(ishmael));
  const target = counted(store);
  const app = createApp({ store: target.store, logger: false, viewerDir: NO_VIEWER, responseCache: cache });
  return { cache, app, searches: target.searches };
}

async function ask(app: ReturnType<typeof createApp>, query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

describe('the response cache', () => {
  it('answers a repeated question with the bytes of the first answer, without asking the store again', async () => {
    const { app, cache, searches } = setUp();
    const miss = await ask(app, SEARCH);
    const hit = await ask(app, SEARCH);
    expect(hit).toEqual(miss);
    expect(miss.status).toBe(200);
    expect(searches()).toBe(1);
    const bytes = Buffer.byteLength(miss.text) + Buffer.byteLength(JSON.stringify([graphFingerprint(ishmael), null, SEARCH, null, null]));
    expect(cache.stats()).toEqual({ hits: 1, misses: 1, entries: 1, bytes, maxEntries: 100, maxBytes: 1024 * 1024 });
  });

  it('keys answers by their variables and operation name too', async () => {
    const { app, searches } = setUp();
    const query = 'query Find($text: String!) { search(text: $text) { id } }';
    const caley = await ask(app, query, { text: 'Caley' });
    const lafrance = await ask(app, query, { text: 'Lafrance' });
    expect(caley.text).not.toBe(lafrance.text);
    expect(await ask(app, query, { text: 'Caley' })).toEqual(caley);
    expect(searches()).toBe(2);
  });

  it('drops every answer when the graph changes, and answers from the new graph after', async () => {
    const { app, cache, searches } = setUp();
    const before = await ask(app, '{ documents { id } }');
    await ask(app, SEARCH);
    expect(cache.stats().entries).toBe(2);
    // What annotate mode (or any rebuild of the store) does: the new graph's fingerprint.
    cache.setGraph(graphFingerprint(extra));
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
    await ask(app, SEARCH);
    expect(searches()).toBe(2);
    // The same fingerprint again keeps what was kept since.
    cache.setGraph(graphFingerprint(extra));
    await ask(app, SEARCH);
    expect({ searches: searches(), entries: cache.stats().entries }).toEqual({ searches: 2, entries: 1 });
    cache.clear();
    await ask(app, SEARCH);
    expect(searches()).toBe(3);
    expect((await ask(app, '{ documents { id } }')).text).toBe(before.text);
  });

  it('never keeps an error, an overload (503) or a partial answer', async () => {
    const overloaded = Object.create(createMemoryStore(ishmael));
    overloaded.search = async () => Promise.reject(new OverloadedError(1));
    const { app, cache, searches } = setUp(undefined, overloaded);
    const first = await ask(app, SEARCH);
    const second = await ask(app, SEARCH);
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(searches()).toBe(2);
    // Invalid queries and a partial answer (one field failed, one answered).
    await ask(app, '{ nosuchfield }');
    await ask(app, '{ documents { id } search(text: "Caley") { id } }');
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0, hits: 0 });
  });

  it('keeps nothing while the graph is unknown', async () => {
    const { app, cache, searches } = setUp();
    cache.setGraph(null);
    await ask(app, SEARCH);
    await ask(app, SEARCH);
    expect({ searches: searches(), stats: cache.stats() }).toMatchObject({ searches: 2, stats: { entries: 0, hits: 0, misses: 0 } });
  });

  it('holds at most maxEntries answers and maxBytes bytes, dropping the least recently used', async () => {
    const { app, cache, searches } = setUp({ maxEntries: 2, maxBytes: 1024 * 1024 });
    const q = (text: string) => `{ search(text: "${text}") { id } }`;
    await ask(app, q('Caley'));
    await ask(app, q('Lafrance'));
    await ask(app, q('Caley')); // a hit: Caley is now the most recently used
    await ask(app, q('Ishmael')); // evicts Lafrance
    expect(cache.stats()).toMatchObject({ entries: 2, hits: 1, misses: 3 });
    await ask(app, q('Caley'));
    await ask(app, q('Lafrance'));
    expect(searches()).toBe(4);

    const small = setUp({ maxEntries: 100, maxBytes: 2000 });
    // The document's text is far above a quarter of 2,000 bytes: it is answered, never kept.
    const big = await ask(small.app, '{ documents { paragraphs { text } } }');
    expect(big.status).toBe(200);
    for (const text of ['Caley', 'Lafrance', 'Ishmael', 'Liberal', 'SITE', 'briefing', 'Party', 'Canada']) await ask(small.app, q(text));
    expect(small.cache.stats().entries).toBeGreaterThan(0);
    expect(small.cache.stats().bytes).toBeLessThanOrEqual(2000);
  });

  it('shows its counters in /health', async () => {
    const { app } = setUp();
    await ask(app, SEARCH);
    await ask(app, SEARCH);
    const health = await app.fetch('http://localhost/health');
    expect(await health.json()).toMatchObject({ ok: true, store: 'memory', responseCache: { hits: 1, misses: 1, entries: 1 } });
  });

  it('never keeps the answer to a mutation', async () => {
    let count = 0;
    const schema = createSchema({
      typeDefs: 'type Query { count: Int! } type Mutation { add: Int! }',
      resolvers: { Query: { count: () => count }, Mutation: { add: () => ++count } },
    });
    const cache = createResponseCache();
    cache.setGraph('graph');
    const yoga = createYoga({ schema, logging: false, plugins: [cache.plugin] });
    const send = async (query: string) =>
      (
        await yoga.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
      ).json();
    expect([await send('mutation { add }'), await send('mutation { add }')]).toEqual([{ data: { add: 1 } }, { data: { add: 2 } }]);
    expect(cache.stats().entries).toBe(0);
  });

  it('is dropped when a watched graph changes, and serves nothing while the check fails', async () => {
    const cache = createResponseCache();
    let stored: string | null = 'first';
    let failing = false;
    const watch = watchGraph(cache, async () => {
      if (failing) throw new Error('Neo4j is down');
      return stored;
    });
    try {
      await watch.check();
      const app = createApp({ store: createMemoryStore(ishmael), logger: false, viewerDir: NO_VIEWER, responseCache: cache });
      await ask(app, SEARCH);
      expect(cache.stats().entries).toBe(1);
      stored = 'second';
      await watch.check();
      expect(cache.stats().entries).toBe(0);
      await ask(app, SEARCH);
      failing = true;
      await watch.check();
      expect(cache.stats().entries).toBe(0);
      await ask(app, SEARCH);
      expect(cache.stats()).toMatchObject({ entries: 0, hits: 0, misses: 2 });
    } finally {
      watch.stop();
    }
  });
});
