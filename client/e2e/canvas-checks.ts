// What the canvas and navigation suites share: a page of the real viewer opened at a viewport with
// its console watched, waiting until the view and its labels have settled, and the label rules of
// issue 13 measured from what Cytoscape reports it draws (rendered bounding boxes, font sizes).
import type { Browser, Page } from 'playwright-core';
import { recordProblems } from './harness.ts';

export const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

export interface WatchedPage {
  page: Page;
  /** Console errors and warnings, page errors and CSP refusals seen so far */
  problems: string[];
}

export async function openViewer(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const problems: string[] = [];
  recordProblems(page, problems);
  await page.goto(url);
  await page.waitForFunction(() => window.__tg?.loaded() === true);
  await settled(page);
  return { page, problems };
}

/**
 * Resolves once the canvas of the present mode is still (no animation, the same viewport 100 ms
 * apart) and its labels were placed for that viewport (label-placement.ts marks it).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const tg = window.__tg!;
      const cy = tg.state().mode === 'trace' ? tg.traceCy() : tg.cy;
      if (!cy) return false;
      const pan = cy.pan();
      const view = `${cy.width()}x${cy.height()}@${cy.zoom().toFixed(4)}:${pan.x.toFixed(1)},${pan.y.toFixed(1)}`;
      const marks = document.documentElement.dataset;
      const still = marks['e2eView'] === view;
      marks['e2eView'] = view;
      return still && !cy.animated() && cy.$(':animated').empty() && cy.scratch('labelsPlacedFor') === view;
    },
    undefined,
    { polling: 100, timeout: 15_000 },
  );
}

export interface LabelReport {
  /** Nodes on the canvas (not hidden by a filter) */
  shown: number;
  /** Nodes whose label is drawn */
  drawn: number;
  /** Drawn labels smaller than 10 px on screen, as "id: 8.2px" */
  small: string[];
  /** Pairs of drawn labels whose boxes overlap, as "a / b" */
  overlapping: string[];
  /** Nodes with no label drawn */
  unlabelled: string[];
}

/** The node labels of the graph or the trace canvas as drawn: size on screen and overlaps. */
export function labelReport(page: Page, canvas: 'graph' | 'trace'): Promise<LabelReport> {
  return page.evaluate((which) => {
    const tg = window.__tg!;
    const cy = which === 'trace' ? tg.traceCy()! : tg.cy;
    const zoom = cy.zoom();
    const shown = cy.nodes(':visible');
    const isDrawn = (n: (typeof shown)[number]) =>
      String(n.style('label')) !== '' && Number(n.style('text-opacity')) > 0 && Number(n.style('opacity')) > 0;
    const drawn = shown.filter(isDrawn);
    const labels = drawn.map((n) => {
      const b = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      return { id: n.id(), px: Number(n.numericStyle('font-size')) * zoom, b };
    });
    const overlapping: string[] = [];
    labels.forEach((a, i) => {
      for (const c of labels.slice(i + 1)) {
        if (a.b.x1 < c.b.x2 && c.b.x1 < a.b.x2 && a.b.y1 < c.b.y2 && c.b.y1 < a.b.y2) overlapping.push(`${a.id} / ${c.id}`);
      }
    });
    return {
      shown: shown.length,
      drawn: drawn.length,
      small: labels.filter((l) => l.px < 10).map((l) => `${l.id}: ${l.px.toFixed(1)}px`),
      overlapping,
      unlabelled: shown.filter((n) => !isDrawn(n)).map((n) => n.id()),
    };
  }, canvas);
}
