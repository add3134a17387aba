// A response cache for the read API: the JSON text of a successful answer, kept in memory and
// sent again for the same question about the same graph, without parsing, validating or running
// anything. The graph changes only when it is seeded (or rebuilt by annotate mode), so every
// identical question about one graph has one answer.
//
// Ours rather than @graphql-yoga/plugin-response-cache (which accepts Node 20): that plugin adds
// __typename and key fields to every document to find the entities an answer holds, for per-entity
// invalidation this graph has no use for (it changes as a whole, and its fingerprint says when), then
// walks every answer to collect them (the whole graph is ~100,000 objects); and its in-memory store
// bounds entries, not bytes. This keeps the answer's text as the first miss produced it (so a hit
// sends exactly the bytes of a miss), counts its bytes, and drops everything when the graph changes.
//
// Keys: the graph's fingerprint, the operation name, the query text, the variables and extensions
// as sent. Never kept: an answer with any error (OVERLOADED's 503, a timeout, a partial answer), one
// that sets HTTP extensions, a stream, anything but a query, or any answer while the graph's
// fingerprint is unknown (setGraph(null): Neo4j not answering the check).
//
// Over node:http, a hit is answered before yoga when the request passes every guard
// (response-cache-http.ts, through answer()); this plugin answers the hits that reach yoga.
import type { DefinitionNode, ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface ResponseCacheLimits {
  /** Answers kept at most; the least recently used goes first */
  maxEntries: number;
  /** Bytes of keys and answers (UTF-8) kept at most; an answer above a quarter of it is never kept */
  maxBytes: number;
}

export const DEFAULT_RESPONSE_CACHE_LIMITS: ResponseCacheLimits = { maxEntries: 1000, maxBytes: 64 * 1024 * 1024 };

export interface ResponseCacheStats {
  hits: number;
  misses: number;
  entries: number;
  bytes: number;
  maxEntries: number;
  maxBytes: number;
}

export interface ResponseCache {
  /**
   * The graph the store now serves, by its fingerprint (seed/index.ts graphFingerprint or
   * storedFingerprint). A different one drops every answer; null (unknown) turns the cache off
   * until a fingerprint is known again. Call it whenever the store's graph may have changed.
   */
  setGraph(fingerprint: string | null): void;
  /** Drops every answer (the counters stay). */
  clear(): void;
  stats(): ResponseCacheStats;
  /**
   * The kept answer to these parameters, counted as a hit, or null (not counted: the request goes on
   * to yoga, whose plugin counts the miss). For answering a hit before yoga (response-cache-http.ts):
   * `admit` is asked only when an answer is kept (it takes a rate-limit token); false gives null.
   */
  answer(params: CacheParams, admit?: () => boolean): string | null;
  readonly plugin: Plugin;
}

/** The GraphQL parameters of a request, as received. */
export interface CacheParams {
  query?: string;
  operationName?: string;
  variables?: unknown;
  extensions?: unknown;
}

interface Entry {
  text: string;
  bytes: number;
}

/** What onParams decided for a request: the key to keep its answer under, and the graph it was asked of. */
const pending = new WeakMap<object, { key: string; graph: string }>();

function keyOf(fingerprint: string, params: CacheParams): string | null {
  if (typeof params.query !== 'string') return null;
  // JSON of the variables as received: the same request gives the same text; another order of the
  // same variables is only a miss, never a wrong answer.
  return JSON.stringify([fingerprint, params.operationName ?? null, params.query, params.variables ?? null, params.extensions ?? null]);
}

export function createResponseCache(limits: ResponseCacheLimits = DEFAULT_RESPONSE_CACHE_LIMITS): ResponseCache {
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let fingerprint: string | null = null;
  const maxEntryBytes = Math.floor(limits.maxBytes / 4);

  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  const remove = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.bytes;
  };
  const keep = (key: string, text: string) => {
    const size = Buffer.byteLength(key) + Buffer.byteLength(text);
    if (size > maxEntryBytes || limits.maxEntries === 0) return;
    const old = entries.get(key);
    if (old) remove(key, old);
    entries.set(key, { text, bytes: size });
    bytes += size;
    // A Map iterates in insertion order, and a hit re-inserts its entry: the first is the least recently used.
    for (const [oldestKey, oldest] of entries) {
      if (entries.size <= limits.maxEntries && bytes <= limits.maxBytes) break;
      remove(oldestKey, oldest);
    }
  };

  /** The kept text under `key`, counted as a hit and made the most recently used, when `admit` lets it be sent. */
  const hit = (key: string, admit?: () => boolean): string | null => {
    const entry = entries.get(key);
    if (!entry || (admit && !admit())) return null;
    hits++;
    entries.delete(key);
    entries.set(key, entry);
    return entry.text;
  };

  const plugin: Plugin = {
    onParams({ params, request, setResult }) {
      if (fingerprint === null) return;
      const key = keyOf(fingerprint, params);
      if (key === null) return;
      const text = hit(key);
      if (text !== null) {
        // yoga serialises a result through its own stringify when it has one: the kept text, as is.
        const kept: ExecutionResult & { stringify: () => string } = { data: null, stringify: () => text };
        setResult(kept);
        return;
      }
      misses++;
      pending.set(request, { key, graph: fingerprint });
    },
    onExecute({ args }) {
      // Only queries are kept: annotate mode's mutations must run every time.
      const request = requestOf(args.contextValue);
      const definitions: readonly DefinitionNode[] = args.document.definitions;
      const operation = definitions.find(
        (d) => d.kind === 'OperationDefinition' && (args.operationName == null || d.name?.value === args.operationName),
      );
      if (request && (operation?.kind !== 'OperationDefinition' || operation.operation !== 'query')) pending.delete(request);
    },
    onExecutionResult({ request, result, setResult }) {
      const asked = pending.get(request);
      if (asked === undefined) return;
      pending.delete(request);
      if (!result || Symbol.asyncIterator in result || result.errors?.length || result.extensions?.['http']) return;
      const stringify = result.stringify ?? JSON.stringify;
      setResult({
        ...result,
        stringify: (r) => {
          const text = stringify(r);
          // The graph may have been replaced while the query ran: then the answer is of neither for sure.
          if (asked.graph === fingerprint) keep(asked.key, text);
          return text;
        },
      });
    },
  };

  return {
    setGraph(next) {
      if (next === fingerprint) return;
      fingerprint = next;
      clear();
    },
    clear,
    stats: () => ({ hits, misses, entries: entries.size, bytes, maxEntries: limits.maxEntries, maxBytes: limits.maxBytes }),
    answer(params, admit) {
      if (fingerprint === null) return null;
      const key = keyOf(fingerprint, params);
      return key === null ? null : hit(key, admit);
    },
    plugin,
  };
}

/** yoga puts the request on the context of every execution (its own Request class, not always the global one). */
function requestOf(context: unknown): object | null {
  if (typeof context !== 'object' || context === null || !('request' in context)) return null;
  return typeof context.request === 'object' ? context.request : null;
}
