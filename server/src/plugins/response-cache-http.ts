// A response-cache hit answered from the raw node:http request, before yoga. Through yoga a hit
// costs 2.2× the bare round trip of the same bytes (bench cache-hit): the cache's lookup is
// 0.1 ms, the rest is the fetch-API Request and Response and the envelop plugin chain around it.
// Here a request is answered only when it is one every guard of the yoga path lets through and
// the answer is already kept; anything else (a miss, an unusual header, a refusal) goes to yoga
// as it came, so every refusal and error stays yoga's, word for word. The guards, in yoga's order:
//   allowed hosts (plugins/allowed-hosts.ts)      the Host header, checked the same way;
//   rate limit (plugins/rate-limit.ts)            a token from the same buckets (RateLimiter.admits);
//   read-only rule, armor, cost and answer limits  nothing to do: only a query's answer is kept, once
//                                                  it passed them;
//   GraphiQL's page, /health, static files         other paths, or a GET for text/html: left to yoga;
//   CSRF prevention (plugins/csrf-prevention.ts)  the same rule (preflighted);
//   body limit (plugins/body-limit.ts)            a Content-Length within the limit, framed by node:http
//                                                  (no Transfer-Encoding), or yoga reads it;
//   request parameters (plugins/request-params.ts) paramsFromSearch for a GET; a POST body must be a
//                                                  JSON object with only the four GraphQL parameters;
//   security headers (plugins/security-headers.ts) the same three headers;
//   request log (plugins/request-log.ts)          logs nothing for a 200 without errors, so nothing here.
// The answer's Content-Type is chosen from Accept as yoga's result processor chooses it (its
// regular processor, the last one it tries, so the one that wins whenever it matches).
// createApp uses this only without CORS and outside annotate mode (see app.ts).
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { hostAllowed } from './allowed-hosts.ts';
import { preflighted } from './csrf-prevention.ts';
import type { RateLimiter } from './rate-limit.ts';
import { paramsFromSearch } from './request-params.ts';
import type { CacheParams, ResponseCache } from './response-cache.ts';
import { API_CONTENT_SECURITY_POLICY } from './security-headers.ts';

export interface CacheHitGuards {
  /** The GraphQL endpoint's path (GRAPHQL_PATH) */
  path: string;
  allowedHosts: readonly string[];
  /** The app's rate limit, when it has one that limits by the socket's peer address */
  rateLimiter: RateLimiter | null;
  bodyBytes: number;
}

/** Answers the request and returns true, or returns false having changed nothing but, for a POST, read its body. */
export type CacheHitHandler = (req: IncomingMessage, res: ServerResponse) => Promise<{ answered: boolean; body?: Buffer }>;

const PARAMETERS: ReadonlySet<string> = new Set(['query', 'operationName', 'variables', 'extensions']);
const CONTENT_LENGTH = /^\d+$/;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The media type yoga's regular result processor answers with for this Accept header, or null when
 * it would not be the one chosen (then yoga decides). graphql-yoga's getMediaTypesForRequestInOrder
 * and useResultProcessors, for that processor: the last match wins.
 */
export function acceptedMediaType(accept: string | undefined): string | null {
  const asked = (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',');
  const inOrder: string[] = [];
  for (const entry of asked) {
    const [mediaType, ...params] = entry.split(';');
    if (mediaType === undefined) continue;
    const charset = params.find((p) => p.includes('charset=')) ?? 'charset=utf-8';
    if (charset === 'charset=utf-8') inOrder.push(mediaType);
  }
  let chosen: string | null = null;
  for (const wanted of inOrder.reverse()) {
    const [pre, suf] = wanted.split('/');
    for (const offered of ['application/graphql-response+json', 'application/json']) {
      const [offeredPre, offeredSuf] = offered.split('/');
      if ((pre === '*' || pre === offeredPre) && (suf === '*' || suf === offeredSuf)) chosen = offered;
    }
  }
  return chosen;
}

/** The body node:http framed to its Content-Length; rejects when the client goes away before its end. */
function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      ended = true;
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!ended) reject(new Error('The request closed before its body ended.'));
    });
  });
}

/** A POST body's GraphQL parameters, or null when yoga should be the one to read them. */
function paramsFromBody(body: Buffer): CacheParams | null {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const params: CacheParams = {};
  for (const [name, given] of Object.entries(value)) {
    if (!PARAMETERS.has(name)) return null;
    if (name === 'query' || name === 'operationName') {
      if (given === null) continue;
      if (typeof given !== 'string') return null;
      params[name] = given;
    } else if (given !== null) {
      params[name === 'variables' ? 'variables' : 'extensions'] = given;
    }
  }
  return params;
}

export function createCacheHitHandler(cache: ResponseCache, guards: CacheHitGuards): CacheHitHandler {
  const send = (req: IncomingMessage, res: ServerResponse, params: CacheParams, mediaType: string): boolean => {
    // The rate limit's token is taken only for a kept answer: a miss takes its token in yoga, and a
    // refused request is neither a hit nor a miss (yoga's plugin refuses it before the cache's).
    const { rateLimiter } = guards;
    const text = cache.answer(params, rateLimiter ? () => rateLimiter.admits(req.socket.remoteAddress) : undefined);
    if (text === null) return false;
    res.writeHead(200, {
      'content-type': `${mediaType}; charset=utf-8`,
      'content-length': Buffer.byteLength(text),
      'content-security-policy': API_CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(text);
    return true;
  };

  return async (req, res) => {
    const { headers } = req;
    const host = header(headers, 'host');
    if (host === undefined || !hostAllowed(host, guards.allowedHosts) || !preflighted((name) => header(headers, name)))
      return { answered: false };
    const mediaType = acceptedMediaType(header(headers, 'accept'));
    if (mediaType === null) return { answered: false };
    const url = req.url ?? '';
    if (req.method === 'GET') {
      const query = url.indexOf('?');
      if (query < 0 || url.slice(0, query) !== guards.path) return { answered: false };
      if (header(headers, 'accept')?.includes('text/html')) return { answered: false };
      let params: CacheParams;
      try {
        params = paramsFromSearch(new URLSearchParams(url.slice(query + 1)));
      } catch {
        return { answered: false };
      }
      return { answered: send(req, res, params, mediaType) };
    }
    if (req.method !== 'POST' || url !== guards.path) return { answered: false };
    const type = header(headers, 'content-type')?.split(';')[0]?.trim().toLowerCase();
    const length = headers['content-length'];
    if (type !== 'application/json' || headers['transfer-encoding'] !== undefined || length === undefined) return { answered: false };
    if (!CONTENT_LENGTH.test(length) || Number(length) === 0 || Number(length) > guards.bodyBytes) return { answered: false };
    const body = await readBody(req);
    const params = paramsFromBody(body);
    return { answered: params !== null && send(req, res, params, mediaType), body };
  };
}
