// The server's time limits, on a real socket: a client that sends its headers a byte at a time
// (slowloris) is cut off at the headers limit, one that never finishes its body at the request
// limit, and an idle keep-alive socket is closed; the limits are the ones written in http-server.ts.
import { connect } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpServer, SERVER_TIMEOUTS, type ServerTimeouts } from './http-server.ts';

const SHORT: ServerTimeouts = { headersTimeoutMs: 400, requestTimeoutMs: 800, keepAliveTimeoutMs: 300, checkIntervalMs: 100 };
/** Scheduling on a busy two-core machine. */
const MARGIN_MS = 1_000;

// Answers once the whole body has come, as the app does.
const server = createHttpServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.setHeader('content-type', 'text/plain');
    res.end('ok');
  });
}, SHORT);
await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
const address = server.address();
if (address === null || typeof address === 'string') throw new Error('no TCP address');
const { port } = address;
afterAll(() => new Promise<void>((done) => server.close(() => done())));

/** Writes `parts` one every `everyMs` (stopping when the server closes); resolves with what came back and when the socket closed. */
function trickle(parts: string[], everyMs: number): Promise<{ received: string; closedAfterMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let timer: NodeJS.Timeout | undefined;
    let next = 0;
    const send = () => {
      if (socket.destroyed || next >= parts.length) return;
      socket.write(parts[next++] ?? '');
      timer = setTimeout(send, everyMs);
    };
    socket.on('connect', send);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error),
    );
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ received: Buffer.concat(chunks).toString('utf8'), closedAfterMs: performance.now() - started });
    });
  });
}

describe('the server time limits', () => {
  it('are set on the server as written: headers 10 s, a request 30 s, idle keep-alive 5 s', () => {
    const real = createHttpServer(() => {});
    expect({ headers: real.headersTimeout, request: real.requestTimeout, keepAlive: real.keepAliveTimeout }).toEqual({
      headers: SERVER_TIMEOUTS.headersTimeoutMs,
      request: SERVER_TIMEOUTS.requestTimeoutMs,
      keepAlive: SERVER_TIMEOUTS.keepAliveTimeoutMs,
    });
    expect([SERVER_TIMEOUTS.headersTimeoutMs, SERVER_TIMEOUTS.requestTimeoutMs, SERVER_TIMEOUTS.keepAliveTimeoutMs]).toEqual([
      10_000, 30_000, 5_000,
    ]);
  });

  it('cuts off headers sent a byte at a time with 408 at the headers limit', async () => {
    const headers = `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ${'a'.repeat(100)}`;
    const { received, closedAfterMs } = await trickle([...headers], 50);
    expect(received.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(closedAfterMs).toBeGreaterThanOrEqual(SHORT.headersTimeoutMs - 50);
    expect(closedAfterMs).toBeLessThan(SHORT.headersTimeoutMs + SHORT.checkIntervalMs + MARGIN_MS);
  });

  it('cuts off a body that never ends at the request limit', async () => {
    const head = 'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n';
    const { received, closedAfterMs } = await trickle([head, ...Array.from({ length: 100 }, () => 'x')], 50);
    expect(received.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
    expect(closedAfterMs).toBeLessThan(SHORT.requestTimeoutMs + SHORT.checkIntervalMs + MARGIN_MS);
  });

  it('closes a keep-alive socket left idle after its answer', async () => {
    const { received, closedAfterMs } = await trickle(['GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'], 10);
    expect(received.split('\r\n')[0]).toBe('HTTP/1.1 200 OK');
    // Node keeps an idle socket 1 s past keepAliveTimeout, so that a client's request sent just at the limit is not lost.
    expect(closedAfterMs).toBeLessThan(SHORT.keepAliveTimeoutMs + 1_000 + MARGIN_MS);
  });
});
