// From a PDF to the drafted graph in the viewer, as a user does it: a fictional summary printed to
// PDF by Chromium, `npm run ingest` into a temporary data folder, `npm run seed -- --drafts`, then
// `SEED_DRAFTS=1 npm start` on that folder (the real server process): the viewer shows the drafted
// nodes and relations marked as drafts, and a draft's details say so. Screenshot in
// test-results/screenshots/drafts-*.png. Needs the built viewer (npm test builds it first).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../test/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { spawnServer, type ServerProcess } from '../../test/server-process.ts';
import { printPdf, RUNNING_FOOTER, RUNNING_HEADER, summaryHtml } from '../../test/print-pdf.ts';
import { DIST_INDEX, RUN_BROWSER_SUITES } from './harness.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
/** A fictional summary of the drafter's gold corpus (invented people and party), read only. */
const FICTIONAL = fileURLToPath(
  new URL('../../test/fixtures/corpus/documents/stage1-interview-summary-marisol-quennell.txt', import.meta.url),
);

/** Runs one of the project's CLIs as `npm run` does (tsx), returning its exit code and output. */
function run(script: string, args: readonly string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

const SeededGraph = z.object({
  nodes: z.array(z.object({ id: z.string(), kind: z.string(), draft: z.boolean().optional() })),
  edges: z.array(z.object({ id: z.string(), draft: z.boolean().optional() })),
});

describe.runIf(RUN_BROWSER_SUITES)('a drafted summary in the viewer', () => {
  let dir = '';
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'drafts-e2e-'));
    await mkdir(SHOTS, { recursive: true });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests the PDF, seeds its drafts and shows them marked', async () => {
    await readFile(DIST_INDEX).catch(() => {
      throw new Error(`The viewer is not built (${DIST_INDEX} is missing): run \`npm run build\` first; \`npm test\` does.`);
    });
    const pdf = join(dir, 'summary.pdf');
    await writeFile(
      pdf,
      await printPdf(summaryHtml(await readFile(FICTIONAL, 'utf8')), {
        headerHtml: RUNNING_HEADER,
        footerHtml: RUNNING_FOOTER,
        format: 'A5',
      }),
    );
    const data = join(dir, 'data');

    const ingest = await run('seed/src/ingest-cli.ts', [pdf, '--data', data]);
    expect(ingest.code, ingest.out).toBe(0);
    expect(ingest.out).toMatch(/\[1\/1\] .*summary\.pdf → stage1-interview-summary-marisol-quennell: \d+ paragraphs/);

    const out = join(dir, 'graph.json');
    const plain = await run('seed/src/cli.ts', ['--data', data, '--out', out]);
    // Without --drafts only the document's Interview node (made from its header, not drafted) is in the graph.
    expect(plain.out).toMatch(/: 1 nodes, 0 edges, 0 mentions; \d+ draft items left out \(--drafts to include them\)/);
    const seeded = await run('seed/src/cli.ts', ['--drafts', '--data', data, '--out', out]);
    expect(seeded.code, seeded.out).toBe(0);
    const graph = SeededGraph.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(graph.nodes.length).toBeGreaterThan(5);
    expect([...graph.nodes, ...graph.edges].filter((i) => i.draft !== true).map((i) => i.id)).toEqual([
      'interview-stage1-interview-summary-marisol-quennell',
    ]);
    const person = graph.nodes.find((n) => n.kind === 'Person');

    server = await spawnServer({ env: { SEED_DATA_DIR: data, SEED_DRAFTS: '1' } });
    await server.waitForLine(/Testimony Graph on http:\/\//, 90_000);
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${server.base}/#node=${encodeURIComponent(person?.id ?? '')}`);
    await page.waitForFunction(() => window.__tg?.loaded() === true);
    await page.waitForSelector('#details .draft-badge');
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${SHOTS}drafts-viewer.png` });

    const seen = await page.evaluate(() => {
      const cy = window.__tg!.cy;
      return {
        nodes: cy.nodes().length,
        draftNodes: cy.nodes('[?draft]').length,
        dotted: cy.nodes('[?draft][!negative]').every((n) => n.style('border-style') === 'dotted'),
        draftEdges: cy.edges('[?draft]').length,
        halo: cy.edges('[?draft]').every((e) => e.style('underlay-opacity') === '0.25'),
        legend: [...document.querySelectorAll('.line-legend li')].some((li) => li.textContent?.includes('not yet reviewed')),
        edges: cy.edges().length,
        badge: document.querySelector('#details .draft-badge')?.textContent,
      };
    });
    expect(seen).toEqual({
      nodes: graph.nodes.length,
      draftNodes: graph.nodes.length - 1, // all but the Interview
      dotted: true,
      draftEdges: seen.edges,
      halo: true,
      legend: true,
      edges: seen.edges,
      badge: 'draft',
    });
    expect(seen.edges).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  }, 240_000);
});
