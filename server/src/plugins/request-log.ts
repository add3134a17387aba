// The server's log of requests that went wrong. A request that failed on our side (an unexpected
// error, the database unavailable, a query timed out, a request shed) gives one structured line
// with its cause, at error level (warn for OVERLOADED: the server is doing what it should), through
// a throttle (log-throttle.ts): one line per distinct fault per interval, with a count. Client errors
// (4xx, GraphQL errors about the request) are logged at debug, one short line each, without the
// request's text. yoga's own error logging (a stack, twice, for each masked error) goes through
// here too, so nothing is written twice.
import { GraphQLError } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import { createLogThrottle, type LogFields, type LogThrottle } from '../log-throttle.ts';

/** Codes that say the server, not the request, failed. */
export const SERVER_FAULT_CODES: ReadonlySet<string> = new Set([
  'INTERNAL_SERVER_ERROR',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'OVERLOADED',
]);

export const FAULT_LOG_INTERVAL_MS = 10_000;
/** A cause is a sentence, not a dump: a driver's message can quote a whole query. */
const MAX_CAUSE_CHARS = 300;

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > MAX_CAUSE_CHARS ? `${oneLine.slice(0, MAX_CAUSE_CHARS)}…` : oneLine;
}

/** The innermost error: what a resolver threw, and what an AppError keeps as its cause. */
function innermost(error: unknown): unknown {
  let current = error;
  for (let i = 0; i < 10; i++) {
    if (current instanceof GraphQLError && current.originalError != null) current = current.originalError;
    else if (current instanceof Error && current.cause !== undefined) current = current.cause;
    else break;
  }
  return current;
}

/** "Name: message (code)", and "at file:line" when asked; short. The code is a driver's (ServiceUnavailable, ECONNREFUSED…). */
export function describeCause(error: unknown, withFrame = false): string {
  const cause = innermost(error);
  if (!(cause instanceof Error)) return clip(String(cause));
  const code = 'code' in cause && typeof cause.code === 'string' ? ` (${cause.code})` : '';
  // Where an unexpected error was thrown is the first thing to know; a driver's error is its message and code.
  const frame = withFrame
    ? cause.stack
        ?.split('\n')
        .find((l) => /^\s+at /.test(l))
        ?.trim()
    : undefined;
  return clip(`${cause.name}: ${cause.message}${code}${frame ? ` ${frame}` : ''}`);
}

export function errorCode(error: unknown): string {
  if (!(error instanceof GraphQLError)) return 'INTERNAL_SERVER_ERROR';
  let current: unknown = error;
  while (current instanceof GraphQLError) {
    const code = current.extensions?.['code'];
    if (typeof code === 'string') return code;
    if (current.originalError == null) return 'BAD_REQUEST';
    current = current.originalError;
  }
  return 'INTERNAL_SERVER_ERROR';
}

interface Fault {
  code: string;
  cause: string;
}

export interface RequestLog {
  /** First among the plugins: it sees every answer. */
  plugin: Plugin;
  /** Last of the execution plugins (after compiled execution, which rebuilds errors): it sees errors before yoga masks them. */
  executionPlugin: Plugin;
  /** The logger to give yoga: its error() calls are faults, noted once each. */
  yogaLogger: YogaLogger;
  /** A fault outside GraphQL (a plugin that threw), with the request it came from. */
  fault(request: Request | undefined, error: unknown): void;
}

export function createRequestLog(logger: YogaLogger, intervalMs = FAULT_LOG_INTERVAL_MS): RequestLog {
  const throttle: LogThrottle = createLogThrottle({
    intervalMs,
    write: (fields) => {
      const line = `request failed ${JSON.stringify(fields)}`;
      if (fields['code'] === 'OVERLOADED') logger.warn(line);
      else logger.error(line);
    },
  });
  // Keyed by the request object (yoga's fetch API has its own Request class: no instanceof).
  const faults = new WeakMap<object, Fault[]>();
  const clientCodes = new WeakMap<object, string[]>();
  /** Errors already noted, so that yoga logging the same one (twice) adds nothing. */
  const noted = new WeakSet<object>();

  const note = (request: Request | undefined, fault: Fault, status?: number) => {
    const path = request ? new URL(request.url, 'http://localhost').pathname.slice(0, 100) : undefined;
    const fields: LogFields = {
      code: fault.code,
      ...(status === undefined ? {} : { status }),
      method: request?.method,
      path,
      cause: fault.cause,
    };
    throttle.note(`${fault.code} ${fault.cause}`, fields);
  };

  const yogaLogger: YogaLogger = {
    debug: (...args) => logger.debug(...args),
    info: (...args) => logger.info(...args),
    warn: (...args) => logger.warn(...args),
    error: (...args) => {
      const [first] = args;
      if (typeof first === 'object' && first !== null) {
        if (noted.has(first)) return;
        noted.add(first);
      }
      const code = errorCode(first);
      // yoga logs every error it re-shapes, a client's among them (a bad parameter): those are not
      // faults, and onResponse logs them at debug with the request.
      if (SERVER_FAULT_CODES.has(code)) note(undefined, { code, cause: describeCause(first, code === 'INTERNAL_SERVER_ERROR') });
    },
  };

  const executionPlugin: Plugin = {
    onExecute({ args }) {
      const context: unknown = args.contextValue;
      const request: unknown = typeof context === 'object' && context !== null && 'request' in context ? context.request : undefined;
      return {
        onExecuteDone({ result }) {
          if (typeof request !== 'object' || request === null || !('errors' in result) || !result.errors?.length) return;
          for (const error of result.errors) {
            const code = errorCode(error);
            if (!SERVER_FAULT_CODES.has(code)) continue;
            noted.add(error);
            const list = faults.get(request) ?? [];
            list.push({ code, cause: describeCause(error, code === 'INTERNAL_SERVER_ERROR') });
            faults.set(request, list);
          }
        },
      };
    },
  };

  const plugin: Plugin = {
    onResultProcess({ request, result }) {
      if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
      clientCodes.set(
        request,
        result.errors.map(errorCode).filter((c) => !SERVER_FAULT_CODES.has(c)),
      );
    },
    onResponse({ request, response }) {
      const found = faults.get(request);
      if (found) {
        // One line per request and distinct fault: a request with 15 aliases that all failed alike is one.
        const seen = new Set<string>();
        for (const fault of found) {
          const key = `${fault.code} ${fault.cause}`;
          if (seen.has(key)) continue;
          seen.add(key);
          note(request, fault, response.status);
        }
        return;
      }
      const codes = clientCodes.get(request);
      if ((response.status >= 400 && response.status < 500) || codes?.length) {
        const path = new URL(request.url, 'http://localhost').pathname.slice(0, 100);
        const fields = { status: response.status, method: request.method, path, ...(codes?.length ? { codes: [...new Set(codes)] } : {}) };
        logger.debug(`request refused ${JSON.stringify(fields)}`);
      }
    },
    onDispose() {
      throttle.close();
    },
  };

  return {
    plugin,
    executionPlugin,
    yogaLogger,
    fault(request, error) {
      if (typeof error === 'object' && error !== null) noted.add(error);
      note(request, { code: 'INTERNAL_SERVER_ERROR', cause: describeCause(error, true) }, 500);
    },
  };
}
