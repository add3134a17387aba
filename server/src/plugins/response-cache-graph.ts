// How a Neo4j-backed server learns that its graph changed: another process (npm run seed, a second
// replica's start-up) may load a new graph at any time, so the stored fingerprint is read every
// intervalMs and given to the cache, which drops its answers when it differs. Until the first read
// answers, and whenever a read fails, the fingerprint is unknown and the cache serves nothing.
import type { ResponseCache } from './response-cache.ts';

export const DEFAULT_GRAPH_CHECK_MS = 1000;

export interface GraphWatch {
  /** Reads the fingerprint now (start-up, and tests); resolves once the cache has it. */
  check(): Promise<void>;
  stop(): void;
}

export function watchGraph(cache: ResponseCache, read: () => Promise<string | null>, intervalMs = DEFAULT_GRAPH_CHECK_MS): GraphWatch {
  let running: Promise<void> | null = null;
  const check = () => {
    // One read at a time: a slow database must not pile checks up.
    running ??= read()
      .then(
        (fingerprint) => cache.setGraph(fingerprint),
        () => cache.setGraph(null),
      )
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void check(), intervalMs);
  // The watch alone never keeps the process alive.
  timer.unref();
  return {
    check,
    stop: () => clearInterval(timer),
  };
}
