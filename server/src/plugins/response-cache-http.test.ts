// A response-cache hit answered before yoga (response-cache-http.ts), over a real socket on the
// in-memory store of the pinned fixture: the same status, bytes and headers as yoga's own answer
// to the hit, and every guard of the yoga path still refusing what it refuses.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { graphFingerprint, loadGraph } from '../../../seed/index.ts';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';
import { type AppOptions, createApp } from '../app.ts';
import { createHttpServer } from '../http-server.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import { acceptedMediaType } from './response-cache-http.ts';
import { createResponseCache, type ResponseCache } from './response-cache.ts';

const graph = await loadGraph(FIXTURE_DATA_DIR);
const store = createMemoryStore(graph);
const NO_VIEWER = fileURLToPath(new URL('./no-viewer-here/', import.meta.url));
const QUERY = '{ search(text: "Caley") { id name kind } }';
const BODY = JSON.stringify({ query: QUERY });
const GET_PATH = `/graphql?query=${encodeURIComponent(QUERY)}`;

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** The app with a cache whose `answer` (called only by the path before yoga) is counted. */
async function serve(options: Partial<AppOptions> = {}, yogaOnly = false) {
  const cache = createResponseCache();
  cache.setGraph(graphFingerprint(graph));
  let early = 0;
  const counted: ResponseCache = {
    ...cache,
    answer: (params, admit) => {
      early++;
      return cache.answer(params, admit);
    },
  };
  const app = createApp({ store, logger: false, viewerDir: NO_VIEWER, responseCache: counted, ...options });
  // app.requestListener is yoga's own node handler, without the path before it.
  const server = createHttpServer(yogaOnly ? app.requestListener : app);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  closers.push(
    () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  );
  const send = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<Answer>((resolve, reject) => {
      // With its Content-Length, as browsers and the bench's client send it (without, node:http sends it chunked).
      const length = body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) };
      const req = request({ host: '127.0.0.1', port, method, path, headers: { ...length, ...headers }, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          // Date changes with the second; Connection and Keep-Alive are node:http's, alike on both.
          const { date: _date, connection: _connection, 'keep-alive': _keepAlive, ...kept } = res.headers;
          const headers = Object.fromEntries(Object.entries(kept).map(([k, v]) => [k, String(v)]));
          resolve({ status: res.statusCode ?? 0, headers, text: Buffer.concat(chunks).toString('utf8') });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  return { cache, send, early: () => early };
}

const JSON_POST = { 'content-type': 'application/json' };

describe('a cache hit before yoga', () => {
  it.each([
    ['no Accept', {}],
    ['Accept */*', { accept: '*/*' }],
    ['Accept application/json', { accept: 'application/json' }],
    ['Accept application/graphql-response+json', { accept: 'application/graphql-response+json' }],
    ['the viewer’s Accept', { accept: 'application/graphql-response+json, application/json' }],
    ['a charset and spaces', { accept: 'application/json; charset=utf-8 , text/event-stream' }],
  ])('answers a POST with %s with the status, bytes and headers of yoga’s answer to the hit', async (_what, accept) => {
    const fast = await serve();
    const yoga = await serve({}, true);
    const headers = { ...JSON_POST, ...accept };
    const miss = await fast.send('POST', '/graphql', headers, BODY);
    await yoga.send('POST', '/graphql', headers, BODY);
    const expected = await yoga.send('POST', '/graphql', headers, BODY);
    const hit = await fast.send('POST', '/graphql', headers, BODY);
    expect(hit).toEqual(expected);
    expect(miss).toEqual(expected);
    // The miss was looked up (not found) before yoga, the hit found: two asks, one hit, one miss.
    expect(fast.early()).toBe(2);
    expect([fast.cache.stats().hits, fast.cache.stats().misses]).toEqual([1, 1]);
  });

  it('answers a GET with a CSRF header as yoga does, and leaves a GET for GraphiQL’s page to yoga', async () => {
    const fast = await serve();
    const yoga = await serve({}, true);
    const headers = { 'x-graphql-csrf': '1' };
    await yoga.send('GET', GET_PATH, headers);
    const expected = await yoga.send('GET', GET_PATH, headers);
    await fast.send('GET', GET_PATH, headers);
    expect(await fast.send('GET', GET_PATH, headers)).toEqual(expected);
    expect([fast.early(), fast.cache.stats().hits]).toEqual([2, 1]);
    const page = await fast.send('GET', GET_PATH, { ...headers, accept: 'text/html' });
    expect([page.status, page.headers['content-type']?.split(';')[0]]).toEqual([200, 'text/html']);
    expect(fast.cache.stats().hits).toBe(1);
  });

  it.each([
    ['another host', 'POST', '/graphql', { ...JSON_POST, host: 'evil.example:4000' }, BODY, 403, 'HOST_NOT_ALLOWED'],
    ['a text/plain POST', 'POST', '/graphql', { 'content-type': 'text/plain' }, BODY, 403, 'CSRF_PREVENTED'],
    ['a GET without a CSRF header', 'GET', GET_PATH, {}, undefined, 403, 'CSRF_PREVENTED'],
    ['an unknown parameter', 'POST', '/graphql', JSON_POST, JSON.stringify({ query: QUERY, extra: 1 }), 400, 'BAD_REQUEST'],
    ['an Accept the API cannot answer', 'POST', '/graphql', { ...JSON_POST, accept: 'text/csv' }, BODY, 406, 'NOT_ACCEPTABLE'],
    // Read before yoga and handed to it: yoga's parser meets the same bytes.
    ['a body that is not JSON', 'POST', '/graphql', JSON_POST, `${BODY.slice(0, -1)},`, 400, 'BAD_REQUEST'],
    [
      'a body past the limit',
      'POST',
      '/graphql',
      JSON_POST,
      JSON.stringify({ query: QUERY, variables: { pad: 'x'.repeat(100_001) } }),
      413,
      'REQUEST_ENTITY_TOO_LARGE',
    ],
  ])('refuses a cached question sent with %s exactly as yoga does', async (_what, method, path, headers, body, status, code) => {
    const fast = await serve();
    const yoga = await serve({}, true);
    for (const side of [fast, yoga]) await side.send('POST', '/graphql', JSON_POST, BODY);
    expect(fast.cache.stats().entries).toBe(1);
    const refused = await fast.send(method, path, headers, body);
    expect(refused).toEqual(await yoga.send(method, path, headers, body));
    expect([refused.status, JSON.parse(refused.text).errors[0].extensions.code]).toEqual([status, code]);
    // Counted as yoga counts it (its plugin looks the answer up before it checks the parameters and Accept).
    expect(fast.cache.stats()).toEqual(yoga.cache.stats());
  });

  it('takes a token of the rate limit for each hit, and a client past its limit gets yoga’s 429', async () => {
    const rateLimit = { perSecond: 0.001, burst: 2, exempt: [] };
    const fast = await serve({ rateLimit, rateLimitHoldMs: 0 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await fast.send('POST', '/graphql', JSON_POST, BODY)).status);
    expect(statuses).toEqual([200, 200, 429]);
    // The miss took the first token (through yoga), the hit the second; the third was refused, not counted a hit.
    expect([fast.cache.stats().hits, fast.cache.stats().misses]).toEqual([1, 1]);
  });
});

describe('acceptedMediaType', () => {
  it('chooses the media type yoga’s regular result processor would, or null when another would answer', () => {
    expect(
      [
        undefined,
        '*/*',
        'application/*',
        'application/json, application/graphql-response+json',
        'application/graphql-response+json, application/json',
        'application/json; charset=latin1',
        'text/event-stream',
        'multipart/mixed, application/json',
      ].map(acceptedMediaType),
    ).toEqual([
      'application/json',
      'application/json',
      'application/json',
      'application/json',
      'application/graphql-response+json',
      null,
      null,
      'application/json',
    ]);
  });
});
