// The node:http server the app listens on, with its time limits written down instead of left to
// Node's defaults (headers 60 s, a whole request 300 s, checked every 30 s): a client that sends
// its headers a byte at a time (slowloris) or never finishes its body holds a socket and memory
// for minutes. Here the headers must arrive within 10 s and the whole request within 30 s (a
// query's own limit is NEO4J_QUERY_TIMEOUT_MS, 5 s by default, plus 1 s); an idle keep-alive
// socket is closed after 5 s.
import { createServer, type RequestListener, type Server } from 'node:http';

export interface ServerTimeouts {
  /** The request line and headers must have arrived by then */
  headersTimeoutMs: number;
  /** The whole request, body included */
  requestTimeoutMs: number;
  /** An idle keep-alive socket is closed after this */
  keepAliveTimeoutMs: number;
  /** How often Node looks for requests past those limits */
  checkIntervalMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
};

export function createHttpServer(listener: RequestListener, timeouts: ServerTimeouts = SERVER_TIMEOUTS): Server {
  return createServer(
    {
      // No Nagle delay on small answers (node:http's default, spelt out) and keep-alive for clients that reuse sockets.
      noDelay: true,
      keepAlive: true,
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    listener,
  );
}
