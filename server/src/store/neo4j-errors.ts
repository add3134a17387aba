// The one place driver errors become store errors. "Neo4j did not answer" — down, unreachable,
// restarting, timed out, refusing our credentials — is DatabaseUnavailableError (the client may
// retry); anything else (a syntax error, a bad record) is a bug and goes up unchanged, to be masked.
import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors.ts';

/** Codes that mean "not now" rather than "never": the same query can succeed once Neo4j is back. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable', // no connection could be made, or it broke
  'SessionExpired', // the server went away mid-session
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', // our queryTimeoutMs ran out
  'Neo.ClientError.Database.DatabaseNotFound', // misconfigured NEO4J_DATABASE, or the database is being created
  'Neo.ClientError.Security.Unauthorized', // credentials: the operator has to act, the client can only wait
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    // Transient errors (leader switch, database starting, memory pressure) are unavailability by definition.
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.') || isRetryableError(error)) return true;
    // Every pooled connection is busy or stuck on a server that stopped answering. The driver gives
    // this one no code of its own ("N/A"): its message is the only sign.
    return error.message.startsWith('Connection acquisition timed out');
  }
  // The per-query AbortSignal fired: the server never answered, not even to time the query out.
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

export function toStoreError(error: unknown): unknown {
  return isUnavailable(error) ? new DatabaseUnavailableError(error) : error;
}
