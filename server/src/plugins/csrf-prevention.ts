// CSRF prevention: a GraphQL request runs only if a browser would have asked this server first (a
// CORS preflight, which fails, CORS being off). A page on another site can send a "simple" request
// without asking: a GET, or a POST of a form (application/x-www-form-urlencoded, multipart/form-data)
// or of text/plain; those are refused (403 CSRF_PREVENTED) unless they carry a header only a
// preflighted request can have: a Content-Type that is not one of those three (the viewer and
// GraphiQL POST application/json), or X-GraphQL-CSRF. GraphiQL's page itself (a GET for text/html)
// is rendered before this check; only the requests that run a query meet it. The rule is Apollo
// Server's and graphql-yoga's CSRF prevention.
import type { Plugin } from 'graphql-yoga';
import { codedResponse } from '../responses.ts';

export const CSRF_HEADER = 'x-graphql-csrf';

/** The content types a cross-site form or fetch() may send without a preflight. */
const SIMPLE_CONTENT_TYPES: ReadonlySet<string> = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/**
 * True when only a preflighted (so same-origin, CORS being off) request could carry these headers.
 * `header` reads one header by its lower-case name: fetch Headers here, node's raw headers in the
 * cache's fast path (response-cache-http.ts), so both apply one rule.
 */
export function preflighted(header: (name: string) => string | null | undefined): boolean {
  if ((header(CSRF_HEADER) ?? '').trim() !== '') return true;
  const type = header('content-type');
  if (type === null || type === undefined) return false;
  const essence = type.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence !== '' && !SIMPLE_CONTENT_TYPES.has(essence);
}

export function useCSRFPrevention(): Plugin {
  return {
    onRequestParse({ request, endResponse, fetchAPI }) {
      if (preflighted((name) => request.headers.get(name))) return;
      endResponse(
        codedResponse(
          fetchAPI.Response,
          403,
          'CSRF_PREVENTED',
          `This request could have been sent by another site's page, so it is not run. Send it with "Content-Type: application/json" ` +
            `(a POST body, or on a GET) or an "${CSRF_HEADER}: 1" header.`,
        ),
      );
    },
  };
}
