// GET /health: whether the store answers, as JSON, for people and for container health checks,
// and, when the response cache is on, its counters (hits, misses, entries, bytes and their bounds).
import type { ResponseCacheStats } from './plugins/response-cache.ts';
import type { StoreHealth, GraphStore } from './store/types.ts';

export const HEALTH_TIMEOUT_MS = 3000;

/** The store's own answer, or a failed one when it throws or does not answer in time. */
export async function checkHealth(store: GraphStore, timeoutMs = HEALTH_TIMEOUT_MS): Promise<StoreHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<StoreHealth>((done) => {
    timer = setTimeout(() => done({ ok: false, store: store.name, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    // The store's error message may name hosts or credentials' users: it goes to no one.
    const answer = store.health().catch((): StoreHealth => ({ ok: false, store: store.name, detail: 'the store did not answer' }));
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthResponse(health: StoreHealth, ResponseClass: typeof Response, cache?: ResponseCacheStats): Response {
  const body = { ok: health.ok, store: health.store, detail: health.detail, ...(cache ? { responseCache: cache } : {}) };
  return new ResponseClass(JSON.stringify(body), {
    status: health.ok ? 200 : 503,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}
