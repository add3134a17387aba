// The body limit as clients meet it: through app.fetch, and over a real socket, where node:http
// frames the body (Content-Length), streams it (chunked), or refuses an ambiguous request.
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../../seed/index.ts';
import { createApp, LIMITS } from '../app.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import { readBounded } from './body-limit.ts';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';

const NO_VIEWER = fileURLToPath(new URL('./no-viewer-here/', import.meta.url));
const app = createApp({ store: createMemoryStore(await loadGraph(FIXTURE_DATA_DIR)), logger: false, viewerDir: NO_VIEWER });

/** A JSON body of about `bytes` bytes asking for { __typename }. */
function bodyOf(bytes: number): string {
  const empty = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
  return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(Math.max(0, bytes - empty.length)) } });
}

interface Answer {
  status: number;
  body: string;
}

function summary({ status, body }: Answer): { status: number; codes: unknown; data: unknown } {
  const json = JSON.parse(body) as { data?: unknown; errors?: { extensions?: { code?: unknown } }[] };
  return { status, codes: json.errors?.map((e) => e.extensions?.code), data: json.data };
}

const OK = { status: 200, codes: undefined, data: { __typename: 'Query' } };
const TOO_LARGE = { status: 413, codes: ['REQUEST_ENTITY_TOO_LARGE'], data: undefined };

describe('the request body limit, through app.fetch', () => {
  const post = async (body: BodyInit, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    });
    return { status: response.status, body: await response.text() };
  };

  it(`answers a body of exactly ${LIMITS.bodyBytes} bytes`, async () => {
    const body = bodyOf(LIMITS.bodyBytes);
    expect(Buffer.byteLength(body)).toBe(LIMITS.bodyBytes);
    expect(summary(await post(body))).toEqual(OK);
  });

  it('refuses one byte more with 413, with or without a Content-Length', async () => {
    const body = bodyOf(LIMITS.bodyBytes + 1);
    expect(summary(await post(body))).toEqual(TOO_LARGE);
    expect(summary(await post(body, { 'content-length': String(LIMITS.bodyBytes + 1) }))).toEqual(TOO_LARGE);
  });

  it('counts the bytes a stream actually sends, whatever the Content-Length says', async () => {
    const chunk = new TextEncoder().encode(bodyOf(LIMITS.bodyBytes / 2));
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    expect(summary(await post(endless, { 'content-length': '10' }))).toEqual(TOO_LARGE);
    expect(pulled).toBeLessThan(10);
  });

  it('refuses a Content-Length that is not one number with 400', async () => {
    for (const length of ['12, 12', '-1', 'ten']) {
      const { status, body } = await post(bodyOf(100), { 'content-length': length });
      expect({ length, status, codes: summary({ status, body }).codes }).toEqual({ length, status: 400, codes: ['BAD_REQUEST'] });
    }
  });
});

describe('the request body limit, over a socket', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
  });

  /** A POST with a Content-Length, or chunked when `chunked` (node:http then sends no length). */
  const send = (body: string, chunked = false): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
      if (!chunked) headers['content-length'] = String(Buffer.byteLength(body));
      const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      // The server may answer 413 and close before reading all of a large body.
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
      );
      if (chunked) {
        for (let i = 0; i < body.length; i += 16_384) req.write(body.slice(i, i + 16_384));
        req.end();
      } else req.end(body);
    });

  it('answers bodies up to the limit, with a Content-Length or chunked', async () => {
    expect(summary(await send(bodyOf(LIMITS.bodyBytes)))).toEqual(OK);
    expect(summary(await send(bodyOf(LIMITS.bodyBytes), true))).toEqual(OK);
    expect(summary(await send(bodyOf(200), true))).toEqual(OK);
  });

  it('refuses a body over the limit with 413, with a Content-Length or chunked', async () => {
    expect(summary(await send(bodyOf(LIMITS.bodyBytes + 1)))).toEqual(TOO_LARGE);
    expect(summary(await send(bodyOf(LIMITS.bodyBytes + 1), true))).toEqual(TOO_LARGE);
    expect(summary(await send(bodyOf(10 * LIMITS.bodyBytes), true))).toEqual(TOO_LARGE);
  });

  /** Raw bytes on a fresh connection; resolves to everything the server sent before closing. */
  const raw = (bytes: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(error),
      );
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });

  it('never runs a body longer than its Content-Length: the rest is not part of the request', async () => {
    // A small Content-Length in front of a large chunked body: Node refuses the request outright.
    const big = bodyOf(2 * LIMITS.bodyBytes);
    const chunkedBody = `${big.length.toString(16)}\r\n${big}\r\n0\r\n\r\n`;
    const both = await raw(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 20\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n${chunkedBody}`,
    );
    expect(both.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(both).not.toContain('__typename');
    // A Content-Length shorter than what follows: the query is cut at the declared length.
    const short = await raw(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 20\r\nConnection: close\r\n\r\n${big}`,
    );
    expect(short.split('\r\n')[0]).toMatch(/^HTTP\/1\.1 400 /);
    expect(short).not.toContain('"data"');
  });
});

describe('readBounded', () => {
  it('returns the bytes of a stream within the limit, and stops reading a longer one at the limit', async () => {
    const stream = (chunks: number, size: number) => {
      let sent = 0;
      const state = { sent: 0 };
      return {
        state,
        body: new ReadableStream<Uint8Array>({
          pull(controller) {
            if (sent === chunks) return controller.close();
            sent++;
            state.sent = sent;
            controller.enqueue(new Uint8Array(size).fill(120));
          },
        }),
      };
    };
    const within = stream(4, 25);
    expect(Buffer.from(await readBounded(within.body, 100)).toString()).toBe('x'.repeat(100));
    const over = stream(1000, 25);
    await expect(readBounded(over.body, 100)).rejects.toMatchObject({ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } });
    expect(over.state.sent).toBeLessThan(10);
  });
});
