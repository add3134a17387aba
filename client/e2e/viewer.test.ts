// The viewer in a real Chromium against the real server (in-memory store, seed graph), driven the
// way a reader would: load, search, click an edge, read who attended, trace the breach, share a
// link, export, and use it on a phone. Screenshots of each step go to test-results/screenshots/.
// Builds nothing: `npm test` builds the viewer first; without client/dist this fails and says so.
// Past 300 lines: one browser and one server for the whole walk through the viewer; a second file would start both again.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadGraph } from '../../seed/index.ts';
import { CHROMIUM, DIST_INDEX, RUN_BROWSER_SUITES, recordProblems, startViewer, type ViewerUnderTest } from './harness.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const DOWNLOADS = fileURLToPath(new URL('../../test-results/downloads/', import.meta.url));

if (!RUN_BROWSER_SUITES) {
  console.warn(`[viewer e2e] skipped: no Chromium at ${CHROMIUM} (set REQUIRE_BROWSER=1 to make this a failure)`);
}

describe.runIf(RUN_BROWSER_SUITES)('the viewer in Chromium', () => {
  let viewer: ViewerUnderTest | undefined;
  let base: string;
  let browser: Browser;
  /** Console errors, page errors and CSP reports of every page, checked after each test */
  let problems: string[] = [];
  let shot = 0;
  let seeded: Awaited<ReturnType<typeof loadGraph>>;

  beforeAll(async () => {
    await rm(SHOTS, { recursive: true, force: true }); // numbered shots of an older run would mislead
    await mkdir(SHOTS, { recursive: true });
    await mkdir(DOWNLOADS, { recursive: true });
    seeded = await loadGraph(FIXTURE_DATA_DIR);
    viewer = await startViewer(seeded);
    ({ base, browser } = viewer);
  });

  afterAll(async () => {
    await viewer?.close();
  });

  /** A new page at `hash`, loaded and laid out, with its console watched. */
  async function open(hash = '', viewport = { width: 1280, height: 800 }): Promise<Page> {
    const page = await browser.newPage({ viewport, acceptDownloads: true });
    recordProblems(page, problems);
    await page.goto(base + hash);
    await page.waitForFunction(() => window.__tg?.loaded() === true);
    // Let the first layout and any centring animation settle before looking.
    await settled(page);
    return page;
  }

  /**
   * Resolves once nothing animates and the viewport has not moved between two looks 100 ms apart:
   * the condition itself, not a guess at how long an animation takes on this machine.
   */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(
      () => {
        const cy = window.__tg!.cy;
        const view = JSON.stringify([cy.pan(), cy.zoom()]);
        const marks = document.documentElement.dataset;
        const still = marks['e2eView'] === view;
        marks['e2eView'] = view;
        return still && !cy.animated() && cy.$(':animated').empty();
      },
      undefined,
      { polling: 100, timeout: 10_000 },
    );
  }

  async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
    shot++;
    await page.screenshot({ path: `${SHOTS}${String(shot).padStart(2, '0')}-${name}.png`, fullPage });
  }

  /** Ask the API directly (what the page should show), checking the answer's shape. */
  async function ask<T extends z.ZodType>(query: string, schema: T): Promise<z.output<T>> {
    const response = await fetch(`${base}graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return schema.parse(z.object({ data: z.unknown() }).parse(await response.json()).data);
  }
  const ids = z.array(z.object({ id: z.string(), kind: z.string() }));

  function expectNoProblems(): void {
    const seen = problems;
    problems = [];
    expect(seen).toEqual([]);
  }

  it('loads without console errors or CSP violations and shows the whole seed graph with a legend', async () => {
    const head = await fetch(base);
    expect(head.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await readFile(DIST_INDEX, 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
    expect(html).not.toMatch(/\son[a-z]+=/); // no inline event handlers

    const api = await ask(
      '{ graph { nodes { id kind } edges { id } } }',
      z.object({ graph: z.object({ nodes: ids, edges: z.array(z.object({ id: z.string() })) }) }),
    );
    const page = await open();
    const counts = await page.evaluate(() => {
      const cy = window.__tg!.cy;
      return { nodes: cy.nodes().length, visible: cy.nodes(':visible').length, edges: cy.edges(':visible').length };
    });
    expect(counts).toEqual({ nodes: api.graph.nodes.length, visible: api.graph.nodes.length, edges: api.graph.edges.length });
    expect(api.graph.nodes.length).toBeGreaterThan(60);
    // The seed graph is far below the large-graph threshold: relations keep their curves, arrows and
    // labels, and every node other than claims, responses and recommendations its name.
    const look = await page.evaluate(() => {
      const cy = window.__tg!.cy;
      const edge = cy.edges().first();
      const person = cy.nodes('[kind = "Person"]').first();
      return [
        edge.style('curve-style'),
        edge.style('target-arrow-shape'),
        edge.style('label') === edge.data('label'),
        person.style('label') === person.data('label'),
        edge.style('events'),
      ];
    });
    expect(look).toEqual(['bezier', 'triangle', true, true, 'yes']); // every relation clickable
    await expect(page.locator('#doc-title').textContent()).resolves.toBe('Stage 1 Interview Summary: Azam Ishmael');
    const legend = await page.locator('.kinds .kind-name').allTextContents();
    expect(legend).toEqual([
      'Person',
      'Organization',
      'Place',
      'Election',
      'Briefing',
      'Meeting',
      'Interview',
      'Nomination',
      'Incident',
      'Response',
      'Publication',
      'Process',
      'Claim',
      'Recommendation',
    ]);
    await screenshot(page, 'graph-on-load');
    await page.close();
    expectNoProblems();
  });

  it('finds Braeden Caley by an alias, selects him and centres on him', async () => {
    const page = await open();
    await page.keyboard.press('/');
    await page.keyboard.type('Mr. Caley');
    await page.locator('#search-results [role="option"]').first().waitFor();
    await screenshot(page, 'search-results');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__tg!.state().selection?.id === 'braeden-caley');
    await settled(page);
    const seen = await page.evaluate(() => {
      const cy = window.__tg!.cy;
      const node = cy.getElementById('braeden-caley');
      const p = node.renderedPosition();
      return {
        selected: cy.$(':selected').map((e) => e.id()),
        centred: Math.abs(p.x - cy.width() / 2) < 5 && Math.abs(p.y - cy.height() / 2) < 5,
      };
    });
    expect(seen).toEqual({ selected: ['braeden-caley'], centred: true });
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Braeden Caley');
    await screenshot(page, 'search-selects-braeden-caley');
    await page.close();
    expectNoProblems();
  });

  it('shows the quote and paragraph number behind an ATTENDED edge in one click, and the whole paragraph on demand', async () => {
    const page = await open();
    const id = 'mathieu-lafrance--attended--site-briefings-2019';
    // Click the edge where it is drawn, as a reader would.
    const at = await page.evaluate((edgeId) => window.__tg!.cy.getElementById(edgeId).renderedMidpoint(), id);
    const canvas = await page.locator('#graph-canvas').boundingBox();
    await page.mouse.click(canvas!.x + at.x, canvas!.y + at.y);
    await page.waitForFunction((edgeId) => window.__tg!.state().selection?.id === edgeId, id);
    const quotes = page.locator('#details .quote');
    await expect(quotes.locator('blockquote').allTextContents()).resolves.toEqual([
      '“The other two Party representatives were Braeden Caley and Mathieu Lafrance.”',
      '“The three men all attended the SITE briefings when they could”',
    ]);
    await expect(quotes.locator('.para-no').allTextContents()).resolves.toEqual(['Ishmael ¶5', 'Ishmael ¶6']);
    await quotes.first().getByRole('button', { name: 'Show paragraph 5' }).click();
    const mark = quotes.first().locator('mark');
    await mark.waitFor();
    await expect(mark.textContent()).resolves.toBe('The other two Party representatives were Braeden Caley and Mathieu Lafrance.');
    await expect(quotes.first().locator('.paragraph-text').textContent()).resolves.toMatch(
      /^\[5\] Mr\. Ishmael was one of three Liberal Party representatives/,
    );
    await screenshot(page, 'edge-evidence-with-paragraph');
    await page.close();
    expectNoProblems();
  });

  it('lists who attended the 2019 and 2021 briefings, each cell leading to its evidence', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Who attended' }).click();
    const attendees = (briefing: string) => page.locator(`[data-briefing="${briefing}"] .attendees`).textContent();
    await page.locator('[data-briefing="site-briefings-2019"]').waitFor();
    await expect(attendees('site-briefings-2019')).resolves.toBe('Attendees: Azam Ishmael, Braeden Caley, Mathieu Lafrance');
    await expect(attendees('site-briefings-2021')).resolves.toBe('Attendees: Azam Ishmael, Braeden Caley');
    const rows = await page.locator('.matrix tbody th').allTextContents();
    // By the party or organization each represented, then by name.
    expect(rows).toEqual(['Head of the Canadian Centre for Cyber Security', 'Azam Ishmael', 'Braeden Caley', 'Mathieu Lafrance']);
    await page.getByRole('button', { name: /^Braeden Caley attended SITE briefings for the 2021 election/ }).click();
    const id = 'braeden-caley--attended--site-briefings-2021';
    await page.waitForFunction((edgeId) => window.__tg!.state().selection?.id === edgeId, id);
    await expect(page.evaluate(() => window.__tg!.cy.$(':selected').map((e) => e.id()))).resolves.toEqual([id]);
    await expect(page.locator('#details blockquote').allTextContents()).resolves.toEqual([
      "“Mr. Caley served as the Party's other representative at these briefings.”",
    ]);
    await screenshot(page, 'briefings-matrix');
    await page.getByRole('radio', { name: '2021' }).check();
    await expect(page.locator('.matrix tbody th').allTextContents()).resolves.toEqual(['Azam Ishmael', 'Braeden Caley']);
    await page.close();
    expectNoProblems();
  });

  it('traces the account breach: the two reports as one step, then the password, each with actor and evidence, and the end marked once', async () => {
    const page = await open();
    await page.getByRole('tab', { name: 'Trace an incident' }).click();
    await page.getByRole('button', { name: /Social media account breach/ }).click();
    const steps = page.locator('ol.steps > li');
    await steps.first().waitFor();
    await expect(steps.locator('.step-title').allTextContents()).resolves.toEqual([
      'Reported the breach to SITE',
      'Reported the breach to the social media platform',
      'Changed the account password',
    ]);
    await expect(steps.evaluateAll((items) => items.map((li) => li.getAttribute('data-order')))).resolves.toEqual(['1', '2']);
    await expect(steps.nth(0).locator('.step-meta').first().textContent()).resolves.toBe('By Liberal Party');
    await expect(steps.nth(1).locator('blockquote').textContent()).resolves.toBe(
      '“and the individual changed the password for the account”',
    );
    await expect(page.locator('#trace-end .end-title').textContent()).resolves.toContain('The chain ends here');
    await expect(page.locator('#trace-end .step-title').textContent()).resolves.toBe('⊘ No further steps were taken');
    // On the canvas the chain reads left to right, the two reports in one column, and ends with its last step.
    const line = await page.evaluate(() =>
      window
        .__tg!.traceCy()!
        .nodes()
        .nodes('node[step], node#account-breach-2021')
        .map((n) => ({ label: String(n.data('label')), x: n.position('x'), y: n.position('y') }))
        .sort((a, b) => a.x - b.x || a.y - b.y)
        .map((n) => [n.label, n.x]),
    );
    const columns = [...new Set(line.map(([, x]) => x))];
    expect(line.map(([label, x]) => [label, columns.indexOf(x)])).toEqual([
      ['Social media account breach', 0],
      ['1. Reported the breach to SITE', 1],
      ['1. Reported the breach to the social media platform', 1],
      ['2. Changed the account password', 2],
      ['⊘ 3. No further steps were taken', 3],
    ]);
    await screenshot(page, 'trace-account-breach');
    await page.close();
    expectNoProblems();
  });

  it('highlights the shortest path between two entities', async () => {
    const page = await open('#mode=path&from=mathieu-lafrance&to=social-media-platform');
    await page.locator('.hops').first().waitFor();
    const onPath = await page.evaluate(() =>
      window
        .__tg!.cy.nodes('.on-path')
        .map((n) => n.id())
        .sort(),
    );
    expect(onPath).toContain('mathieu-lafrance');
    expect(onPath).toContain('social-media-platform');
    await expect(page.locator('.path-summary').textContent()).resolves.toMatch(/^(One path|[2-5] paths), \d+ relations? long/);
    await screenshot(page, 'path');
    await page.close();
    expectNoProblems();
  });

  it('restores a shared link: view, selection and filters, also after a reload', async () => {
    const first = await open();
    await first.getByRole('tab', { name: 'Trace an incident' }).click();
    await first.getByRole('button', { name: /Social media account breach/ }).click();
    await first.getByRole('button', { name: 'Changed the account password' }).click();
    await first.waitForFunction(() => window.__tg!.state().selection?.id === 'breach-password-changed');
    const link = first.url();
    expect(new URL(link).hash).toBe('#mode=trace&node=breach-password-changed&incident=account-breach-2021');
    await first.close();

    const shared = await open(new URL(link).hash);
    await expect(shared.getByRole('tab', { name: 'Trace an incident' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(shared.locator('#details h2').textContent()).resolves.toBe('Changed the account password');
    await shared.locator('ol.steps > li').first().waitFor();
    await expect(shared.locator('ol.steps > li.selected .step-title').textContent()).resolves.toBe('Changed the account password');
    await screenshot(shared, 'deep-link-restored');
    await shared.close();

    const filtered = await open('#hide=Claim&election=2019&edge=azam-ishmael--attended--site-briefings-2019');
    const state = await filtered.evaluate(() => window.__tg!.state());
    expect([state.mode, state.hiddenKinds, state.election, state.selection]).toEqual([
      'graph',
      ['Claim'],
      2019,
      { type: 'edge', id: 'azam-ishmael--attended--site-briefings-2019' },
    ]);
    await expect(filtered.locator('#kind-Claim').isChecked()).resolves.toBe(false);
    await filtered.reload();
    await filtered.waitForFunction(() => window.__tg?.loaded() === true);
    await expect(filtered.evaluate(() => window.__tg!.state().election)).resolves.toBe(2019);
    expect(await filtered.evaluate(() => window.__tg!.cy.nodes('[kind = "Claim"]:visible').length)).toBe(0);
    await filtered.close();
    expectNoProblems();
  });

  it('expands a node’s neighbours on double-click and undoes it', async () => {
    const around = await ask(
      '{ neighborhood(id: "azam-ishmael") { nodes { id kind } } }',
      z.object({ neighborhood: z.object({ nodes: ids }) }),
    );
    const organizations = around.neighborhood.nodes
      .filter((n) => n.kind === 'Organization')
      .map((n) => n.id)
      .sort();
    expect(organizations.length).toBeGreaterThan(0);
    const page = await open('#hide=Organization');
    const visibleOrgs = () =>
      page.evaluate(() =>
        window
          .__tg!.cy.nodes('[kind = "Organization"]:visible')
          .map((n) => n.id())
          .sort(),
      );
    expect(await visibleOrgs()).toEqual([]);
    const at = await page.evaluate(() => window.__tg!.cy.getElementById('azam-ishmael').renderedPosition());
    const canvas = await page.locator('#graph-canvas').boundingBox();
    await page.mouse.dblclick(canvas!.x + at.x, canvas!.y + at.y);
    await page.waitForFunction(() => window.__tg!.cy.nodes('[kind = "Organization"]:visible').length > 0);
    expect(await visibleOrgs()).toEqual(organizations);
    await expect(page.locator('#undo').textContent()).resolves.toBe('Undo expand Azam Ishmael');
    await screenshot(page, 'expanded-neighbours');
    await page.locator('#undo').click();
    await page.waitForFunction(() => window.__tg!.state().expanded.length === 0);
    expect(await visibleOrgs()).toEqual([]);
    await page.close();
    expectNoProblems();
  });

  it('exports the view as PNG and the shown subgraph as JSON', async () => {
    const page = await open('#election=2021');
    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('#export-png').click()]);
    expect(png.suggestedFilename()).toBe('testimony-graph-graph.png');
    const pngPath = `${DOWNLOADS}${png.suggestedFilename()}`;
    await png.saveAs(pngPath);
    const image = await readFile(pngPath);
    expect([...image.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(image.length).toBeGreaterThan(10_000);

    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    expect(json.suggestedFilename()).toBe('testimony-graph-graph.json');
    const jsonPath = `${DOWNLOADS}${json.suggestedFilename()}`;
    await json.saveAs(jsonPath);
    const data: { view: string; nodes: Array<{ id: string; elections: number[] }>; edges: Array<{ evidence: unknown[] }> } = JSON.parse(
      await readFile(jsonPath, 'utf8'),
    );
    const shown = await page.evaluate(() => window.__tg!.cy.nodes(':visible').length);
    expect([data.view, data.nodes.length]).toEqual(['#election=2021', shown]);
    expect(data.nodes.every((n) => n.elections.includes(2021))).toBe(true);
    expect(data.edges.every((e) => e.evidence.length > 0)).toBe(true);
    await page.close();
    expectNoProblems();
  });

  it('offers every fact in a table, reachable by keyboard', async () => {
    const page = await open();
    await page.locator('#tab-graph').focus();
    await page.keyboard.press('ArrowLeft'); // wraps round to the last tab: Table
    await expect(page.locator('#tab-table').getAttribute('aria-selected')).resolves.toBe('true');
    const nodeRows = page.locator('#node-table tbody tr');
    await expect(nodeRows.count()).resolves.toBe(seeded.nodes.length); // every node of the fixture, the Interview included
    await page.locator('#edge-table tbody tr').first().waitFor();
    // The rows are one Tab stop (views.test.ts walks them by arrows); a row is opened with Enter.
    const row = page.locator('#edge-table tr[aria-label="Azam Ishmael attended SITE briefings for the 2021 election"]');
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#details blockquote').first().textContent()).resolves.toContain('Mr. Ishmael was one of the Liberal Party');
    // The table re-renders to mark the selected row; keyboard focus must stay on the same row, visibly.
    const focused = await page.evaluate(() => ({
      label: document.activeElement?.getAttribute('aria-label'),
      outline: document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : '',
    }));
    expect(focused).toEqual({ label: 'Azam Ishmael attended SITE briefings for the 2021 election', outline: 'solid' });
    await screenshot(page, 'table-keyboard');
    await page.close();
    expectNoProblems();
  });

  it('says in plain words when the graph cannot be loaded, and offers to try again', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let fail = true;
    await page.route('**/graphql', (route) =>
      fail ? route.fulfill({ status: 503, contentType: 'text/plain', body: 'Service Unavailable' }) : route.continue(),
    );
    await page.goto(base);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.locator('p').first().textContent()).resolves.toBe(
      'The graph could not be loaded. The server answered with something that is not data (HTTP 503).',
    );
    await screenshot(page, 'load-error');
    fail = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.waitForFunction(() => window.__tg?.loaded() === true);
    await expect(page.evaluate(() => window.__tg!.cy.nodes().length)).resolves.toBeGreaterThan(60);
    await page.close();
  });

  it('is usable 390 px wide: no sideways scrolling, canvas first, the details a sheet over it', async () => {
    const page = await open('#node=account-breach-2021', { width: 390, height: 844 });
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
      return {
        scrollWidth: document.documentElement.scrollWidth,
        canvas: {
          top: Math.round(box('#graph-canvas').top),
          height: Math.round(box('#graph-canvas').height),
          width: Math.round(box('#graph-canvas').width),
        },
        details: { top: Math.round(box('#details').top), bottom: Math.round(box('#details').bottom) },
        sheetHint: document.querySelector('.sheet-close')?.checkVisibility() ?? false,
        sidebarTop: Math.round(box('#sidebar').top),
        tabsInView: [...document.querySelectorAll('[role="tab"]')].every((t) => t.getBoundingClientRect().right <= 390),
      };
    });
    expect(layout.scrollWidth).toBe(390);
    expect(layout.canvas.width).toBe(390);
    expect(layout.canvas.height).toBeGreaterThan(320);
    // The selection's details: a sheet on the first screen, over the lower part of the canvas, with its hint.
    expect({ bottom: layout.details.bottom, overCanvas: layout.details.top < layout.canvas.top + layout.canvas.height }).toEqual({
      bottom: 844,
      overCanvas: true,
    });
    expect(layout.sheetHint).toBe(true);
    expect(layout.sidebarTop).toBeGreaterThanOrEqual(layout.canvas.top + layout.canvas.height);
    expect(layout.tabsInView).toBe(true);
    await expect(page.locator('#details h2').textContent()).resolves.toBe('Social media account breach');
    await screenshot(page, 'phone-390', true);
    await page.getByRole('tab', { name: 'Who attended' }).click();
    await page.locator('.matrix').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    await screenshot(page, 'phone-390-briefings', true);
    await page.close();
    expectNoProblems();
  });
});
