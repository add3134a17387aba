// npm run ingest -- FILE… [--data DIR]: each PDF or text file becomes DIR/documents/NAME.txt and a
// drafted DIR/annotations/NAME.yaml (seed/src/ingest/ingest.ts). All or nothing: when any file
// fails, none is written, so a folder of PDFs can be fixed and ingested again as a whole.
import { resolve } from 'node:path';
import { readArgs } from './cli-args.ts';
import { IngestFailure, ingest } from './ingest/ingest.ts';
import { summary } from './ingest/summary.ts';

const USAGE = `usage: npm run ingest -- FILE.pdf|FILE.txt … [--data DIR]

Extracts each file's text (PDFs through PDF.js), names it from its title, drafts its annotation
and writes DIR/documents/NAME.txt and DIR/annotations/NAME.yaml (DIR defaults to seed/).
Every drafted item is marked "review: draft". Ingesting a document again adds only new drafts:
reviewed items, and drafts already in the file, are never changed.
All or nothing: if any file fails (not a PDF, encrypted, no text layer, no title, no numbered
paragraphs, or drafts the seed would refuse), each failure is listed and no file is written.
Then: review the drafts, and check with npm run seed -- --out graph.json (--drafts to include them).`;

async function main(): Promise<number> {
  const parsed = readArgs(
    {
      options: { data: { type: 'string', default: 'seed' }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) {
    console.error(`no files to ingest\n${USAGE}`);
    return 2;
  }
  const dataDir = resolve(parsed.values.data);
  const started = performance.now();
  console.log(`Ingesting ${parsed.positionals.length} file(s) into ${dataDir}`);
  try {
    const items = await ingest(parsed.positionals, dataDir, {
      onProgress: (done, total, item) =>
        console.log(
          `[${done}/${total}] ${item.source} → ${item.name}: ${item.paragraphs} paragraphs, ` +
            `${item.added.nodes.length} new nodes, ${item.added.edges.length} new edges (${Math.round(item.ms)} ms)`,
        ),
      onWarning: (line) => console.warn(`warning (a file this run does not write): ${line}`),
    });
    console.log(`\n${summary(items)}\n`);
    for (const i of items) {
      console.log(
        `${i.documentExisted ? 'Updated' : 'Wrote'} documents/${i.name}.txt; ${i.annotationExisted ? 'added to' : 'wrote'} annotations/${i.name}.yaml`,
      );
    }
    console.log(
      `Done in ${Math.round(performance.now() - started)} ms. Review the drafts, then: npm run seed -- --drafts --out graph.json`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof IngestFailure)) throw error;
    for (const e of error.errors) console.error(e.message);
    console.error(`${error.errors.length} of ${parsed.positionals.length} file(s) failed. Nothing was written.`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error('Nothing was written.');
    process.exit(1);
  },
);
