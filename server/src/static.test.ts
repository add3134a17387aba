// The built viewer served on the API's port: files with their types, a CSP with no inline
// scripts, nothing outside the folder, and a helpful page when the viewer is not built.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { createApp } from './app.ts';
import { API_CONTENT_SECURITY_POLICY } from './plugins/security-headers.ts';
import { CONTENT_SECURITY_POLICY } from './static.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const store = createMemoryStore(await loadGraph(FIXTURE_DATA_DIR));

const work = mkdtempSync(join(tmpdir(), 'tg-static-'));
const dist = join(work, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/app-BxQ3kL9a.js"></script>');
writeFileSync(join(dist, 'assets', 'app-BxQ3kL9a.js'), 'console.log("viewer")');
writeFileSync(join(dist, 'assets', 'app-Cq7_Zp2e.css'), 'body{}');
writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(work, 'secret.txt'), 'not for the web');
// What a build folder can hold besides the viewer: an editor's or a tool's dotfiles.
writeFileSync(join(dist, '.env'), 'NEO4J_PASSWORD=not-for-the-web');
mkdirSync(join(dist, '.git'));
writeFileSync(join(dist, '.git', 'config'), 'not for the web');
writeFileSync(join(dist, 'assets', '.DS_Store'), 'not for the web');
writeFileSync(join(dist, 'assets', 'unhashed.js'), 'console.log("no hash")');
symlinkSync(join(work, 'secret.txt'), join(dist, 'link.txt'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const app = createApp({ store, logger: false, viewerDir: dist });
const get = async (path: string, init: RequestInit = {}) => {
  const response = await app.fetch(`http://localhost${path}`, init);
  return { status: response.status, type: response.headers.get('content-type'), headers: response.headers, text: await response.text() };
};

describe('the viewer, served from the built folder', () => {
  it('serves index.html at / with a CSP that allows no inline or foreign scripts', async () => {
    const page = await get('/');
    expect({ status: page.status, type: page.type, text: page.text }).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      text: '<!doctype html><script type="module" src="/assets/app-BxQ3kL9a.js"></script>',
    });
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves scripts, styles and images with their content types, hashed assets cached for good', async () => {
    const script = await get('/assets/app-BxQ3kL9a.js');
    expect([script.status, script.type, script.headers.get('cache-control')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    expect((await get('/assets/app-Cq7_Zp2e.css')).type).toBe('text/css; charset=utf-8');
    expect((await get('/favicon.svg')).type).toBe('image/svg+xml');
  });

  it('answers HEAD with the headers and no body', async () => {
    const head = await get('/', { method: 'HEAD' });
    expect({ status: head.status, type: head.type, text: head.text }).toEqual({ status: 200, type: 'text/html; charset=utf-8', text: '' });
  });

  it('serves nothing outside the folder, by dot segments, encoded or through a link', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/link.txt', '/missing.js']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.text, path).not.toContain('not for the web');
    }
  });

  it('never serves a dotfile or a dot segment, however it is spelt', async () => {
    // ("/./x" and "/%2e%2e/x" never get here: the URL parser resolves them, as a browser does.)
    const paths = [
      '/.env',
      '/%2eenv',
      '/.git/config',
      '/.git/',
      '/assets/.DS_Store',
      '/assets/%2EDS_Store',
      '/assets/.%2e/.env',
      '/assets/..%2f.env',
    ];
    const answers = await Promise.all(paths.map(async (path) => [path, (await get(path)).status]));
    expect(answers).toEqual(paths.map((path) => [path, 404]));
  });

  it('gives immutable caching to hashed assets only: not to the page reached through an encoded ..', async () => {
    const cache = async (path: string) => {
      const answer = await get(path);
      return [path, answer.status, answer.headers.get('cache-control')];
    };
    expect(
      await Promise.all(
        ['/assets/app-BxQ3kL9a.js', '/assets/unhashed.js', '/assets/..%2findex.html', '/assets/%2e%2e/index.html', '/'].map(cache),
      ),
    ).toEqual([
      ['/assets/app-BxQ3kL9a.js', 200, 'public, max-age=31536000, immutable'],
      ['/assets/unhashed.js', 200, 'no-cache'],
      ['/assets/..%2findex.html', 404, 'no-store'],
      // The URL parser resolves %2e%2e: this is the page at /index.html, as a browser would ask for it.
      ['/assets/%2e%2e/index.html', 200, 'no-cache'],
      ['/', 200, 'no-cache'],
    ]);
  });

  it('answers a path too long for any file with a coded 404, for GET and HEAD, without a stack or a path', async () => {
    for (const path of [`/${'a'.repeat(300)}`, `/assets/${'a'.repeat(300)}.js`, `/${'a/'.repeat(600)}`, `/${'%e2%82%ac'.repeat(200)}`]) {
      for (const method of ['GET', 'HEAD']) {
        const answer = await get(path, { method });
        expect({ status: answer.status, type: answer.type }, `${method} ${path.slice(0, 20)}`).toEqual({
          status: 404,
          type: 'application/json; charset=utf-8',
        });
        if (method === 'GET')
          expect(JSON.parse(answer.text)).toEqual({
            errors: [{ message: 'Nothing is served at this path.', extensions: { code: 'NOT_FOUND' } }],
          });
        else expect(answer.text).toBe('');
      }
    }
  });

  it('answers every path it does not serve with a code, nosniff and a CSP, and other methods with 405', async () => {
    const missing = await get('/missing.js');
    expect({
      status: missing.status,
      body: JSON.parse(missing.text),
      nosniff: missing.headers.get('x-content-type-options'),
      csp: missing.headers.get('content-security-policy'),
    }).toEqual({
      status: 404,
      body: { errors: [{ message: 'Nothing is served at this path.', extensions: { code: 'NOT_FOUND' } }] },
      nosniff: 'nosniff',
      csp: API_CONTENT_SECURITY_POLICY,
    });
    const bad = await get('/%E0%A4%A');
    expect({ status: bad.status, code: JSON.parse(bad.text).errors[0].extensions.code }).toEqual({ status: 400, code: 'BAD_REQUEST' });
    const post = await get('/index.html', { method: 'POST', body: 'x' });
    expect({ status: post.status, allow: post.headers.get('allow'), code: JSON.parse(post.text).errors[0].extensions.code }).toEqual({
      status: 405,
      allow: 'GET, HEAD',
      code: 'METHOD_NOT_ALLOWED',
    });
  });

  it('leaves /graphql and /health to the API', async () => {
    expect((await get('/health')).type).toBe('application/json; charset=utf-8');
    const graphiql = await get('/graphql', { headers: { accept: 'text/html' } });
    expect(graphiql.text).toContain('GraphiQL');
  });
});

describe('without a built viewer', () => {
  it('explains at / how to build it and where GraphiQL is', async () => {
    const bare = createApp({ store, logger: false, viewerDir: join(work, 'not-built') });
    const page = await bare.fetch('http://localhost/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const text = await page.text();
    expect(text).toContain('npm run build');
    expect(text).toContain('href="/graphql"');
    expect((await bare.fetch('http://localhost/assets/app.js')).status).toBe(404);
  });
});
