// Moving around the viewer (issue 13), in Chromium against the real server (in-memory store, the
// pinned Ishmael fixture): Back and Forward walk through the views and restore them, Ctrl+Z undoes
// an expansion, the tabs and the graph work by keyboard alone, a phone shows the chosen view's
// content on its first screen with the details as a sheet over it, and no page (GraphiQL
// included) logs a console error. Screenshots go to test-results/screenshots/navigation/.
import { mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { openViewer, settled, VIEWPORTS } from './canvas-checks.ts';
import { CHROMIUM, RUN_BROWSER_SUITES, startViewer, type ViewerUnderTest } from './harness.ts';

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/navigation/', import.meta.url));

if (!RUN_BROWSER_SUITES)
  console.warn(`[navigation e2e] skipped: no Chromium at ${CHROMIUM} (set REQUIRE_BROWSER=1 to make this a failure)`);

/** What the page shows: the mode, the active tab, the incident, and the hash. */
function where(page: Page): Promise<{ mode: string; tab: string | null; incident: string | null; hash: string }> {
  return page.evaluate(() => ({
    mode: window.__tg!.state().mode,
    tab: document.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? null,
    incident: window.__tg!.state().incident,
    hash: location.hash,
  }));
}

describe.runIf(RUN_BROWSER_SUITES)('navigation in Chromium', () => {
  let viewer: ViewerUnderTest | undefined;

  beforeAll(async () => {
    await rm(SHOTS, { recursive: true, force: true });
    await mkdir(SHOTS, { recursive: true });
    viewer = await startViewer(await loadGraph(FIXTURE_DATA_DIR));
  });

  afterAll(async () => {
    await viewer?.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`walks back and forward through the views with the browser's buttons, each restored, at ${viewport.width}×${viewport.height}`, async () => {
      const { page, problems } = await openViewer(viewer!.browser, viewer!.base, viewport);
      await page.getByRole('tab', { name: 'Table' }).click();
      await page.getByRole('tab', { name: 'Trace an incident' }).click();
      await page.getByRole('button', { name: /Social media account breach/ }).click();
      await page.locator('ol.steps > li').first().waitFor();
      // A change of selection alone is no entry of its own: Back goes to the view before, not the node before.
      await page.getByRole('button', { name: 'Changed the account password' }).click();
      await page.waitForFunction(() => window.__tg!.state().selection?.id === 'breach-password-changed');
      const walked = [await where(page)];
      for (const move of ['back', 'back', 'back', 'forward', 'forward'] as const) {
        await (move === 'back' ? page.goBack() : page.goForward());
        await page.waitForFunction((hash) => location.hash !== hash, walked.at(-1)!.hash);
        walked.push(await where(page));
      }
      expect(walked).toEqual([
        {
          mode: 'trace',
          tab: 'Trace an incident',
          incident: 'account-breach-2021',
          hash: '#mode=trace&node=breach-password-changed&incident=account-breach-2021',
        },
        { mode: 'trace', tab: 'Trace an incident', incident: null, hash: '#mode=trace' },
        { mode: 'table', tab: 'Table', incident: null, hash: '#mode=table' },
        { mode: 'graph', tab: 'Graph', incident: null, hash: '' },
        { mode: 'table', tab: 'Table', incident: null, hash: '#mode=table' },
        { mode: 'trace', tab: 'Trace an incident', incident: null, hash: '#mode=trace' },
      ]);
      await expect(page.locator('#table-view').isHidden()).resolves.toBe(true);
      await page.close();
      expect(problems).toEqual([]);
    }, 60_000);
  }

  it('undoes an expansion with Ctrl+Z', async () => {
    const { page, problems } = await openViewer(viewer!.browser, `${viewer!.base}#hide=Organization`, VIEWPORTS[0]);
    const organizations = () => page.evaluate(() => window.__tg!.cy.nodes('[kind = "Organization"]:visible').length);
    expect(await organizations()).toBe(0);
    const at = await page.evaluate(() => window.__tg!.cy.getElementById('azam-ishmael').renderedPosition());
    const canvas = await page.locator('#graph-canvas').boundingBox();
    await page.mouse.dblclick(canvas!.x + at.x, canvas!.y + at.y);
    await page.waitForFunction(() => window.__tg!.cy.nodes('[kind = "Organization"]:visible').length > 0);
    await settled(page);
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => window.__tg!.state().expanded.length === 0);
    await settled(page);
    expect({ organizations: await organizations(), undo: await page.locator('#undo').isDisabled() }).toEqual({
      organizations: 0,
      undo: true,
    });
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('works by keyboard alone: the tabs with arrows, Home and End, then Tab to the graph, n to a node, Enter to select it', async () => {
    const { page, problems } = await openViewer(viewer!.browser, viewer!.base, VIEWPORTS[1]);
    await page.locator('#tab-graph').focus();
    const active = () =>
      page.evaluate(() => ({
        focused: document.activeElement?.id ?? '',
        selected: document.querySelector('[role="tab"][aria-selected="true"]')?.id ?? '',
      }));
    const seen = [];
    for (const key of ['End', 'Home', 'ArrowLeft', 'ArrowRight', 'ArrowRight']) {
      await page.keyboard.press(key);
      seen.push(await active());
    }
    const tabs = await page.evaluate(() => [...document.querySelectorAll('[role="tab"]')].map((t) => t.id));
    const last = tabs.at(-1)!;
    expect(seen).toEqual([
      { focused: last, selected: last },
      { focused: 'tab-graph', selected: 'tab-graph' },
      { focused: last, selected: last },
      { focused: 'tab-graph', selected: 'tab-graph' },
      { focused: tabs[1], selected: tabs[1] },
    ]);
    await page.keyboard.press('Home');
    // From the tab bar, Tab reaches the graph canvas (one stop per control on the way).
    let presses = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'graph-canvas' && presses < 30) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('graph-canvas');
    await page.keyboard.press('n');
    const focused = await page.evaluate(() => window.__tg!.cy.$('.kbd-focus').first().id());
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.__tg!.state().selection?.id === id, focused);
    const name = await page.evaluate((id) => window.__tg!.cy.getElementById(id).data('label'), focused);
    await expect(page.locator('#details h2').textContent()).resolves.toBe(String(name).replace(/^⊘ /, ''));
    await page.screenshot({ path: `${SHOTS}keyboard-selected.png` });
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows the chosen view first on a phone, and a tapped node’s details as a sheet over it, with a hint and a way to close it', async () => {
    const phone = VIEWPORTS[2];
    const { page, problems } = await openViewer(viewer!.browser, viewer!.base, phone);
    const top = (selector: string) => page.evaluate((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().top), selector);
    const header = await page.evaluate(() => Math.round(document.querySelector('.app-header')!.getBoundingClientRect().height));
    expect(header).toBeLessThanOrEqual(200);
    await page.screenshot({ path: `${SHOTS}phone-graph.png` });
    await page.getByRole('tab', { name: 'Who attended' }).click();
    await page.locator('.matrix').waitFor();
    const matrixTop = await top('.matrix');
    await page.screenshot({ path: `${SHOTS}phone-who-attended.png` });
    expect(matrixTop).toBeLessThan(phone.height - 200);
    await page.getByRole('tab', { name: 'Graph' }).click();
    await settled(page);
    const at = await page.evaluate(() => window.__tg!.cy.getElementById('azam-ishmael').renderedPosition());
    const canvas = await page.locator('#graph-canvas').boundingBox();
    await page.mouse.click(canvas!.x + at.x, canvas!.y + at.y);
    await page.waitForFunction(() => window.__tg!.state().selection?.id === 'azam-ishmael');
    const sheet = await page.evaluate(() => {
      const box = document.querySelector('#details')!.getBoundingClientRect();
      return {
        onFirstScreen: box.top < innerHeight && box.bottom <= innerHeight,
        title: document.querySelector('#details h2')?.textContent,
        hint: document.querySelector('.sheet-hint')?.checkVisibility() ?? false,
      };
    });
    expect(sheet).toEqual({ onFirstScreen: true, title: 'Azam Ishmael', hint: true });
    await page.screenshot({ path: `${SHOTS}phone-sheet.png` });
    await page.getByRole('button', { name: 'Close' }).click();
    await page.waitForFunction(() => window.__tg!.state().selection === null);
    expect(await page.evaluate(() => document.body.dataset['selected'])).toBe('false');
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('says when search shows fewer names than it found, and shows them all on request', async () => {
    const { page, problems } = await openViewer(viewer!.browser, viewer!.base, VIEWPORTS[0]);
    const found = await (
      await fetch(`${viewer!.base}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ search(text: "SITE", limit: 50) { id } }' }),
      })
    ).json();
    const total: number = found.data.search.length;
    expect(total).toBeGreaterThan(8);
    await page.locator('#search-input').fill('SITE');
    const more = page.locator('.search-more');
    await more.waitFor();
    expect({ note: await more.textContent(), names: await page.locator('.search-hit:not(.text-hit):not(.search-more)').count() }).toEqual({
      note: `8 of ${total} names · Show all`,
      names: 8,
    });
    await page.screenshot({ path: `${SHOTS}search-capped.png` });
    await more.dispatchEvent('mousedown');
    await expect(page.locator('.search-hit:not(.text-hit):not(.search-more)').count()).resolves.toBe(total);
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('counts each kind within the chosen election, as many as the graph then shows', async () => {
    const { page, problems } = await openViewer(viewer!.browser, viewer!.base, VIEWPORTS[0]);
    const counts = () =>
      page.evaluate(() => {
        const read = (kind: string) =>
          Number(document.querySelector(`#kind-${kind}`)?.closest('label')?.querySelector('.count')?.textContent);
        const drawn = (kind: string) => window.__tg!.cy.nodes(`[kind = "${kind}"]:visible`).length;
        return ['Person', 'Organization', 'Claim'].map((k) => ({ kind: k, count: read(k), drawn: drawn(k) }));
      });
    const all = await counts();
    await page.getByRole('radio', { name: '2016' }).check();
    await page.waitForFunction(() => window.__tg!.state().election === 2016);
    await settled(page);
    const in2016 = await counts();
    expect(in2016.map((c) => c.count)).toEqual(in2016.map((c) => c.drawn));
    expect(all.map((c) => c.count)).toEqual(all.map((c) => c.drawn));
    expect(in2016.some((c, i) => c.count < all[i]!.count)).toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('logs no console error in any view, nor on GraphiQL', async () => {
    const { page, problems } = await openViewer(viewer!.browser, viewer!.base, VIEWPORTS[1]);
    const tabs = await page.locator('[role="tab"]').all();
    for (const tab of tabs) {
      await tab.click();
      await page.waitForTimeout(300); // each view's own data: asked for on the first render
    }
    await page.goto(`${viewer!.base}graphql`);
    await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 20_000 });
    await page.screenshot({ path: `${SHOTS}graphiql.png` });
    await page.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
