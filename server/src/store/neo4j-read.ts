// The one way the API sends Cypher to Neo4j: a READ session (Neo4j itself refuses any write in
// it), every value a parameter, a server-side timeout, and a deadline on our side too. Closing a
// session waits for the server: against a Neo4j that accepted the connection and then stopped
// answering, that wait never ends. The deadline is what bounds the time a client waits.
// Every query first passes the driver's ReadGate (./read-gate.ts): bounded concurrency, a short
// queue, OverloadedError past it.
import neo4j, { type Driver, isRetryableError, Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors.ts';
import { toStoreError } from './neo4j-errors.ts';
import type { ValueMap } from './neo4j-values.ts';
import { type ReadGate, readGate } from './read-gate.ts';

/** Past the server's own timeout, how long to wait for it to say so before giving up on it. */
export const CLIENT_GRACE_MS = 1_000;

export interface ReadOptions {
  database: string;
  /**
   * Time limit of the query, its wait for a slot included: the answer comes within this +
   * CLIENT_GRACE_MS, or OverloadedError (never started), QueryTimeoutError or DatabaseUnavailableError does.
   */
  timeoutMs: number;
  /** Shown in Neo4j's transaction listing and query log */
  metadata?: Record<string, string>;
}

/** What a deadline's expiry becomes: DatabaseUnavailableError unless told otherwise. */
type LateError = (ms: number) => Error;
const noAnswer: LateError = (ms) => new DatabaseUnavailableError(new Error(`no answer within ${ms} ms`));

/** Rejects with `late(ms)` (DatabaseUnavailableError by default) after `ms`, unless `work` settles first. */
export function withDeadline<T>(work: Promise<T>, ms: number, late: LateError = noAnswer): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(late(ms)), ms);
  });
  // Once the deadline has won, the late outcome of `work` has no one to go to.
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** Neo4j's own transaction timeout: the server is up and ended the query (our `timeout`). */
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The error for a query that ran out of time. Neo4j saying so itself, or answering other queries
 * since this one was sent (or in the last CLIENT_GRACE_MS) while this one got nothing, means the
 * database is up and busy: QueryTimeoutError. Silence from it since then means it is not answering
 * at all: DatabaseUnavailableError.
 */
function lateError(gate: ReadGate, timeoutMs: number, sentAt: number): LateError {
  return (ms) =>
    gate.lastAnswerAt >= Math.min(sentAt, performance.now() - CLIENT_GRACE_MS)
      ? new QueryTimeoutError(timeoutMs, new Error(`no answer within ${ms} ms while Neo4j answered others`))
      : noAnswer(ms);
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
  const gate = readGate(driver);
  const limit = options.timeoutMs + CLIENT_GRACE_MS;
  const arrived = performance.now();
  // The time limit covers the wait for a slot too; a query that cannot start within it is refused.
  const release = await gate.enter(options.timeoutMs);
  const waited = performance.now() - arrived;
  const timeoutMs = Math.max(1, Math.round(options.timeoutMs - waited));
  const config = { timeout: timeoutMs, ...(options.metadata ? { metadata: options.metadata } : {}) };
  const attempt = async (): Promise<ValueMap[]> => {
    // No bookmarks: read-only, no causal chain between the store's own queries to track.
    const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(text, params, config);
      gate.answered();
      return result.records.map((r) => r.toObject());
    } catch (error) {
      if (error instanceof Neo4jError && error.code.startsWith('Neo.')) gate.answered();
      throw error;
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
      limit - waited,
      lateError(gate, options.timeoutMs, performance.now()),
    );
  } catch (error) {
    if (error instanceof Neo4jError && TIMED_OUT_CODES.has(error.code)) throw new QueryTimeoutError(options.timeoutMs, error);
    throw toStoreError(error);
  } finally {
    // At the deadline, not when the work settles: by then Neo4j has ended the transaction itself
    // (its timeout is shorter), or it is not answering anyone, and a slot held for ever would
    // refuse every later query as OVERLOADED instead of DATABASE_UNAVAILABLE.
    release();
  }
}
