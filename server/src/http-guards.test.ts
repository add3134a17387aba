// What guards the HTTP side: CSRF prevention (no simple cross-site request runs a query), the
// allowed hosts (DNS rebinding), the per-client rate limit, nosniff and a CSP on every answer, and
// no answer on any path without a code or with a stack or a file path in it.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { type AppOptions, createApp, GRAPHQL_PATH } from './app.ts';
import { hostAllowed } from './plugins/allowed-hosts.ts';
import { tokenBuckets } from './plugins/rate-limit.ts';
import { API_CONTENT_SECURITY_POLICY } from './plugins/security-headers.ts';
import { createMemoryStore } from './store/memory-store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const VIEWER_DIR = fileURLToPath(new URL('../../client/dist/', import.meta.url));
const store = createMemoryStore(await loadGraph(FIXTURE_DATA_DIR));
const appWith = (options: Partial<AppOptions> = {}) => createApp({ store, logger: false, viewerDir: VIEWER_DIR, ...options });
const app = appWith();
const QUERY = '{ documents { id } }';

async function answer(response: Response) {
  const text = await response.text();
  let code: unknown;
  try {
    const body: unknown = JSON.parse(text);
    code =
      typeof body === 'object' && body !== null && 'errors' in body && Array.isArray(body.errors)
        ? body.errors[0]?.extensions?.code
        : undefined;
  } catch {
    code = undefined;
  }
  return { status: response.status, code, ran: text.includes('"data"') };
}

