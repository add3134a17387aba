// GraphiQL from this server, not from a CDN: it works offline, and its page can have a CSP that
// allows only this origin. @graphql-yoga/render-graphiql ships the bundle, its CSS and the Monaco
// editor's workers as strings, which its own page inlines (inline scripts, blob: workers); here
// each is a file under /graphiql/, and the page only refers to them.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { codedResponse } from './responses.ts';
import { contentSecurityPolicy } from './static.ts';

export const GRAPHIQL_ASSETS = '/graphiql/';

/**
 * The CSP of GraphiQL's page and files: scripts, workers and requests only to this origin. Three
 * exceptions, all found in Chromium and none able to run code: inline styles (the Monaco editor
 * writes its theme into <style> elements at run time), data: fonts (GraphiQL's CSS embeds its
 * fonts and the codicon font) and data: images (the editor's squiggly error underline is an SVG
 * data: URL in its CSS; blocked, it was a console error on every error shown).
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = contentSecurityPolicy({ 'font-src': "'self' data:", 'img-src': "'self' data:" });

/** Monaco asks for a worker by label; each is served as a file of its own. */
const WORKERS = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' } as const;

/** Runs before the bundle: where Monaco finds its workers. */
const PRELUDE = `self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: function (_moduleId, label) { return ${JSON.stringify(GRAPHIQL_ASSETS)} + (${JSON.stringify(WORKERS)}[label] || ${JSON.stringify(WORKERS.editorWorkerService)}); },
};
`;

/** Runs after the bundle: renders GraphiQL with the options the page carries in a data attribute. */
const START = `
(function () {
  var root = document.getElementById('root');
  YogaGraphiQL.renderYogaGraphiQL(root, JSON.parse(root.getAttribute('data-options') || '{}'));
})();
`;

interface Asset {
  type: string;
  body: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** A copy in a plain Uint8Array: what a Response body takes. */
function bytes(buffer: Buffer): Uint8Array<ArrayBuffer> {
  return new Uint8Array(buffer);
}

function asset(type: string, text: string | Buffer): Asset {
  const body = typeof text === 'string' ? Buffer.from(text) : text;
  return {
    type,
    body: bytes(body),
    gzip: bytes(gzipSync(body)),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
  };
}

let assets: Promise<Map<string, Asset>> | undefined;

/** The files, built on first use: the bundle is 9 MB of text that most runs of the server never need. */
function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle) => {
    const favicon = /^data:([^;,]+);base64,(.*)$/.exec(bundle.favicon);
    return new Map([
      ['graphiql.js', asset('text/javascript; charset=utf-8', `${PRELUDE}${bundle.js};${START}`)],
      ['graphiql.css', asset('text/css; charset=utf-8', bundle.css)],
      [WORKERS.editorWorkerService, asset('text/javascript; charset=utf-8', bundle.editorWorkerService)],
      [WORKERS.json, asset('text/javascript; charset=utf-8', bundle.jsonWorker)],
      [WORKERS.graphql, asset('text/javascript; charset=utf-8', bundle.graphqlWorker)],
      ...(favicon ? [['favicon.ico', asset(favicon[1] ?? 'image/x-icon', Buffer.from(favicon[2] ?? '', 'base64'))] as const] : []),
    ]);
  });
  return assets;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The GraphiQL page: no inline script, no foreign origin. */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  const title = escapeHtml(options.title ?? 'GraphiQL');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${GRAPHIQL_ASSETS}favicon.ico" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}graphiql.css" />
    <script defer src="${GRAPHIQL_ASSETS}graphiql.js"></script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>GraphiQL needs JavaScript.</noscript>
    <div id="root" data-options="${escapeHtml(JSON.stringify(options))}"></div>
  </body>
</html>
`;
}

/** Serves GraphiQL's files and puts the CSP on every answer of the GraphQL endpoint. */
export function useGraphiQLAssets(graphqlPath: string): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(GRAPHIQL_ASSETS) || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      const file = (await loadAssets()).get(url.pathname.slice(GRAPHIQL_ASSETS.length));
      const headers: Record<string, string> = {
        'content-security-policy': GRAPHIQL_CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      };
      if (!file) {
        endResponse(
          codedResponse(fetchAPI.Response, 404, 'NOT_FOUND', 'GraphiQL has no such file.', { headers, head: request.method === 'HEAD' }),
        );
        return;
      }
      Object.assign(headers, { 'content-type': file.type, etag: file.etag, 'cache-control': 'no-cache', vary: 'accept-encoding' });
      if (request.headers.get('if-none-match') === file.etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const body = gzip ? file.gzip : file.body;
      if (gzip) headers['content-encoding'] = 'gzip';
      headers['content-length'] = String(body.length);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
    onResponse({ request, response }) {
      // Only the GraphiQL page is HTML: GraphQL answers (every API request) skip the URL parse.
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      if (new URL(request.url).pathname !== graphqlPath) return;
      response.headers.set('content-security-policy', GRAPHIQL_CONTENT_SECURITY_POLICY);
      response.headers.set('x-content-type-options', 'nosniff');
    },
  };
}
