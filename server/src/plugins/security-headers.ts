// Headers every answer carries, whoever made it (a GraphQL answer, a 404, a refusal): nosniff, so
// a browser never reads JSON or text as a script or a page, and a CSP; pages (the viewer, GraphiQL)
// set their own wider CSP, and everything else gets one that allows nothing at all. Also the guard
// that turns a plugin that throws into a coded 500: whatwg-node would answer the error's stack.
import type { Plugin } from 'graphql-yoga';
import { codedResponse } from '../responses.ts';

/** For answers that are not pages: nothing may be loaded, run or framed from them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function useSecurityHeaders(): Plugin {
  return {
    onResponse({ response }) {
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
