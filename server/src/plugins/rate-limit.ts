// Per-client rate limiting: a token bucket per client address. Each request takes a token; the
// bucket holds `burst` and refills at `perSecond`; an empty bucket answers 429 RATE_LIMITED with
// Retry-After (whole seconds until a token is back), held a second before it is sent (a flood
// that ignores Retry-After is slowed to one request per connection per second). Addresses in `exempt` are never limited: by
// default the loopback addresses, because a server on 127.0.0.1 has one client, its user (the
// viewer, GraphiQL, scripts and the load tests), and the limit is for a server others can reach.
import type { Plugin } from 'graphql-yoga';
import { codedResponse } from '../responses.ts';

export interface RateLimit {
  /** Tokens added per second */
  perSecond: number;
  /** Bucket size: requests a client may send at once after a pause */
  burst: number;
  /** Addresses never limited */
  exempt: readonly string[];
}

/** The address as one spelling: IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d. */
export function normaliseAddress(address: string): string {
  const lower = address.trim().toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : lower;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Past this many buckets, the full ones (clients idle long enough to be back at `burst`) are dropped. */
const SWEEP_AT = 10_000;

export interface TokenBuckets {
  /** Takes a token for `client`: 0 when it had one, else the seconds until it will. */
  take(client: string): number;
  size(): number;
}

export function tokenBuckets(perSecond: number, burst: number, now: () => number = () => performance.now()): TokenBuckets {
  const buckets = new Map<string, Bucket>();
  let swept = -Infinity;
  const refill = (bucket: Bucket, t: number) => {
    bucket.tokens = Math.min(burst, bucket.tokens + ((t - bucket.at) / 1000) * perSecond);
    bucket.at = t;
  };
  return {
    take(client) {
      const t = now();
      // At most once a second: many clients at once must not make every request walk them all.
      if (buckets.size >= SWEEP_AT && t - swept >= 1000) {
        swept = t;
        for (const [key, bucket] of buckets) {
          refill(bucket, t);
          if (bucket.tokens >= burst) buckets.delete(key);
        }
      }
      let bucket = buckets.get(client);
      if (!bucket) {
        bucket = { tokens: burst, at: t };
        buckets.set(client, bucket);
      } else {
        refill(bucket, t);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return 0;
      }
      return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
    },
    size: () => buckets.size,
  };
}

/** The address of the peer of a node:http request; undefined for app.fetch calls made in-process. */
export function socketAddress(serverContext: unknown): string | undefined {
  if (typeof serverContext !== 'object' || serverContext === null || !('req' in serverContext)) return undefined;
  const req: unknown = serverContext.req;
  if (typeof req !== 'object' || req === null || !('socket' in req)) return undefined;
  const socket: unknown = req.socket;
  if (typeof socket !== 'object' || socket === null || !('remoteAddress' in socket)) return undefined;
  return typeof socket.remoteAddress === 'string' ? socket.remoteAddress : undefined;
}

export type ClientAddress = (request: Request, serverContext: unknown) => string | undefined;

/**
 * How long a refusal is held before it is sent. A client that ignores Retry-After and sends again at
 * once (a flood on a few keep-alive connections) then sends one request per connection per
 * interval, instead of keeping the server busy answering 429s; up to `MAX_HELD` refusals at once,
 * past which they are sent at once.
 */
export const REFUSAL_HOLD_MS = 1000;
const MAX_HELD = 1000;

/** A rate limit's plugin, and the same buckets for a request answered before yoga (response-cache-http.ts). */
export interface RateLimiter {
  plugin: Plugin;
  /**
   * Takes a token for a request from `address` (the socket's peer), as the plugin would: true when
   * it may be answered. False leaves the bucket empty, so the plugin, asked next, refuses it too.
   */
  admits(address: string | undefined): boolean;
}

/** Limits every request but those for the `unlimited` paths (health checks). A request with no client address is not limited. */
export function createRateLimiter(
  limit: RateLimit,
  unlimited: (pathname: string) => boolean,
  clientAddress: ClientAddress = (_r, context) => socketAddress(context),
  holdMs: number = REFUSAL_HOLD_MS,
): RateLimiter {
  const buckets = tokenBuckets(limit.perSecond, limit.burst);
  const exempt = new Set(limit.exempt.map(normaliseAddress));
  /** 0 when the client may go on (no address, exempt, or a token taken), else the seconds to wait. */
  const wait = (address: string | undefined): number => {
    if (address === undefined) return 0;
    const client = normaliseAddress(address);
    return exempt.has(client) ? 0 : buckets.take(client);
  };
  let held = 0;
  const plugin: Plugin = {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (unlimited(url.pathname)) return;
      const seconds = wait(clientAddress(request, serverContext));
      if (seconds === 0) return;
      const refusal = codedResponse(
        fetchAPI.Response,
        429,
        'RATE_LIMITED',
        `Too many requests from this address; try again in ${seconds} s.`,
        {
          headers: { 'retry-after': String(seconds) },
          extensions: { retryAfterSeconds: seconds },
          head: request.method === 'HEAD',
        },
      );
      if (holdMs <= 0 || held >= MAX_HELD) {
        endResponse(refusal);
        return;
      }
      held++;
      return new Promise<void>((done) =>
        setTimeout(() => {
          held--;
          endResponse(refusal);
          done();
        }, holdMs),
      );
    },
  };
  return { plugin, admits: (address) => wait(address) === 0 };
}

/** createRateLimiter's plugin alone. */
export function useRateLimit(
  limit: RateLimit,
  unlimited: (pathname: string) => boolean,
  clientAddress?: ClientAddress,
  holdMs?: number,
): Plugin {
  return createRateLimiter(limit, unlimited, clientAddress, holdMs).plugin;
}
