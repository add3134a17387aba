// What stands between a request and a write: the run's token (./token.ts) and the page's origin.
// The CSRF plugin of every mode (../plugins/csrf-prevention.ts) already refuses "simple" requests a
// foreign page could send without a preflight; for writes the Origin a browser sends must be this
// server's own too, and Sec-Fetch-Site, where the browser sends it, must say same-origin. A script
// (curl, a test) sends neither header and needs only the token. Checked per request at execution:
// validation results are cached per query text, so a check there would be skipped on a repeat.
import { type ASTVisitor, getOperationAST, GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CrossOriginWriteError, UnauthorizedError } from './errors.ts';
import { bearerMatches } from './token.ts';

/** Why this request may not write, or null when it may. */
export function writeRefusal(request: Request, token: string): GraphQLError | null {
  const own = new URL(request.url).origin;
  const origin = request.headers.get('origin');
  if (origin !== null && origin !== own) return new CrossOriginWriteError(origin, own);
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin' && site !== 'none') return new CrossOriginWriteError(`a ${site} page`, own);
  const authorization = request.headers.get('authorization');
  if (authorization === null) return new UnauthorizedError('This write has no token.');
  if (!bearerMatches(authorization, token)) return new UnauthorizedError('This write has a wrong token.');
  return null;
}

/** Annotate mode writes (mutations) but has no subscriptions: refused before anything runs, as in normal mode. */
function noSubscriptions(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === 'subscription') {
        context.reportError(
          new GraphQLError('Subscriptions are not supported: send a query, or a mutation to write.', {
            nodes: [node],
            extensions: { code: 'OPERATION_NOT_SUPPORTED' },
          }),
        );
      }
    },
  };
}

export function useWriteGuard(token: string): Plugin<{ request: Request }> {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noSubscriptions);
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      const refusal = writeRefusal(args.contextValue.request, token);
      if (refusal) setResultAndStopExecution({ errors: [refusal] });
    },
  };
}
