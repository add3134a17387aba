// The one way the API sends Cypher to Neo4j: a READ transaction (Neo4j itself refuses any write in
// it), every value a parameter, a server-side timeout, and a deadline on our side too. The
// driver's AbortSignal closes the session, and closing waits for the server: against a Neo4j that
// accepted the connection and then stopped answering, that wait never ends. The deadline is what
// bounds the time a client waits.
import { type Driver, routing } from 'neo4j-driver';
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

/** Runs one query in a READ transaction and returns its rows as plain maps; driver errors become store errors. */
export async function readQuery(driver: Driver, text: string, params: Record<string, unknown>, options: ReadOptions): Promise<ValueMap[]> {
  const limit = options.timeoutMs + CLIENT_GRACE_MS;
  try {
    const result = await withDeadline(
      driver.executeQuery(text, params, {
        database: options.database,
        routing: routing.READ,
        // Read-only: no causal chain between the store's own queries to track.
        bookmarkManager: null,
        transactionConfig: { timeout: options.timeoutMs, ...(options.metadata ? { metadata: options.metadata } : {}) },
        // Lets the driver close the session (and free its connection) once the server answers at all.
        signal: AbortSignal.timeout(limit),
      }),
      limit,
    );
    return result.records.map((r) => r.toObject());
  } catch (error) {
    throw toStoreError(error);
  }
}
