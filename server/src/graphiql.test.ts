// GraphiQL served by this server (no CDN): its files over HTTP, and the page in a real Chromium
// under its CSP, running a query with no console error and no CSP violation.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../../test/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { createApp } from './app.ts';
import { GRAPHIQL_ASSETS, GRAPHIQL_CONTENT_SECURITY_POLICY } from './graphiql.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const app = createApp({ store: createMemoryStore(await loadGraph(FIXTURE_DATA_DIR)), logger: false });
const get = (path: string, headers: Record<string, string> = {}) => app.fetch(`http://localhost${path}`, { headers });

describe('GraphiQL files', () => {
  it('serves the bundle, its styles, the editor workers and the icon, each with the CSP and a validator', async () => {
    const files = ['graphiql.js', 'graphiql.css', 'editor.worker.js', 'json.worker.js', 'graphql.worker.js', 'favicon.ico'];
    const answers = await Promise.all(
      files.map(async (file) => {
        const response = await get(`${GRAPHIQL_ASSETS}${file}`);
        const body = new Uint8Array(await response.arrayBuffer());
        return {
          file,
          status: response.status,
          type: response.headers.get('content-type')?.split(';')[0],
          csp: response.headers.get('content-security-policy') === GRAPHIQL_CONTENT_SECURITY_POLICY,
          etag: /^"[\w-]{27}"$/.test(response.headers.get('etag') ?? ''),
          large: body.length > 1000,
        };
      }),
    );
    const js = { status: 200, type: 'text/javascript', csp: true, etag: true, large: true };
    expect(answers).toEqual([
      { file: 'graphiql.js', ...js },
      { file: 'graphiql.css', ...js, type: 'text/css' },
      { file: 'editor.worker.js', ...js },
      { file: 'json.worker.js', ...js },
      { file: 'graphql.worker.js', ...js },
      { file: 'favicon.ico', ...js, type: 'image/x-icon' },
    ]);
  });

  it('answers 304 to a browser that has the file, and gzip to one that asks for it', async () => {
    const plain = await get(`${GRAPHIQL_ASSETS}graphiql.js`);
    const etag = plain.headers.get('etag') ?? '';
    const text = await plain.text();
    const again = await get(`${GRAPHIQL_ASSETS}graphiql.js`, { 'if-none-match': etag });
    const zipped = await get(`${GRAPHIQL_ASSETS}graphiql.js`, { 'accept-encoding': 'gzip, br' });
    const zippedBody = Buffer.from(await zipped.arrayBuffer());
    expect({
      again: [again.status, await again.text()],
      zipped: [zipped.status, zipped.headers.get('content-encoding'), Number(zipped.headers.get('content-length')) === zippedBody.length],
      same: gunzipSync(zippedBody).toString('utf8') === text,
      smaller: zippedBody.length < text.length / 3,
    }).toEqual({ again: [304, ''], zipped: [200, 'gzip', true], same: true, smaller: true });
  });

  it('answers 404 for a file it does not have, still with the CSP', async () => {
    const response = await get(`${GRAPHIQL_ASSETS}../../etc/passwd`);
    const missing = await get(`${GRAPHIQL_ASSETS}nope.js`);
    expect([missing.status, missing.headers.get('content-security-policy')]).toEqual([404, GRAPHIQL_CONTENT_SECURITY_POLICY]);
    expect(response.status).toBe(404);
  });
});

describe.runIf(existsSync(CHROMIUM) || process.env['REQUIRE_BROWSER'])('GraphiQL in Chromium', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer(app);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    base = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
  });

  it('runs the default query under its CSP, with nothing refused and nothing fetched from elsewhere', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const origins = new Set<string>();
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text().slice(0, 200)}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('request', (r) => origins.add(new URL(r.url()).origin));
      await page.goto(`${base}/graphql`);
      await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
      await page.click('.graphiql-execute-button');
      await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('azam-ishmael'), undefined, {
        timeout: 20_000,
      });
      const result = await page.evaluate(() => document.querySelector('.result-window')?.textContent ?? '');
      expect({ problems, origins: [...origins].filter((o) => o !== base && o !== 'null') }).toEqual({ problems: [], origins: [] });
      expect(result).toContain('"site-briefings-2019"');
    } finally {
      await browser.close();
    }
  }, 60_000);

  // The editor underlines an error with an SVG given as a data: URL; an img-src without data: refused it (issue 13).
  it('underlines an error in the editor with nothing refused by the CSP', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text().slice(0, 200)}`);
      });
      await page.goto(`${base}/graphql`);
      await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 20_000 });
      await page.click('.graphiql-query-editor .monaco-editor .view-lines');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('{ nope }');
      await page.waitForSelector('.graphiql-query-editor .squiggly-error', { timeout: 20_000 });
      // Load the underline's own image, and wait for the browser's verdict on it.
      const verdict = await page.evaluate(
        () =>
          new Promise<string>((done) => {
            const underline = document.querySelector('.graphiql-query-editor .squiggly-error');
            const background = underline ? getComputedStyle(underline).backgroundImage : '';
            const url = /^url\("(.*)"\)$/.exec(background)?.[1];
            if (!url?.startsWith('data:image/')) return done(`no data: image: ${background.slice(0, 60)}`);
            const image = new Image();
            image.onload = () => done('loaded');
            image.onerror = () => done('refused');
            image.src = url;
          }),
      );
      expect({ verdict, problems }).toEqual({ verdict: 'loaded', problems: [] });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
