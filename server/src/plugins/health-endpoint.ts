// GET /health as a yoga plugin. yoga's useReadinessCheck matches every request against a
// URLPattern (the polyfill: ~1.5% of the CPU of a small query in the profile, for a request that
// is almost never /health); a path comparison says the same for a fixed path.
import type { Plugin } from 'graphql-yoga';

/** Answers requests for exactly `path` with `answer`'s response; others go on to the next plugin. */
export function useHealthEndpoint(path: string, answer: (ResponseClass: typeof Response) => Promise<Response>): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== path) return;
      return answer(fetchAPI.Response).then(endResponse, () =>
        endResponse(new fetchAPI.Response(null, { status: 503, headers: { 'cache-control': 'no-store' } })),
      );
    },
  };
}
