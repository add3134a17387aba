// Serves the built viewer (client/dist) on the API's port, so one process and one origin serve
// both: the viewer calls /graphql same-origin and needs no CORS.
import { existsSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { codedResponse } from './responses.ts';

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

/** Vite's content-hashed files: assets/NAME-HASH.EXT, the hash 8 characters of base64url. */
const HASHED_ASSET = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;

function cacheControl(pathname: string): string {
  // A hashed file never changes under the same name; anything else (index.html) is checked each time.
  return HASHED_ASSET.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Longer paths name no file of the viewer; a file system would refuse them (ENAMETOOLONG) anyway. */
const MAX_PATH_CHARS = 1024;

/** File system answers that mean "no such file here", whatever the path was. */
const NOT_A_FILE = new Set(['ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'EISDIR', 'ELOOP', 'EACCES', 'EPERM', 'EINVAL']);

export interface StaticFilesOptions {
  /** The folder to serve; when it does not exist, / explains how to build the viewer. */
  root: string;
  /** Paths the plugin must leave to others (the GraphQL endpoint, /health). */
  skip: (pathname: string) => boolean;
}

/**
 * Answers a GET or HEAD for a file under root; null when there is no such file. Dotfiles and dot
 * segments (".", "..", ".env", decoded from %2e and %2f too) are never files here.
 */
export async function serveStatic(
  root: string,
  request: Request,
  url: URL,
  ResponseClass: typeof Response = Response,
): Promise<Response | null> {
  const head = request.method === 'HEAD';
  if (url.pathname.length > MAX_PATH_CHARS) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return codedResponse(ResponseClass, 400, 'BAD_REQUEST', 'The path is not valid percent-encoded UTF-8.', {
      headers: SECURITY_HEADERS,
      head,
    });
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return codedResponse(ResponseClass, 400, 'BAD_REQUEST', 'The path has a character no file name here has.', {
      headers: SECURITY_HEADERS,
      head,
    });
  }
  if (pathname.split('/').some((segment) => segment.startsWith('.'))) return null;
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
    if (error instanceof Error && 'code' in error && typeof error.code === 'string' && NOT_A_FILE.has(error.code)) return null;
    throw error;
  }
}

/**
 * A yoga plugin serving the viewer for GET and HEAD, with a coded 404 for a path that has no file;
 * any other method on a path that is not the API's is 405. The paths in `skip` go on to yoga.
 */
export function useStaticFiles({ root, skip }: StaticFilesOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (skip(url.pathname)) return;
      const head = request.method === 'HEAD';
      if (request.method !== 'GET' && !head) {
        endResponse(
          codedResponse(fetchAPI.Response, 405, 'METHOD_NOT_ALLOWED', `Only GET and HEAD are answered here; the API is at POST /graphql.`, {
            headers: { allow: 'GET, HEAD' },
          }),
        );
        return;
      }
      const response = await serveStatic(root, request, url, fetchAPI.Response);
      endResponse(response ?? codedResponse(fetchAPI.Response, 404, 'NOT_FOUND', 'Nothing is served at this path.', { head }));
    },
  };
}
