// The views and citations in Chromium, against the real app on the tests' data, at 1440×900,
// 1024×768 and 390×844: the Table is one Tab stop moved by the arrows and its CSV reads back as
// the rows shown; a trace keeps every step's order in its JSON, its CSV reads back as its steps,
// and the whole chain is on its canvas (no end cut off); "Copy citation" puts the quote, ¶,
// title, interview date and link on the clipboard; Path gives five paths and leaves out what is
// chosen. Screenshots go to test-results/screenshots/views-*.png.
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { parseCsvRecords } from '../../test/csv-read.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { RUN_BROWSER_SUITES, recordProblems, startViewer, type ViewerUnderTest } from './harness.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

describe.runIf(RUN_BROWSER_SUITES)('the views, their exports and citations in Chromium', () => {
  let viewer: ViewerUnderTest | undefined;
  let base: string;
  let browser: Browser;
  let problems: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    viewer = await startViewer(await loadGraph(FIXTURE_DATA_DIR));
    ({ base, browser } = viewer);
  });
  afterAll(async () => {
    await viewer?.close();
  });

  async function open(hash: string, viewport: { width: number; height: number } = SIZES[0]): Promise<Page> {
    const context = await browser.newContext({ viewport, permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    const page = await context.newPage();
    recordProblems(page, problems);
    await page.goto(base + hash);
    await page.waitForFunction(() => window.__tg?.loaded() === true);
    return page;
  }
  async function close(page: Page): Promise<void> {
    await page.context().close();
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  }
  /** Click a download button and read the file it gives back. */
  async function downloaded(page: Page, button: Locator): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = await file.path();
    return readFile(path, 'utf8');
  }

  it('makes the Table one Tab stop, moved by the arrows, and downloads the rows it shows as CSV', async () => {
    const page = await open('#mode=table');
    await page.locator('#node-table tbody tr').first().waitFor();
    // Every row but one is out of the Tab order; the filters are folded behind one summary.
    const stops = await page.locator('#table-view tr.data-row[tabindex="0"]').count();
    const rows = await page.locator('#table-view tr.data-row').count();
    expect([stops, rows > 100]).toEqual([1, true]);
    await expect(page.locator('#table-filters').getAttribute('open')).resolves.toBeNull();
    const first = page.locator('#table-view tr.data-row').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const focusedId = () =>
      page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.dataset['id'] : null));
    const second = await page.locator('#table-view tr.data-row').nth(1).getAttribute('data-id');
    expect(await focusedId()).toBe(second);
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.__tg!.state().selection?.id === id, second);
    // Focus stays on the row across the rebuild, and Tab leaves the rows in one step.
    expect(await focusedId()).toBe(second);
    await page.keyboard.press('End');
    const last = await page.locator('#table-view tr.data-row').last().getAttribute('data-id');
    expect(await focusedId()).toBe(last);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('tr.data-row') === null)).toBe(true);

    const shownNames = await page.locator('#node-table tbody th').allTextContents();
    const nodes = parseCsvRecords(await downloaded(page, page.locator('#table-csv-nodes')));
    expect(nodes.map((r) => (r['Did not happen'] === 'yes' ? `⊘ ${r['Name']}` : r['Name']))).toEqual(shownNames);
    const shownRelations = await page
      .locator('#edge-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent ?? '')));
    const edges = parseCsvRecords(await downloaded(page, page.locator('#table-csv-edges')));
    expect(edges.map((r) => [r['From'], r['Relation'], r['To']])).toEqual(shownRelations);
    await page.screenshot({ path: `${SHOTS}views-table-1440x900.png` });
    await close(page);
  });

  for (const size of SIZES) {
    it(`draws the breach's trace whole at ${size.width}×${size.height}, the two reports side by side and the end once`, async () => {
      const page = await open('#mode=trace&incident=account-breach-2021', size);
      await page.locator('.steps .step').first().waitFor();
      await page.waitForFunction(() => (window.__tg!.traceCy()?.nodes().length ?? 0) > 0);
      const canvas = await page.evaluate(() => {
        const cy = window.__tg!.traceCy()!;
        const box = cy.container()!.getBoundingClientRect();
        const nodes = cy.nodes().map((n) => ({ id: n.id(), box: n.renderedBoundingBox({ includeLabels: false }) }));
        return { width: box.width, height: box.height, nodes };
      });
      // No node of the chain, the ends included, lies outside the canvas.
      const outside = canvas.nodes.filter(
        (n) => n.box.x1 < -1 || n.box.y1 < -1 || n.box.x2 > canvas.width + 1 || n.box.y2 > canvas.height + 1,
      );
      expect(outside.map((n) => n.id)).toEqual([]);
      expect(canvas.nodes.map((n) => n.id)).not.toContain('trace:end');
      // Steps: 1 (two together), 2, and the end told once in its own block.
      expect(await page.locator('.steps > .step').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-order')))).toEqual(['1', '2']);
      await expect(page.locator('.steps > .step').first().locator('.step-part').count()).resolves.toBe(2);
      await expect(page.locator('#trace-end .step-title').textContent()).resolves.toBe('⊘ No further steps were taken');
      await page.screenshot({ path: `${SHOTS}views-trace-${size.width}x${size.height}.png`, fullPage: size.width < 500 });
      await close(page);
    });
  }

  it('says what prompted the Don Valley North response and the reason stated for it', async () => {
    const page = await open('#mode=trace&incident=dvn-student-bussing');
    await page.locator('#trace-prompted').waitFor();
    await expect(page.locator('#trace-prompted .node-link').allTextContents()).resolves.toEqual([
      'Media reports about bussing international students',
      'The media',
    ]);
    const said = await page
      .locator('#trace-said > ul > li')
      .evaluateAll((lis) => lis.map((li) => li.querySelector('.node-link')?.textContent ?? ''));
    expect(said).toContain("The bussing activity complied with the Party's rules");
    await expect(page.locator('#trace-end .step-title').textContent()).resolves.toBe('⊘ No action was taken');
    const json = JSON.parse(await downloaded(page, page.locator('#trace-json')));
    expect(json.promptedBy.map((c: { id: string; by: string[] }) => [c.id, c.by])).toEqual([['dvn-media-reports', ['media']]]);
    expect(json.said.map((c: { id: string }) => c.id)).toContain('claim-bussing-compliant');
    await page.screenshot({ path: `${SHOTS}views-trace-dvn-1440x900.png`, fullPage: true });
    await close(page);
  });

  it("exports a trace as JSON that keeps every step's order and relation, and as CSV that reads back as its steps", async () => {
    const page = await open('#mode=trace&incident=account-breach-2021');
    await page.locator('#trace-csv').waitFor();
    const json = JSON.parse(await downloaded(page, page.locator('#export-json')));
    expect(
      json.steps.map((s: { order: number; response: { id: string }; stepRelation: { id: string | null; order: number } }) => [
        s.order,
        s.response.id,
        s.stepRelation.order,
        s.stepRelation.id !== null,
      ]),
    ).toEqual([
      [1, 'breach-reported-to-site', 1, true],
      [1, 'breach-reported-to-platform', 1, true],
      [2, 'breach-password-changed', 2, true],
      [3, 'breach-no-further-steps', 3, true],
    ]);
    const respondedWith = json.edges.filter((e: { type: string }) => e.type === 'RESPONDED_WITH');
    expect(
      respondedWith.map((e: { target: string; properties: Array<{ key: string; value: string }> }) => [e.target, e.properties]),
    ).toEqual([
      ['breach-reported-to-site', [{ key: 'order', value: '1' }]],
      ['breach-reported-to-platform', [{ key: 'order', value: '1' }]],
      ['breach-password-changed', [{ key: 'order', value: '2' }]],
      ['breach-no-further-steps', [{ key: 'order', value: '3' }]],
    ]);
    const sidebarJson = JSON.parse(await downloaded(page, page.locator('#trace-json')));
    expect(sidebarJson.steps).toEqual(json.steps);
    const csv = parseCsvRecords(await downloaded(page, page.locator('#trace-csv')));
    expect(csv.map((r) => [r['Step'], r['Response'], r['By'], r['Ends the chain'], r['Paragraph']])).toEqual([
      ['1', 'Reported the breach to SITE', 'Liberal Party', '', 'Ishmael ¶9'],
      ['1', 'Reported the breach to the social media platform', 'Liberal Party', '', 'Ishmael ¶9'],
      ['2', 'Changed the account password', 'Senior director of the Liberal Party', '', 'Ishmael ¶9'],
      ['3', 'No further steps were taken', '', 'yes', 'Ishmael ¶9'],
    ]);
    await close(page);
  });

  it('exports Who attended as its own data, not the graph', async () => {
    const page = await open('#mode=briefings');
    await page.locator('#briefings-csv').waitFor();
    const json = JSON.parse(await downloaded(page, page.locator('#export-json')));
    expect(Object.keys(json).sort()).toEqual(['attendance', 'briefings', 'election', 'exportedFrom', 'view']);
    expect(json.attendance.length).toBeGreaterThan(0);
    expect(json.view).toBe('#mode=briefings');
    await close(page);
  });

  it('copies a citation of a quote: the quote, title, ¶, interview date and a link to the view', async () => {
    const page = await open('#node=braeden-caley');
    const quote = page.locator('#details figure.quote').first();
    await quote.waitFor();
    const said = (await quote.locator('blockquote').textContent()) ?? '';
    await quote.locator('.copy-citation').click();
    // The clipboard write is asynchronous: the status says Copied. once it has resolved.
    await expect.poll(() => quote.locator('.copy-status').textContent(), { timeout: 10_000 }).toBe(' Copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const documents = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { title date } }' }),
      });
      return (await response.json()).data.documents as Array<{ title: string; date: string }>;
    });
    const doc = documents[0];
    const paragraph = ((await quote.locator('cite').textContent()) ?? '').replace(/^.*¶/, '');
    expect(copied).toMatch(
      new RegExp(
        `^${escapeRegExp(said)} \\(${escapeRegExp(doc?.title ?? '')}, ¶${paragraph}, interview of [^)]+\\)\\. Testimony Graph: ${escapeRegExp(`${base}#node=braeden-caley`)}$`,
      ),
    );
    await close(page);
  });

  for (const size of SIZES) {
    it(`finds five paths and leaves out a node or a kind of relation, then brings it back, at ${size.width}×${size.height}`, async () => {
      const page = await open('#mode=path&from=party-leaders&to=student-recruiters', size);
      await page.locator('.path-list > li').first().waitFor();
      await expect(page.locator('.path-list > li').count()).resolves.toBe(5);
      await expect(page.locator('#path-hint').textContent()).resolves.toContain('Each line is one relation as the document records it');
      const firstHop = await page.locator('.path-list > li').first().locator('.rel-sentence').first().textContent();
      expect(firstHop).toMatch(/^.+ .+ .+$/);
      await page.screenshot({ path: `${SHOTS}views-path-${size.width}x${size.height}.png`, fullPage: size.width < 500 });
      await page.locator('.path-list > li').first().locator('[data-avoid="azam-ishmael"]').click();
      await page.waitForFunction(
        () => document.querySelector('.left-out') !== null && document.querySelectorAll('.path-list > li').length === 2,
      );
      const through = await page.locator('.path-list > li').evaluateAll((lis) => lis.map((li) => li.textContent ?? ''));
      expect(through.every((t) => !t.includes('Azam Ishmael'))).toBe(true);
      await page.locator('.path-list > li').first().locator('[data-without="PERFORMED"]').click();
      await page.waitForFunction(() => document.querySelectorAll('#bring-back-PERFORMED').length === 1);
      await page.locator('#bring-back-node-azam-ishmael').click();
      await page.locator('#bring-back-PERFORMED').click();
      await page.waitForFunction(
        () => document.querySelector('.left-out') === null && document.querySelectorAll('.path-list > li').length === 5,
      );
      // Choosing a path draws it in the graph.
      await page.locator('#path-choose-2').click();
      await page.waitForFunction(() => document.querySelector('#path-choose-2[aria-pressed="true"]') !== null);
      await close(page);
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
