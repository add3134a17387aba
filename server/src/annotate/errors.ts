// The refusals of annotate mode, each with the `extensions.code` a client branches on (the workbench
// reloads on CONFLICT, shows the problems of BAD_USER_INPUT next to its form). They are GraphQL errors
// all the way down, so the error mask (../errors.ts) lets them through as they are.
import { GraphQLError } from 'graphql';

export interface ProblemOut {
  file: string;
  line: number | null;
  message: string;
}

/** An edit the file cannot take: what is wrong, and, when the seed's validator said so, its problems with their lines. */
export class EditRefusedError extends GraphQLError {
  constructor(message: string, problems: readonly ProblemOut[] = [], argument?: string) {
    super(message, {
      extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}), ...(problems.length ? { problems } : {}) },
    });
    this.name = 'EditRefusedError';
  }
}

/** The file changed since the version the write names: nothing is written; the client reloads and tries again. */
export class ConflictError extends GraphQLError {
  constructor(file: string, given: string, current: string) {
    super(
      `${file} has changed since version ${given} (it is now ${current}): nothing was written. Reload the annotation and make the change again.`,
      { extensions: { code: 'CONFLICT', version: current, http: { status: 409 } } },
    );
    this.name = 'ConflictError';
  }
}

/** No token, or not this run's: the request did not come from the page the annotate command printed. */
export class UnauthorizedError extends GraphQLError {
  constructor(reason: string) {
    super(`${reason} Writes need "Authorization: Bearer <token>", the token in the URL \`npm run annotate\` printed.`, {
      extensions: { code: 'UNAUTHORIZED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
    });
    this.name = 'UnauthorizedError';
  }
}

/** A write sent by a page of another origin (CSRF): refused whatever it carries. */
export class CrossOriginWriteError extends GraphQLError {
  constructor(origin: string, own: string) {
    super(`A write from ${origin} is refused: annotate mode takes writes only from its own page, ${own}.`, {
      extensions: { code: 'CSRF_PREVENTED', http: { status: 403 } },
    });
    this.name = 'CrossOriginWriteError';
  }
}

export class UnknownDocumentError extends GraphQLError {
  constructor(document: string) {
    super(`No document has the id "${document}": annotate a document of documents/ (its file name without .txt).`, {
      extensions: { code: 'NOT_FOUND', argument: 'document' },
    });
    this.name = 'UnknownDocumentError';
  }
}

/**
 * The file could not be replaced (a disk or permission fault). The write is all or nothing, so the
 * file is as it was; the client is told so, with the system's error code, never a path or message.
 */
export class WriteFailedError extends GraphQLError {
  constructor(file: string, cause: unknown) {
    const code = cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? ` (${cause.code})` : '';
    super(`${file} could not be written${code}: it is unchanged, and nothing was saved. Try again; if it fails again, check the disk.`, {
      extensions: { code: 'WRITE_FAILED' },
    });
    this.name = 'WriteFailedError';
    Object.defineProperty(this, 'cause', { value: cause, enumerable: false });
  }
}
