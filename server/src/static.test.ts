// The built viewer served on the API's port: files with their types, a CSP with no inline
// scripts, nothing outside the folder, and a helpful page when the viewer is not built.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { createApp } from './app.ts';
import { CONTENT_SECURITY_POLICY } from './static.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const store = createMemoryStore(await loadGraph(FIXTURE_DATA_DIR));

const work = mkdtempSync(join(tmpdir(), 'tg-static-'));
const dist = join(work, 'dist');
mkdirSync(join(dist, 'assets'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" src="/assets/app-1234.js"></script>');
writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log("viewer")');
writeFileSync(join(dist, 'assets', 'app-1234.css'), 'body{}');
writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
writeFileSync(join(work, 'secret.txt'), 'not for the web');
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
      text: '<!doctype html><script type="module" src="/assets/app-1234.js"></script>',
    });
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves scripts, styles and images with their content types, hashed assets cached for good', async () => {
    const script = await get('/assets/app-1234.js');
    expect([script.status, script.type, script.headers.get('cache-control')]).toEqual([200, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable']);
    expect((await get('/assets/app-1234.css')).type).toBe('text/css; charset=utf-8');
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
