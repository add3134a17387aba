// The one way the API sends Cypher to Neo4j: a READ session (Neo4j itself refuses any write in
// it), every value a parameter, a server-side timeout, and a deadline on our side too. Closing a
// session waits for the server: against a Neo4j that accepted the connection and then stopped
// answering, that wait never ends. The deadline is what bounds the time a client waits.
import neo4j, { type Driver, isRetryableError } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors.ts';
import { toStoreError } from './neo4j-errors.ts';
import type { ValueMap } from './neo4j-values.ts';

/** Past the server's own timeout, how long to wait for it to say so before giving up on it. */
export const CLIENT_GRACE_MS = 1_000;

export interface ReadOptions {
  database: string;
  /** Server-side transaction timeout; the answer comes within this + CLIENT_GRACE_MS, or DatabaseUnavailableError does. */
  timeoutMs: number;
  /** Shown in Neo4j's transaction listing and query log */
  metadata?: Record<string, string>;
}

/** Rejects with DatabaseUnavailableError after `ms`, unless `work` settles first. */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(new Error(`no answer within ${ms} ms`))), ms);
  });
  // Once the deadline has won, the late outcome of `work` has no one to go to.
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Runs one query as an auto-commit transaction in a READ session and returns its rows as plain
 * maps; driver errors become store errors. Auto-commit, not driver.executeQuery's managed
 * transaction: one round trip (RUN and PULL sent together) instead of BEGIN, RUN/PULL and COMMIT,
 * about 1 ms less per query (bench/FINDINGS.md). A managed transaction would retry once after
 * about a second on a broken connection; this retries once at once, which is what replacing a
 * pooled connection Neo4j closed on a restart needs, within the same deadline.
 */
export async function readQuery(driver: Driver, text: string, params: Record<string, unknown>, options: ReadOptions): Promise<ValueMap[]> {
  const limit = options.timeoutMs + CLIENT_GRACE_MS;
  const config = { timeout: options.timeoutMs, ...(options.metadata ? { metadata: options.metadata } : {}) };
  const attempt = async (): Promise<ValueMap[]> => {
    // No bookmarks: read-only, no causal chain between the store's own queries to track.
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(text, params, config);
      return result.records.map((r) => r.toObject());
    } finally {
      // Not awaited: closing waits for the server, which may have stopped answering (see above).
      session.close().catch(() => {});
    }
  };
  try {
    return await withDeadline(
      attempt().catch((error: unknown) => {
        if (isRetryableError(error)) return attempt();
        throw error;
      }),
      limit,
    );
  } catch (error) {
    throw toStoreError(error);
  }
}
