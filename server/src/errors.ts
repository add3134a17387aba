// The errors a client may see, each with a stable `extensions.code` it can branch on.
// Stores and resolvers throw these; anything else is masked as INTERNAL_SERVER_ERROR (see maskError),
// so a driver message, a host name or a stack trace never reaches a client.
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError } from 'graphql-yoga';
import { withEnumValues } from './enum-values.ts';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'LIMIT_EXCEEDED'
  | 'DATABASE_UNAVAILABLE'
  | 'OVERLOADED'
  | 'QUERY_TIMEOUT'
  | 'OPERATION_NOT_SUPPORTED';

/** The base of every error meant for clients: the message is written for them, the code is stable. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.code = code;
  }
}

export class NotFoundError extends AppError {
  override name = 'NotFoundError';
  constructor(what: string, id: string) {
    super('NOT_FOUND', `No ${what} has the id "${id}".`, { id });
  }
}

export class BadUserInputError extends AppError {
  override name = 'BadUserInputError';
  constructor(message: string, argument?: string) {
    super('BAD_USER_INPUT', message, argument === undefined ? {} : { argument });
  }
}

/** trace() of a node the document records no response to (a person, a briefing…). */
export class NotTraceableError extends BadUserInputError {
  override name = 'NotTraceableError';
  constructor(id: string) {
    super(`"${id}" has no recorded responses to trace; ask incidents for the nodes that do.`, 'incident');
  }
}

export class LimitExceededError extends AppError {
  override name = 'LimitExceededError';
  /** `figures`: the numbers behind the refusal (the estimated cost and the ceiling…), for clients to show. */
  constructor(message: string, limit: string, figures: Record<string, unknown> = {}) {
    super('LIMIT_EXCEEDED', message, { ...figures, limit });
  }
}

/**
 * The database did not answer (down, unreachable, timed out). The client sees a fixed message;
 * the cause stays on the server, in `cause`, for the log. It is deliberately not passed to
 * GraphQLError as `originalError`: that would make the error look unexpected and get it masked.
 */
export class DatabaseUnavailableError extends AppError {
  override name = 'DatabaseUnavailableError';
  constructor(cause?: unknown) {
    super('DATABASE_UNAVAILABLE', 'The database is unavailable. Try again in a moment.');
    if (cause !== undefined) Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}

/**
 * Too many queries are waiting for the database: this one was refused without being sent, so the
 * client may retry after `retryAfterSeconds`. yoga answers it with HTTP 503 and Retry-After (from
 * `extensions.http`, which it does not send in the body).
 */
export class OverloadedError extends AppError {
  override name = 'OverloadedError';
  constructor(retryAfterSeconds: number) {
    super('OVERLOADED', `The server is busy. Try again in ${retryAfterSeconds} s.`, {
      retryAfterSeconds,
      http: { status: 503, headers: { 'Retry-After': String(retryAfterSeconds) } },
    });
  }
}

/**
 * The database is up (it answered this query's timeout, or other queries meanwhile) but this query
 * did not finish within its time limit: under load, or too big a question. Not DATABASE_UNAVAILABLE,
 * which says the database itself does not answer.
 */
export class QueryTimeoutError extends AppError {
  override name = 'QueryTimeoutError';
  constructor(timeoutMs: number, cause?: unknown) {
    super('QUERY_TIMEOUT', `The query did not finish within ${timeoutMs} ms. Try again in a moment, or ask for less.`, { timeoutMs });
    if (cause !== undefined) Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}

/** The innermost error a GraphQLError wraps (graphql-js wraps what a resolver throws). */
function rootError(error: GraphQLError): unknown {
  let current: unknown = error;
  while (current instanceof GraphQLError && current.originalError != null) current = current.originalError;
  return current;
}

/** This API only reads: a mutation or subscription is refused in validation, before anything runs. */
export class OperationNotSupportedError extends AppError {
  override name = 'OperationNotSupportedError';
  constructor(operation: string) {
    super('OPERATION_NOT_SUPPORTED', `This API is read-only: ${operation} operations are not supported; send a query.`);
  }
}

/**
 * A GraphQL error as a client may see it: with a code, and without yoga's `originalError` extension
 * (on a body that is not JSON it carries the parser's message, which quotes the body back). The
 * errors graphql-js raises without a code are all about the request's input (a variable of the
 * wrong type, a missing one), so they are BAD_USER_INPUT.
 */
function forClients(error: GraphQLError): GraphQLError {
  // graphql-jit's coercion errors come without extensions at all.
  const given = error.extensions ?? {};
  const { originalError: _originalError, ...extensions } = given;
  // GraphQL's own errors about an unknown kind or relation type name every allowed one (./enum-values.ts).
  const message = error instanceof AppError ? error.message : withEnumValues(error.message);
  if (extensions['code'] !== undefined && !('originalError' in given) && message === error.message) return error;
  return new GraphQLError(message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    extensions: { ...extensions, code: extensions['code'] ?? 'BAD_USER_INPUT' },
  });
}

/**
 * yoga's error mask: errors that are GraphQL errors all the way down (ours, and GraphQL's own
 * syntax, validation and coercion errors) go through, each with a code; anything wrapping another
 * kind of error (a driver error, a TypeError) becomes a bare INTERNAL_SERVER_ERROR. isDev is forced
 * off so no original error or stack is attached, whatever NODE_ENV says.
 */
export function maskError(error: unknown, message: string): Error {
  if (error instanceof GraphQLError && rootError(error) instanceof GraphQLError) return forClients(error);
  return yogaMaskError(error, message, false);
}
