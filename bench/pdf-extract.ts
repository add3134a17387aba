// PDF text extraction: our PDF.js path (seed/src/ingest/pdf.ts) against poppler's pdftotext on the
// same file. Goal (issue 12): within 3× of pdftotext.
//
//   npx tsx bench/pdf-extract.ts [--runs N] [--pdf FILE] [--no-write]
//
// Without --pdf it prints the Ishmael fixture to PDF with Chromium (A5, running header and footer,
// the ingest tests' PDF). Each side runs once to warm up, then N times; pdftotext is a process per
// run (as it is used), PDF.js runs in this process (as `npm run ingest` uses it: one process reads
// every file), so its one-time start (loading PDF.js and its worker) is reported apart.
// Writes its section of bench/RESULTS.md (between its markers; the rest of the file is kept).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSection } from './results-section.ts';
import { ISHMAEL_DOCUMENT_FILE } from '../test/fixtures.ts';
import { printPdf, RUNNING_FOOTER, RUNNING_HEADER, summaryHtml } from '../test/print-pdf.ts';

const RESULTS = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
const GOAL = 3;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

function ms(value: number): string {
  return value.toFixed(1);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '30' }, pdf: { type: 'string' }, 'no-write': { type: 'boolean', default: false } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number above 0, not "${values.runs}"`);
  const scratch = await mkdtemp(join(tmpdir(), 'bench-pdf-'));
  try {
    let file = values.pdf;
    let source = file ?? '';
    if (!file) {
      file = join(scratch, 'ishmael.pdf');
      await writeFile(
        file,
        await printPdf(summaryHtml(await readFile(ISHMAEL_DOCUMENT_FILE, 'utf8')), {
          headerHtml: RUNNING_HEADER,
          footerHtml: RUNNING_FOOTER,
          format: 'A5',
        }),
      );
      source = 'the Ishmael fixture printed by Chromium (A5, running header and footer)';
    }
    const bytes = new Uint8Array(readFileSync(file));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN);

    let started = performance.now();
    const { extractPdfText } = await import('../seed/src/ingest/pdf.ts');
    await extractPdfText(bytes, file);
    const firstRun = performance.now() - started;

    const ours: number[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      await extractPdfText(bytes, file);
      ours.push(performance.now() - started);
    }
    spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const poppler: number[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      const run = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      poppler.push(performance.now() - started);
      if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    }
    // The floor of any process per run here: starting /bin/true the same way.
    const spawnFloor: number[] = [];
    for (let i = 0; i < runs; i++) {
      started = performance.now();
      spawnSync('/bin/true');
      spawnFloor.push(performance.now() - started);
    }
    const ratio = quantile(ours, 0.5) / quantile(poppler, 0.5);
    const popplerWork = Math.max(0.1, quantile(poppler, 0.5) - quantile(spawnFloor, 0.5));
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const body = [
      `PDF: ${source}, ${pages} pages, ${bytes.length} bytes. ${runs} runs of each after one warm-up; load average ${load} (2 cores).`,
      '',
      '| extraction | median ms | p90 ms |',
      '|---|---|---|',
      `| PDF.js (\`extractPdfText\`: text items, layout, header/footer removal), in process | ${ms(quantile(ours, 0.5))} | ${ms(quantile(ours, 0.9))} |`,
      `| \`pdftotext FILE -\` (${popplerVersion()}), a process per run | ${ms(quantile(poppler, 0.5))} | ${ms(quantile(poppler, 0.9))} |`,
      `| starting \`/bin/true\` the same way (the cost of a process per run) | ${ms(quantile(spawnFloor, 0.5))} | ${ms(quantile(spawnFloor, 0.9))} |`,
      '',
      `Ratio of medians: **${ratio.toFixed(2)}×** (goal ≤ ${GOAL}×: ${ratio <= GOAL ? 'met' : 'not met'}). ` +
        `Against pdftotext's work alone (its median less the process start): ${(quantile(ours, 0.5) / popplerWork).toFixed(2)}×.`,
      `First extraction in a fresh process (loading PDF.js and its worker module, then reading the file): ${ms(firstRun)} ms.`,
      '',
      'What it means: the goal compares with pdftotext as it is used, a process per file: the ratio of medians above. Against',
      "pdftotext's work alone (less its process start) the ratio is larger and varies most between runs on this shared",
      'machine (load average in the first line): in ten runs it went from 0.95× to 4.0×, so on that reading the goal',
      "is met in most runs, not all. Most of our time is PDF.js's own getDocument + getTextContent: in a probe (one process,",
      'alternating, medians of 25) PDF.js alone took 33.6 ms of our 46.2 ms, and the layout (lines, blocks, running lines) 1.4 ms.',
      'The first extraction of a run pays once for loading PDF.js under tsx (what `npm run',
      'ingest` runs under); pdf.ts has PDF.js import its minified worker module, which halved that cost here (5.2–5.7 s',
      'with the full worker, with its source map, in the runs before). Running the extraction in a worker thread without',
      'the tsx loader would cut it further (a plain `node` import of the worker module took 0.3–0.5 s in a probe).',
    ].join('\n');
    console.log(body);
    if (!values['no-write']) writePdfSection(body);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** "pdftotext version 22.12.0" (it prints its version on stderr). */
function popplerVersion(): string {
  const run = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
  return `${run.stderr}${run.stdout}`.split('\n')[0]?.trim() || 'pdftotext';
}

/** Replace this script's section of bench/RESULTS.md (between its markers), or append it. */
function writePdfSection(body: string): void {
  writeSection(RESULTS, 'pdf-extract', 'PDF extraction (npx tsx bench/pdf-extract.ts)', body);
  console.log(`\nWrote the section of ${RESULTS}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
