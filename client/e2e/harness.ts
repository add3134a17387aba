// What the viewer's Chromium suites share: where Chromium and the built viewer are, and the real
// app (in-memory store) on a free port with a headless Chromium to drive it.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { GraphData } from '../../graph/src/model.ts';
import { createApp } from '../../server/src/app.ts';
import { createMemoryStore } from '../../server/src/store/memory-store.ts';
import { CHROMIUM, HAS_CHROMIUM, launchChromium } from '../../test/chromium.ts';

export { CHROMIUM, HAS_CHROMIUM };

/** REQUIRE_BROWSER=1 (CI) turns a missing Chromium into a failure instead of a skip. */
export const REQUIRED = Boolean(process.env['REQUIRE_BROWSER']);
export const DIST_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));
/** Whether a viewer suite runs: `describe.runIf(RUN_BROWSER_SUITES)` */
export const RUN_BROWSER_SUITES = HAS_CHROMIUM || REQUIRED;

/** Collects what a page reports as wrong (console errors and warnings, uncaught errors) into `problems`, for a suite to assert empty. */
export function recordProblems(page: Page, problems: string[]): void {
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
}

export interface ViewerUnderTest {
  /** http://127.0.0.1:<port>/ */
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves the built viewer and the API over `graph`, and launches Chromium; fails, saying why, without either. */
export async function startViewer(graph: GraphData): Promise<ViewerUnderTest> {
  if (!existsSync(DIST_INDEX))
    throw new Error(`The viewer is not built (${DIST_INDEX} is missing): run \`npm run build\` first; \`npm test\` does.`);
  if (!HAS_CHROMIUM) throw new Error(`REQUIRE_BROWSER is set but there is no Chromium at ${CHROMIUM}`);
  const server = createServer(createApp({ store: createMemoryStore(graph), logger: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no TCP address');
  const browser = await launchChromium();
  return {
    base: `http://127.0.0.1:${address.port}/`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
