// A node cited more often than the graph brings quotes for (client/src/api.ts NODE_EVIDENCE_SHOWN):
// the details panel shows the first ones, says how many there are, and fetches the rest when asked.
// The seed's nodes have at most three quotes, so this serves the seed graph with one node given a
// quote from every paragraph of the document (real paragraphs, exact words), in real Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_EVIDENCE_SHOWN } from '../src/api.ts';
import type { GraphData } from '../../graph/src/model.ts';
import { loadGraph } from '../../seed/index.ts';
import { RUN_BROWSER_SUITES, recordProblems, startViewer, type ViewerUnderTest } from './harness.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const NODE = 'liberal-party';

/** The seed graph, with NODE quoted from the first words of every paragraph (twice over). */
function withManyQuotes(graph: GraphData): GraphData {
  const doc = graph.documents[0]!;
  const quotes = [...doc.paragraphs, ...doc.paragraphs].map((p) => ({
    document: doc.id,
    paragraph: p.number,
    quote: p.text.split(' ').slice(0, 6).join(' '),
  }));
  return { ...graph, nodes: graph.nodes.map((n) => (n.id === NODE ? { ...n, evidence: quotes } : n)) };
}

describe.runIf(RUN_BROWSER_SUITES)('a node with more quotes than the graph brings', () => {
  let viewer: ViewerUnderTest | undefined;
  let total = 0;

  beforeAll(async () => {
    const graph = withManyQuotes(await loadGraph(FIXTURE_DATA_DIR));
    total = graph.nodes.find((n) => n.id === NODE)!.evidence.length;
    viewer = await startViewer(graph);
  });

  afterAll(async () => {
    await viewer?.close();
  });

  it('shows the first quotes and the count, then every quote on request', async () => {
    expect(total).toBeGreaterThan(NODE_EVIDENCE_SHOWN);
    const { base, browser } = viewer!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    recordProblems(page, problems);
    await page.goto(`${base}#node=${NODE}`);
    await page.waitForFunction(() => (window as unknown as { __tg?: { loaded(): boolean } }).__tg?.loaded() === true);
    const quotes = page.locator('#details .evidence .quote');
    await expect(quotes.count()).resolves.toBe(NODE_EVIDENCE_SHOWN);
    await expect(page.locator('#details').textContent()).resolves.toContain(`The first ${NODE_EVIDENCE_SHOWN} of ${total} quotes`);
    await page.getByRole('button', { name: `Show all ${total} quotes` }).click();
    await page.waitForFunction((n) => document.querySelectorAll('#details .evidence .quote').length === n, total);
    await expect(page.locator('#details .evidence h3').textContent()).resolves.toContain(`(${total})`);
    expect(problems).toEqual([]);
    await page.close();
  });
});
