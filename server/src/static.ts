// Serves the built viewer (client/dist) on the API's port, so one process and one origin serve
// both: the viewer calls /graphql same-origin and needs no CORS.
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/**
 * The policy every page of this server starts from: scripts only from this origin, never inline.
 * Styles may be inline because the graph library and the viewer set style attributes at run
 * time; an inline style cannot run code. A page widens only the directives it names.
 */
export function contentSecurityPolicy(widen: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    'default-src': "'self'",
    'script-src': "'self'",
    // What script-src would give workers anyway, spelled out for the pages that start them (GraphiQL's editor).
    'worker-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self'",
    'font-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  };
  return Object.entries({ ...base, ...widen })
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/** The viewer's policy: data:/blob: images let it export the graph as a PNG. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy({ 'img-src': "'self' data: blob:" });

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Shown at / when the viewer has not been built, instead of a bare 404. */
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Testimony Graph</title></head>
<body><h1>Testimony Graph</h1>
<p>The API is running. The viewer has not been built: run <code>npm run build</code>, then reload.</p>
<p>Query the graph in <a href="/graphql">GraphiQL</a>.</p></body></html>
`;

function cacheControl(pathname: string): string {
  // Vite puts content-hashed files under /assets/: they never change under the same name.
  return pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface StaticFilesOptions {
  /** The folder to serve; when it does not exist, / explains how to build the viewer. */
  root: string;
  /** Paths the plugin must leave to others (the GraphQL endpoint, /health). */
  skip: (pathname: string) => boolean;
}

/** Answers a GET or HEAD for a file under root; null when the request is not for a static file. */
export async function serveStatic(
  root: string,
  request: Request,
  url: URL,
  ResponseClass: typeof Response = Response,
): Promise<Response | null> {
  const head = request.method === 'HEAD';
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return new ResponseClass('Bad path', { status: 400, headers: SECURITY_HEADERS });
  }
  if (pathname.includes('\0')) return new ResponseClass('Bad path', { status: 400, headers: SECURITY_HEADERS });
  if (pathname.endsWith('/')) pathname += 'index.html';

  if (!existsSync(root)) {
    if (pathname !== '/index.html') return null;
    return new ResponseClass(head ? null : NOT_BUILT_PAGE, {
      headers: { ...SECURITY_HEADERS, 'content-type': CONTENT_TYPES['.html'] ?? 'text/html', 'cache-control': 'no-cache' },
    });
  }

  const base = resolve(root);
  const file = resolve(join(base, pathname));
  if (file !== base && !file.startsWith(base + sep)) return null;
  try {
    // realpath: a symbolic link inside the folder must not lead out of it.
    const real = await realpath(file);
    const realBase = await realpath(base);
    if (!real.startsWith(realBase + sep)) return null;
    const info = await stat(real);
    if (!info.isFile()) return null;
    const body = head ? null : await readFile(real);
    return new ResponseClass(body, {
      headers: {
        ...SECURITY_HEADERS,
        'content-type': CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
        'content-length': String(info.size),
        'cache-control': cacheControl(pathname),
      },
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR')) return null;
    throw error;
  }
}

/** A yoga plugin serving the viewer for GET and HEAD; anything it does not serve goes on to yoga. */
export function useStaticFiles({ root, skip }: StaticFilesOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (skip(url.pathname)) return;
      const response = await serveStatic(root, request, url, fetchAPI.Response);
      if (response) endResponse(response);
    },
  };
}
