// The reader and full-text search in Chromium, against the real app on the tests' data: read the
// Ishmael summary and follow a mention to its node; search the words "National Director" and get
// paragraphs 1 and 10 (the phrase) before 17; step through paragraphs by keyboard. Screenshots of
// the reader at 1440×900 and 390×844 go to test-results/screenshots/reader-*.png.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { FIXTURE_DATA_DIR, ISHMAEL_DOCUMENT_ID as DOC } from '../../test/fixtures.ts';
import { RUN_BROWSER_SUITES, recordProblems, startViewer, type ViewerUnderTest } from './harness.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

describe.runIf(RUN_BROWSER_SUITES)('the reader and text search in Chromium', () => {
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

  async function open(hash = '', viewport = { width: 1440, height: 900 }): Promise<Page> {
    const page = await browser.newPage({ viewport });
    recordProblems(page, problems);
    await page.goto(base + hash);
    await page.waitForFunction(() => window.__tg?.loaded() === true);
    return page;
  }
  function expectNoProblems(): void {
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  }

  it('reads the document by sections and paragraphs, and follows a mention to its node in the graph', async () => {
    const page = await open();
    await page.locator('#tab-read').click();
    await page.locator('.reader-paragraph').first().waitFor();
    const numbers = await page.locator('.reader-paragraph .para-link').allTextContents();
    expect(numbers).toEqual(Array.from({ length: 22 }, (_, i) => `[${i + 1}]`));
    // Paragraph 5 names Braeden Caley; his name is a mention, underlined, not a quote.
    const mention = page.locator('#reader-p-5 a.mention[data-target="node:braeden-caley"]').first();
    await expect(mention.textContent()).resolves.toBe('Braeden Caley');
    await expect(page.locator('#reader-p-5 a.quote').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}reader-1440x900.png` });
    await mention.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__tg!.state().selection?.id === 'braeden-caley');
    expect(
      await page.evaluate(() => ({ mode: window.__tg!.state().mode, selected: window.__tg!.cy.$(':selected').map((e) => e.id()) })),
    ).toEqual({
      mode: 'graph',
      selected: ['braeden-caley'],
    });
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Braeden Caley');
    await page.close();
    expectNoProblems();
  });

  it('finds "National Director" in the text: paragraphs 1 and 10 first, then 17, and opens the reader at the words', async () => {
    const page = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('National Director');
    await page.locator('#search-results .text-hit').first().waitFor();
    await expect(page.locator('#search-results .search-group').textContent()).resolves.toBe('In the text');
    const where = await page.locator('#search-results .text-hit .hit-where').allTextContents();
    expect(where.slice(0, 3).map((w) => w.split(' · ')[0])).toEqual(['¶ 1', '¶ 10', '¶ 17']);
    await page.screenshot({ path: `${SHOTS}reader-search-results.png` });
    // The first text hit, by keyboard: down past the entity matches.
    const options = await page.locator('#search-results [role="option"]').count();
    const entities = options - where.length;
    for (let i = 0; i < entities; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__tg!.state().mode === 'read');
    expect(await page.evaluate(() => window.__tg!.state())).toMatchObject({
      readDocument: DOC,
      readParagraph: 1,
      readWords: 'National Director',
    });
    await page.locator('#reader-p-1.current').waitFor();
    expect(await page.locator('#reader-p-1 .reader-hit').allTextContents()).toEqual(['National Director', 'National', 'Director']);
    expect(page.url()).toContain('#mode=read&doc=');
    await page.close();
    expectNoProblems();
  });

  it('steps through paragraphs by keyboard, opens a paragraph from a link, and shows the repairs on request', async () => {
    const page = await open(`#mode=read&doc=${DOC}&p=16`);
    await page.locator('#reader-p-16.current').waitFor();
    await page.locator('#reader-next').focus();
    await page.keyboard.press('Enter');
    await page.locator('#reader-p-17.current').waitFor();
    await page.keyboard.press('Enter'); // the focus stays on Next
    await page.locator('#reader-p-18.current').waitFor();
    await page.locator('#reader-p-18').focus();
    await page.keyboard.press('p');
    await page.locator('#reader-p-17.current').waitFor();
    await expect(page.locator('.reader-where').textContent()).resolves.toBe('Paragraph 17 of 22');
    expect(page.url()).toContain('p=17');
    await page.locator('#reader-repairs').click();
    await expect(page.locator('.reader-repairs').count()).resolves.toBe(22);
    // Paragraph 17 was joined across a page break (the fixture's text has it on two pages).
    await expect(page.locator('#reader-p-17 .reader-repairs').textContent()).resolves.toMatch(/^Repaired from the PDF text: /);
    await page.close();
    expectNoProblems();
  });

  it('is readable 390 px wide, and the evidence panel links to the paragraph in the reader', async () => {
    const page = await open(`#mode=read&doc=${DOC}&p=5`, { width: 390, height: 844 });
    await page.locator('#reader-p-5.current').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `${SHOTS}reader-390x844.png` });
    await page.close();

    const graph = await open('#node=braeden-caley');
    await graph.locator('#details a.read-in-context').first().click();
    await graph.waitForFunction(() => window.__tg!.state().mode === 'read');
    const state = await graph.evaluate(() => window.__tg!.state());
    expect({ document: state.readDocument, current: await graph.locator('.reader-paragraph.current').getAttribute('id') }).toEqual({
      document: DOC,
      current: `reader-p-${state.readParagraph}`,
    });
    await graph.close();
    expectNoProblems();
  });
});
