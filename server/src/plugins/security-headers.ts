// Headers every answer carries, whoever made it (a GraphQL answer, a 404, a refusal): nosniff, so
// a browser never reads JSON or text as a script or a page, and a CSP; pages (the viewer, GraphiQL)
// set their own wider CSP, and everything else gets one that allows nothing at all. Also the guard
// that turns a plugin that throws into a coded 500: whatwg-node would answer the error's stack.
import type { Plugin } from 'graphql-yoga';
import { codedResponse, type RefusalCode } from '../responses.ts';

/** For answers that are not pages: nothing may be loaded, run or framed from them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The code of a bare error status, for answers that left the body empty (yoga's 404, 406 and 415 among them). */
const STATUS_CODES: Readonly<Record<number, RefusalCode>> = {
  400: 'BAD_REQUEST',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

const STATUS_MESSAGES: Readonly<Record<string, string>> = {
  BAD_REQUEST: 'The request could not be read.',
  NOT_FOUND: 'Nothing is served at this path.',
  METHOD_NOT_ALLOWED: 'This method is not answered here.',
  NOT_ACCEPTABLE: 'The answer can be application/json or application/graphql-response+json; the Accept header allows neither.',
  UNSUPPORTED_MEDIA_TYPE: 'Send the query as application/json (or as a GET).',
  INTERNAL_SERVER_ERROR: 'Unexpected error.',
  SERVICE_UNAVAILABLE: 'The service is unavailable. Try again in a moment.',
};

export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ request, response, setResponse, fetchAPI }) {
      // An error answer with no body says nothing a client can branch on: give it a code.
      if (response.status >= 400 && !response.headers.has('content-type')) {
        const code =
          STATUS_CODES[response.status] ??
          (response.status === 503 ? 'SERVICE_UNAVAILABLE' : response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST');
        const kept = Object.fromEntries([...response.headers].filter(([name]) => name !== 'content-length'));
        response = codedResponse(fetchAPI.Response, response.status, code, STATUS_MESSAGES[code] ?? 'The request was refused.', {
          headers: kept,
          head: request.method === 'HEAD',
        });
        setResponse(response);
      }
      const headers = response.headers;
      if (!headers.has('content-security-policy')) headers.set('content-security-policy', API_CONTENT_SECURITY_POLICY);
      headers.set('x-content-type-options', 'nosniff');
      if (!headers.has('referrer-policy')) headers.set('referrer-policy', 'no-referrer');
    },
  };
}

type OnRequest = NonNullable<Plugin['onRequest']>;

/**
 * The plugin with its onRequest hook made safe: an error it throws (or rejects with) is reported
 * to `fault` and answered 500 INTERNAL_SERVER_ERROR with a code and no detail.
 */
export function guarded(plugin: Plugin, fault: (request: Request, error: unknown) => void): Plugin {
  const onRequest = plugin.onRequest;
  if (!onRequest) return plugin;
  const safe: OnRequest = (payload) => {
    const fail = (error: unknown) => {
      fault(payload.request, error);
      payload.endResponse(codedResponse(payload.fetchAPI.Response, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.'));
    };
    try {
      const result: unknown = onRequest(payload);
      if (result instanceof Promise) return result.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
  return { ...plugin, onRequest: safe };
}