describe('CSRF prevention', () => {
  // Each as a page on another site can send it without a preflight (a form, an <img>, fetch() in no-cors mode).
  it.each([
    ['a form POST', 'POST', { 'content-type': 'application/x-www-form-urlencoded' }, `query=${encodeURIComponent(QUERY)}`],
    [
      'a multipart form POST',
      'POST',
      { 'content-type': 'multipart/form-data; boundary=x' },
      `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: QUERY })}\r\n--x--\r\n`,
    ],
    ['a text/plain POST', 'POST', { 'content-type': 'text/plain;charset=UTF-8' }, JSON.stringify({ query: QUERY })],
    ['a POST without a content type', 'POST', {}, JSON.stringify({ query: QUERY })],
    ['a GET', 'GET', {}, undefined],
    ['a GET asking for JSON', 'GET', { accept: 'application/json' }, undefined],
  ])('refuses %s with 403 CSRF_PREVENTED, without running it', async (_what, method, headers: Record<string, string>, body) => {
    const url = `http://localhost${GRAPHQL_PATH}${method === 'GET' ? `?query=${encodeURIComponent(QUERY)}` : ''}`;
    const init: RequestInit = body === undefined ? { method, headers } : { method, headers, body };
    expect(await answer(await app.fetch(url, init))).toEqual({ status: 403, code: 'CSRF_PREVENTED', ran: false });
  });

  it('runs what only a same-origin page, GraphiQL or a script can send: a JSON POST, a GET with a JSON content type or the header', async () => {
    const get = `http://localhost${GRAPHQL_PATH}?query=${encodeURIComponent(QUERY)}`;
    const answers = await Promise.all(
      [
        app.fetch(`http://localhost${GRAPHQL_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
        }),
        app.fetch(`http://localhost${GRAPHQL_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/graphql-response+json' },
          body: JSON.stringify({ query: QUERY }),
        }),
        app.fetch(get, { headers: { 'content-type': 'application/json' } }),
        app.fetch(get, { headers: { 'x-graphql-csrf': '1' } }),
        app.fetch(`http://localhost${GRAPHQL_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'x-graphql-csrf': '1' },
          body: JSON.stringify({ query: QUERY }),
        }),
      ].map(async (r) => (await r).status),
    );
    // application/graphql-response+json is not a body type yoga parses: refused, but as unsupported (415), not as CSRF.
    expect(answers).toEqual([200, 415, 200, 200, 415]);
  });

  it('still serves the GraphiQL page, which a browser asks for with a plain GET', async () => {
    const page = await app.fetch(`http://localhost${GRAPHQL_PATH}`, { headers: { accept: 'text/html' } });
    expect({ status: page.status, type: page.headers.get('content-type') }).toEqual({ status: 200, type: 'text/html' });
  });
});

describe('allowed hosts', () => {
  it('matches names on any port, name:port exactly, brackets for IPv6, and * for any', () => {
    const allowed = ['localhost', '127.0.0.1', '[::1]', 'graph.example.org:8443'];
    const hosts = ['localhost', 'localhost:4000', 'LOCALHOST:5173', 'localhost.', '127.0.0.1:4000', '[::1]:4000', 'graph.example.org:8443'];
    const refused = [
      'evil.example',
      'evil.example:4000',
      'localhost.evil.example',
      '127.0.0.1.nip.io:4000',
      'graph.example.org',
      'graph.example.org:443',
      '',
      'local host',
      '[::2]:4000',
    ];
    expect({ allowed: hosts.filter((h) => hostAllowed(h, allowed)), refused: refused.filter((h) => hostAllowed(h, allowed)) }).toEqual({
      allowed: hosts,
      refused: [],
    });
    expect([hostAllowed('evil.example', ['*']), hostAllowed(null, allowed)]).toEqual([true, false]);
  });

  it('refuses a request for another host on every path with 403 HOST_NOT_ALLOWED, GraphiQL and the viewer included', async () => {
    const asEvil = async (path: string, init: RequestInit = {}) =>
      answer(
        await app.fetch(`http://evil.example:4000${path}`, { ...init, headers: { ...init.headers, 'content-type': 'application/json' } }),
      );
    const refused = { status: 403, code: 'HOST_NOT_ALLOWED', ran: false };
    expect([
      await asEvil(GRAPHQL_PATH, { method: 'POST', body: JSON.stringify({ query: QUERY }) }),
      await asEvil(`${GRAPHQL_PATH}?query=${encodeURIComponent(QUERY)}`),
      await asEvil(GRAPHQL_PATH, { headers: { accept: 'text/html' } }),
      await asEvil('/'),
      await asEvil('/health'),
      await asEvil('/graphiql/graphiql.css'),
    ]).toEqual([refused, refused, refused, refused, refused, refused]);
    // The same requests on a configured name are answered.
    const named = appWith({ allowedHosts: ['graph.example.org'] });
    const ok = await named.fetch(`http://graph.example.org${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const local = await named.fetch(`http://localhost${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect([ok.status, local.status]).toEqual([200, 403]);
  });
});

describe('the rate limit', () => {
  it('is a token bucket: a burst, then one request per refill, and how long to wait', () => {
    let t = 0;
    const buckets = tokenBuckets(2, 3, () => t);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a'), buckets.take('a'), buckets.take('b')]).toEqual([0, 0, 0, 1, 0]);
    t = 500;
    expect([buckets.take('a'), buckets.take('a')]).toEqual([0, 1]);
    t = 10_000;
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0, 1]);
  });

  it('answers a client past its burst 429 RATE_LIMITED with Retry-After, other clients and exempt ones unaffected, /health never', async () => {
    const limited = appWith({
      rateLimit: { perSecond: 0.5, burst: 3, exempt: ['127.0.0.1'] },
      clientAddress: (request) => request.headers.get('x-test-client') ?? undefined,
      rateLimitHoldMs: 0,
    });
    const ask = async (client: string, path = GRAPHQL_PATH) => {
      const response = await limited.fetch(`http://localhost${path}`, {
        method: path === GRAPHQL_PATH ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json', 'x-test-client': client },
        ...(path === GRAPHQL_PATH ? { body: JSON.stringify({ query: QUERY }) } : {}),
      });
      return { ...(await answer(response)), retryAfter: response.headers.get('retry-after') };
    };
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await ask('10.0.0.1')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await ask('10.0.0.1')).toEqual({ status: 429, code: 'RATE_LIMITED', ran: false, retryAfter: '2' });
    expect([(await ask('10.0.0.2')).status, (await ask('::ffff:127.0.0.1')).status, (await ask('10.0.0.1', '/health')).status]).toEqual([
      200, 200, 200,
    ]);
    const statics = [];
    for (let i = 0; i < 5; i++) statics.push((await ask('10.0.0.3', '/')).status);
    expect(statics.slice(3)).toEqual([429, 429]);
  });

  it('holds a refusal before sending it, so that a client ignoring Retry-After sends one request per connection per hold', async () => {
    const holdMs = 300;
    const limited = appWith({
      rateLimit: { perSecond: 0.1, burst: 1, exempt: [] },
      clientAddress: () => '10.0.0.9',
      rateLimitHoldMs: holdMs,
    });
    const timed = async () => {
      const started = performance.now();
      const response = await limited.fetch(`http://localhost${GRAPHQL_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      await response.text();
      return { status: response.status, held: performance.now() - started >= holdMs - 20 };
    };
    expect([await timed(), await timed()]).toEqual([
      { status: 200, held: false },
      { status: 429, held: true },
    ]);
  });
});

describe('every answer', () => {
  /** Requests of every kind: pages, files, the API right and wrong, refusals, odd paths and methods. */
  const REQUESTS: [string, string, RequestInit][] = [
    ['GET', '/', {}],
    ['GET', `/${'a'.repeat(300)}`, {}],
    ['HEAD', `/${'a'.repeat(300)}`, {}],
    ['GET', '/.env', {}],
    ['GET', '/assets/..%2f..%2f..%2fetc%2fpasswd', {}],
    ['GET', '/%E0%A4%A', {}],
    ['GET', '/%00', {}],
    ['GET', '/nope.js', {}],
    ['POST', '/nope', { body: 'x' }],
    ['DELETE', '/', {}],
    ['PUT', GRAPHQL_PATH, { headers: { 'content-type': 'application/json' }, body: '{}' }],
    ['GET', `${GRAPHQL_PATH}?query={__typename}&variables={`, { headers: { 'content-type': 'application/json' } }],
    ['GET', `${GRAPHQL_PATH}?query={__typename}&extensions={`, { headers: { 'x-graphql-csrf': '1' } }],
    ['GET', `${GRAPHQL_PATH}?query={__typename}&variables={`, {}],
    ['GET', GRAPHQL_PATH, { headers: { 'content-type': 'application/json' } }],
    ['POST', GRAPHQL_PATH, { headers: { 'content-type': 'application/json' }, body: '{"query":' }],
    ['POST', GRAPHQL_PATH, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) }],
    ['POST', GRAPHQL_PATH, { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) }],
    ['POST', GRAPHQL_PATH, { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query={__typename}' }],
    [
      'POST',
      GRAPHQL_PATH,
      { headers: { 'content-type': 'application/json', host: 'evil.example' }, body: JSON.stringify({ query: QUERY }) },
    ],
    ['GET', '/graphiql/missing.js', {}],
    ['POST', GRAPHQL_PATH, { headers: { 'content-type': 'application/graphql-response+json' }, body: JSON.stringify({ query: QUERY }) }],
    [
      'POST',
      GRAPHQL_PATH,
      { headers: { 'content-type': 'application/json', accept: 'image/png' }, body: JSON.stringify({ query: QUERY }) },
    ],
    ['POST', GRAPHQL_PATH, { headers: { 'content-type': 'application/json' }, body: JSON.stringify([{ query: QUERY }]) }],
    ['GET', '/health', {}],
  ];

  it('carries nosniff and a CSP, and, when it is an error, a code and no stack or file path', async () => {
    const problems: string[] = [];
    for (const [method, path, init] of REQUESTS) {
      const response = await app.fetch(`http://localhost${path}`, { method, ...init });
      const text = await response.text();
      const where = `${method} ${path.slice(0, 40)} → ${response.status}`;
      if (response.headers.get('x-content-type-options') !== 'nosniff') problems.push(`${where}: no nosniff`);
      if (!response.headers.get('content-security-policy')) problems.push(`${where}: no CSP`);
      if (/\bat .+:\d+:\d+|node_modules|\/server\/src\/|\.ts\b/.test(text) || text.includes(ROOT))
        problems.push(`${where}: a stack or a path: ${text.slice(0, 100)}`);
      if (response.status >= 400 && method !== 'HEAD') {
        const code = (await answer(new Response(text, { status: response.status }))).code;
        if (typeof code !== 'string' && !path.startsWith('/health')) problems.push(`${where}: no code: ${text.slice(0, 100)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives answers that are not pages a CSP that allows nothing', async () => {
    const api = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    const missing = await app.fetch('http://localhost/nope.js');
    expect([api.headers.get('content-security-policy'), missing.headers.get('content-security-policy')]).toEqual([
      API_CONTENT_SECURITY_POLICY,
      API_CONTENT_SECURITY_POLICY,
    ]);
  });
});
