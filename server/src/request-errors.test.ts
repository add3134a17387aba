// Client errors are 4xx with a code, and logged at debug in one short line; a request that failed
// on our side is logged once, with its cause (DATABASE_UNAVAILABLE's kept cause among them), and a
// fault repeated by many requests is one line and then a count, not a line per request.
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { createApp, GRAPHQL_PATH } from './app.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { guarded } from './plugins/security-headers.ts';
import { createMemoryStore } from './store/memory-store.ts';
import type { GraphStore } from './store/types.ts';

const seed = await loadGraph(FIXTURE_DATA_DIR);

/** A logger that keeps what it is given, one string per call, by level. */
function recordingLogger() {
  const lines: { level: string; text: string }[] = [];
  const keep =
    (level: string) =>
    (...args: unknown[]) => {
      lines.push({
        level,
        text: args.map((a) => (a instanceof Error ? `${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
      });
    };
  return { lines, logger: { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') } };
}

function appWith(store: GraphStore = createMemoryStore(seed)) {
  const { lines, logger } = recordingLogger();
  return { lines, app: createApp({ store, logger }) };
}

const atLevel = (lines: { level: string; text: string }[], ...levels: string[]) => lines.filter((l) => levels.includes(l.level));

async function body(response: Response) {
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('parameters a client got wrong', () => {
  it.each([
    ['variables={', 'variables', 'not valid JSON'],
    ['variables=nope', 'variables', 'not valid JSON'],
    ['variables=[', 'variables', 'not valid JSON'],
    ['variables=[]', 'variables', 'must be a JSON object'],
    ['extensions={', 'extensions', 'not valid JSON'],
  ])('answers GET ?%s with 400 BAD_REQUEST naming the parameter, and logs it at debug only', async (parameter, name, problem) => {
    const { app, lines } = appWith();
    const response = await app.fetch(`http://localhost${GRAPHQL_PATH}?query={__typename}&${parameter}`, {
      headers: { 'content-type': 'application/json' },
    });
    const message =
      problem === 'not valid JSON'
        ? `The ${name} parameter is not valid JSON; it must be a JSON object, URL-encoded (${name}=%7B%22id%22%3A%221%22%7D).`
        : `The ${name} parameter must be a JSON object.`;
    expect(await body(response)).toEqual({ status: 400, body: { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] } });
    expect(atLevel(lines, 'info', 'warn', 'error')).toEqual([]);
    expect(atLevel(lines, 'debug').filter((l) => l.text.startsWith('request refused'))).toEqual([
      { level: 'debug', text: 'request refused {"status":400,"method":"GET","path":"/graphql","codes":["BAD_REQUEST"]}' },
    ]);
  });

  it('answers a POST body that is not JSON with 400, whatever the client accepts', async () => {
    const { app } = appWith();
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: '{"query":',
      });
      expect(await body(response), accept).toEqual({
        status: 400,
        body: { errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }] },
      });
    }
  });

  it('writes a short debug line for a 90 KB bad variable, not the variable (it wrote 181 KB at error level)', async () => {
    const { app, lines } = appWith();
    const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query ($n: Int) { search(text: "e", limit: $n) { id } }', variables: { n: 'x'.repeat(90_000) } }),
    });
    expect(response.status).toBe(400);
    expect(atLevel(lines, 'info', 'warn', 'error')).toEqual([]);
    const logged = lines.filter((l) => l.text.startsWith('request refused'));
    expect(logged).toEqual([
      { level: 'debug', text: 'request refused {"status":400,"method":"POST","path":"/graphql","codes":["BAD_USER_INPUT"]}' },
    ]);
  });
});

describe('faults on our side', () => {
  it('logs DATABASE_UNAVAILABLE with the cause it keeps, once, then the count of the requests that followed', async () => {
    const store = createMemoryStore(seed);
    const cause = Object.assign(new Error('Could not perform discovery. No routing servers available.'), { code: 'ServiceUnavailable' });
    const { app, lines } = appWith({ ...store, incidents: async () => Promise.reject(new DatabaseUnavailableError(cause)) });
    const ask = () =>
      app.fetch(`http://localhost${GRAPHQL_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ incidents { id } }' }),
      });
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push((await ask()).status);
    expect(new Set(answers)).toEqual(new Set([200]));
    const fields = {
      code: 'DATABASE_UNAVAILABLE',
      status: 200,
      method: 'POST',
      path: '/graphql',
      cause: 'Error: Could not perform discovery. No routing servers available. (ServiceUnavailable)',
    };
    expect(atLevel(lines, 'warn', 'error')).toEqual([
      { level: 'error', text: `request failed ${JSON.stringify({ ...fields, count: 1 })}` },
    ]);
    // The interval (10 s) has not ended; disposing the app writes what is pending.
    await app.dispose();
    expect(atLevel(lines, 'warn', 'error')).toEqual([
      { level: 'error', text: `request failed ${JSON.stringify({ ...fields, count: 1 })}` },
      { level: 'error', text: `request failed ${JSON.stringify({ ...fields, count: 29 })}` },
    ]);
  });

  it('logs an unexpected error once (yoga logged its stack twice), with where it was thrown, and masks it', async () => {
    const store = createMemoryStore(seed);
    const { app, lines } = appWith({ ...store, documents: async () => Promise.reject(new TypeError('x is not a function')) });
    const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ documents { id } }' }),
    });
    expect(await body(response)).toEqual({
      status: 200,
      body: {
        data: null,
        errors: [
          {
            message: 'Unexpected error.',
            locations: [{ line: 1, column: 3 }],
            path: ['documents'],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      },
    });
    const logged = atLevel(lines, 'warn', 'error');
    expect(logged).toHaveLength(1);
    expect(logged[0]?.text).toMatch(
      /^request failed \{"code":"INTERNAL_SERVER_ERROR","status":200,"method":"POST","path":"\/graphql","cause":"TypeError: x is not a function at .*request-errors\.test\.ts:\d+:\d+\)?","count":1\}$/,
    );
  });

  it('answers a plugin that throws with a coded 500 and logs it, where the node:http adapter answered its stack', async () => {
    const faults: unknown[] = [];
    const thrower = guarded(
      {
        onRequest: () => {
          throw new Error(`ENAMETOOLONG: name too long, open '/work/main/client/dist/${'a'.repeat(20)}'`);
        },
      },
      (_request, error) => faults.push(error),
    );
    const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }' });
    const yoga = createYoga({ schema, logging: false, plugins: [thrower] });
    const response = await yoga.fetch('http://localhost/anything');
    expect(await body(response)).toEqual({
      status: 500,
      body: { errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    });
    expect(faults.map((f) => (f instanceof Error ? f.message.slice(0, 12) : f))).toEqual(['ENAMETOOLONG']);
  });
});
