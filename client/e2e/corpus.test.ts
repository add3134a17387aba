// The corpus in Chromium, against the real app (in-memory store) on the fixture corpus of fictional
// summaries: the header's document picker and its filter, Who attended with the party column and
// a recorded absence, the Compare view with a contradicting pair, the Timeline view. Screenshots
// at 1440×900 and 390×844 go to test-results/screenshots/corpus-*.png.
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { GraphData } from '../../graph/src/model.ts';
import { loadGraph } from '../../seed/index.ts';
import { parseCsv } from '../../test/csv-read.ts';
import { FIXTURE_CORPUS_DIR } from '../../test/fixtures.ts';
import { documentShortName } from '../src/document-label.ts';

import { RUN_BROWSER_SUITES, recordProblems, startViewer, type ViewerUnderTest } from './harness.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const DOWNLOADS = fileURLToPath(new URL('../../test-results/downloads/', import.meta.url));
const WIDE = { width: 1440, height: 900 };
const TimelineAnswer = z.object({
  data: z.object({ timeline: z.array(z.object({ node: z.object({ id: z.string() }), start: z.string() })) }),
});
const PHONE = { width: 390, height: 844 };

describe.runIf(RUN_BROWSER_SUITES)('the corpus in Chromium', () => {
  let viewer: ViewerUnderTest | undefined;
  let base: string;
  let browser: Browser;
  let graph: GraphData;
  let problems: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    await mkdir(DOWNLOADS, { recursive: true });
    graph = await loadGraph(FIXTURE_CORPUS_DIR);
    viewer = await startViewer(graph);
    ({ base, browser } = viewer);
  });
  afterAll(async () => {
    await viewer?.close();
  });

  async function open(hash = '', viewport = WIDE): Promise<Page> {
    const page = await browser.newPage({ viewport, acceptDownloads: true });
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
  /** What the fixture says, from the seed's own graph: the test's expectations are not written by hand twice. */
  function documentOf(title: RegExp): GraphData['documents'][number] {
    const doc = graph.documents.find((d) => title.test(d.title));
    if (!doc) throw new Error(`the fixture corpus has no document titled like ${title}`);
    return doc;
  }
  const shownNodeIds = (page: Page) =>
    page.evaluate(() =>
      window
        .__tg!.cy.nodes()
        .filter((n) => n.visible())
        .map((n) => n.id())
        .sort(),
    );

  it('names the corpus in the header, and the picker filters the graph to one document and back, kept in the link', async () => {
    const page = await open();
    await expect(page.locator('#doc-title').textContent()).resolves.toBe(`${graph.documents.length} interview summaries`);
    const options = await page.locator('#document-picker option').allTextContents();
    expect(options.length).toBe(graph.documents.length + 1);
    expect(options[0]).toBe(`All ${graph.documents.length} documents`);
    const all = await shownNodeIds(page);
    expect(all.length).toBe(graph.nodes.length);
    await page.screenshot({ path: `${SHOTS}corpus-header-1440x900.png` });

    const doc = documentOf(/Achterberg/);
    await page.locator('#document-picker').selectOption(doc.id);
    await page.waitForFunction((id) => window.__tg!.state().document === id, doc.id);
    expect(page.url()).toContain(`document=${doc.id}`);
    await expect(page.locator('#doc-title').textContent()).resolves.toBe(doc.title);
    // The graph shows exactly the nodes with evidence from that document.
    const cited = graph.nodes
      .filter((n) => n.evidence.some((e) => e.document === doc.id))
      .map((n) => n.id)
      .sort();
    await page.waitForFunction((n) => window.__tg!.cy.nodes().filter((x) => x.visible()).length === n, cited.length);
    expect(await shownNodeIds(page)).toEqual(cited);
    // The counts beside the kinds are this document's too, as the graph is.
    const citedPeople = graph.nodes.filter((n) => n.kind === 'Person' && cited.includes(n.id)).length;
    const allPeople = graph.nodes.filter((n) => n.kind === 'Person').length;
    expect(citedPeople).toBeLessThan(allPeople);
    await expect(
      page
        .locator('label.check', { has: page.locator('#kind-Person') })
        .locator('.count')
        .textContent(),
    ).resolves.toBe(String(citedPeople));
    await page.screenshot({ path: `${SHOTS}corpus-one-document-1440x900.png` });
    // Search too: a person only another document names is not found, one this document names is.
    const elsewhere = graph.nodes.find((n) => n.kind === 'Person' && n.evidence.every((e) => e.document !== doc.id));
    const here = graph.nodes.find((n) => n.kind === 'Person' && n.evidence.every((e) => e.document === doc.id));
    if (!elsewhere || !here) throw new Error('the fixture corpus has no person cited only outside, or only inside, one document');
    const search = async (name: string) => {
      await page.locator('#search-input').fill(name);
      // The answer to this text: its name among the hits, or the line saying nothing was found.
      await page.waitForFunction((text) => {
        const list = document.querySelector('#search-results');
        return list instanceof HTMLElement && !list.hidden && (list.textContent ?? '').includes(text);
      }, name);
      return page.locator('#search-results .search-empty').count();
    };
    expect([await search(elsewhere.name), await search(here.name)]).toEqual([1, 0]);
    await page.locator('#search-input').fill('');

    // Back to every document: the picker's first choice (and the browser's Back button gives the same).
    await page.locator('#document-picker').selectOption('');
    await page.waitForFunction(() => window.__tg!.state().document === null);
    await page.waitForFunction((n) => window.__tg!.cy.nodes().filter((x) => x.visible()).length === n, all.length);
    await page.close();
    expectNoProblems();
  });

  it('shows who attended with their party, ¶ references naming the document, and a recorded absence as ⊘ with its quote', async () => {
    const page = await open();
    await page.locator('#tab-briefings').click();
    await page.locator('#attendance-matrix').waitFor();
    // The wider sidebar narrows the stage: the graph is fitted again, not left behind the details panel.
    await page.waitForFunction(
      () => {
        const cy = window.__tg!.cy;
        const box = cy.elements(':visible').renderedBoundingBox({});
        return !cy.animated() && box.x1 >= -1 && box.x2 <= cy.width() + 1 && box.y1 >= -1 && box.y2 <= cy.height() + 1;
      },
      undefined,
      { polling: 100, timeout: 10_000 },
    );
    const absence = graph.edges.find((e) => e.type === 'ATTENDED' && e.negative === true);
    if (!absence) throw new Error('the fixture corpus has no "did not attend"');
    const person = graph.nodes.find((n) => n.id === absence.source);
    const event = graph.nodes.find((n) => n.id === absence.target);
    const quote = absence.evidence[0];
    if (!person || !event || !quote) throw new Error('the absence has no person, event or quote');
    const headers = await page.locator('#attendance-matrix thead th').allTextContents();
    expect(headers.slice(0, 2)).toEqual(['Person', 'Party or organization']);
    // The key says what each mark means.
    expect(await page.locator('.matrix-key li').allTextContents()).toEqual([
      '✓ attended: a document says so',
      '⊘ did not attend: a document says so',
      '— no record either way',
    ]);
    // The absence: a ⊘ button, never a ✓, naming the document and paragraph.
    const cell = page.getByRole('button', { name: new RegExp(`^${person.name} did not attend ${event.name}: show the evidence`) });
    await expect(cell.locator('.tick').textContent()).resolves.toBe('⊘');
    const quoted = graph.documents.find((d) => d.id === quote.document);
    if (!quoted) throw new Error(`the absence cites an unknown document ${quote.document}`);
    await expect(cell.locator('.cell-paras').textContent()).resolves.toBe(`${documentShortName(quoted)} ¶${quote.paragraph}`);
    // Listed with its quote under the matrix.
    await expect(page.locator('.absence-list').textContent()).resolves.toContain(quote.quote);
    // Each row's party column names what the person represented.
    const row = page.locator('#attendance-matrix tbody tr', { has: page.getByRole('button', { name: person.name, exact: true }) });
    const party = await row.locator('td.org-cell').textContent();
    expect(party?.length ?? 0).toBeGreaterThan(1);
    await cell.click();
    await page.waitForFunction((id) => window.__tg!.state().selection?.id === id, absence.id);
    await expect(page.locator('#details').textContent()).resolves.toContain(quote.quote);
    // The details panel says it did not happen, in words and with the badge.
    expect([
      await page.locator('#details .edge-title .rel-words').textContent(),
      await page.locator('#details .negative-badge').count(),
    ]).toEqual(['⊘ not attended', 1]);
    await page.screenshot({ path: `${SHOTS}corpus-who-attended-1440x900.png` });

    // The CSV is the table shown.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#briefings-csv').click()]);
    const file = `${DOWNLOADS}${download.suggestedFilename()}`;
    await download.saveAs(file);
    const rows = parseCsv(await readFile(file, 'utf8'));
    const shownRows = await page.locator('#attendance-matrix tbody tr').count();
    expect([rows.length - 1, rows[0]?.slice(0, 2)]).toEqual([shownRows, ['Person', 'Party or organization']]);
    expect(rows.find((r) => r[0] === person.name)?.some((c) => c.startsWith('did not attend ('))).toBe(true);

    // One document: only its rows.
    const doc = documentOf(/Valdemar/);
    await page.locator('#document-picker').selectOption(doc.id);
    await page.waitForFunction(
      () => document.querySelector('#attendance-matrix tbody tr') !== null && window.__tg!.state().document !== null,
    );
    await page.waitForFunction(
      (short) => [...document.querySelectorAll('#attendance-matrix .cell-paras')].every((c) => c.textContent?.startsWith(short)),
      'Valdemar',
    );
    await page.close();

    const phone = await open('#mode=briefings', PHONE);
    await phone.locator('#attendance-matrix').waitFor();
    await phone.screenshot({ path: `${SHOTS}corpus-who-attended-390x844.png` });
    await phone.close();
    expectNoProblems();
  });

  it('compares what witnesses claim about one subject, one column per document, with the contradicting pair marked', async () => {
    const contradicts = graph.edges.find((e) => e.type === 'CONTRADICTS');
    if (!contradicts) throw new Error('the fixture corpus has no CONTRADICTS pair');
    const subjectEdge = graph.edges.find((e) => e.type === 'ABOUT' && e.source === contradicts.source);
    if (!subjectEdge) throw new Error('the contradicting claim is about nothing');
    const page = await open(`#mode=compare&about=${encodeURIComponent(subjectEdge.target)}`);
    await page.locator('#compare-columns').waitFor();
    await expect(page.locator('#compare-about').inputValue()).resolves.toBe(subjectEdge.target);
    const columns = await page.locator('.compare-column').count();
    expect(columns).toBeGreaterThanOrEqual(2);
    // Both claims of the pair are marked, and the pair is listed with both quotes.
    for (const id of [contradicts.source, contradicts.target]) {
      const card = page.locator(`.claim-card[data-claim="${id}"]`).first();
      await expect(card.getAttribute('class')).resolves.toContain('disputed');
    }
    const pair = page.locator('#compare-pairs li[data-kind="CONTRADICTS"]').first();
    const claimQuote = (id: string) => graph.nodes.find((n) => n.id === id)?.evidence[0]?.quote ?? '';
    const text = await pair.textContent();
    expect([text?.includes(claimQuote(contradicts.source)), text?.includes(claimQuote(contradicts.target))]).toEqual([true, true]);
    await page.screenshot({ path: `${SHOTS}corpus-compare-1440x900.png` });
    // A claim selects it in the graph.
    await page.locator(`.claim-card[data-claim="${contradicts.source}"] .claim-name`).first().click();
    await page.waitForFunction(
      (id) =>
        window
          .__tg!.cy.$(':selected')
          .map((e) => e.id())
          .join() === id,
      contradicts.source,
    );
    await page.close();

    const phone = await open(`#mode=compare&about=${encodeURIComponent(subjectEdge.target)}`, PHONE);
    await phone.locator('#compare-columns').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await phone.screenshot({ path: `${SHOTS}corpus-compare-390x844.png` });
    await phone.close();
    expectNoProblems();
  });

  it('draws the timeline with each date’s precision, filters it, and selects an event in the graph by keyboard', async () => {
    const page = await open('#mode=timeline');
    await page.locator('#timeline-rows').waitFor();
    const rows = page.locator('.timeline-event');
    const precisions = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-precision')));
    // Every precision present is drawn as its shape: a year a band, a day a point, an interval a bar.
    const shapes = await rows.evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-precision'), e.querySelector('.mark')?.getAttribute('class')?.split(' ')[1]]),
    );
    const expected: Record<string, string> = { YEAR: 'band', MONTH: 'band', DAY: 'point', INTERVAL: 'bar' };
    expect(shapes).toEqual(precisions.map((p) => [p, expected[p ?? ''] ?? 'no precision']));
    expect(new Set(precisions).has('DAY')).toBe(true);
    // In the API's date order, every dated event of the corpus.
    const starts = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
    const api = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ timeline(first: 1000) { node { id } start } }' }),
      });
      return response.json();
    });
    const ordered = TimelineAnswer.parse(api).data.timeline;
    expect(starts).toEqual(ordered.map((e) => e.node.id));
    expect(ordered.map((e) => e.start)).toEqual(ordered.map((e) => e.start).sort());
    await page.screenshot({ path: `${SHOTS}corpus-timeline-1440x900.png` });

    // One Tab stop: the first event; the arrow keys move, Enter selects it in the graph.
    await page.locator('.timeline-event[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = starts[1];
    await page.waitForFunction(
      (id) =>
        window
          .__tg!.cy.$(':selected')
          .map((e) => e.id())
          .join() === id,
      second,
    );

    // Filters: the 2021 election, then one document.
    await page.locator('#timeline-election').selectOption('2021');
    await page.waitForFunction(() => window.__tg!.state().election === 2021);
    await page.locator('#timeline-rows').waitFor();
    const doc = documentOf(/Marchand-Dub/);
    await page.locator('#timeline-document').selectOption(doc.id);
    await page.waitForFunction((id) => window.__tg!.state().document === id, doc.id);
    await page.waitForFunction(
      (short) => [...document.querySelectorAll('.timeline-event .event-meta')].every((m) => m.textContent?.includes(short)),
      'Marchand-Dubé',
    );
    await page.close();

    const phone = await open('#mode=timeline', PHONE);
    await phone.locator('#timeline-rows').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await phone.screenshot({ path: `${SHOTS}corpus-timeline-390x844.png` });
    await phone.close();
    expectNoProblems();
  });
});
