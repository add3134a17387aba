// npm run ingest's core on temporary data folders: what lands where, the merge with an annotation a
// person has started to review, and that a failed run leaves the folder exactly as it was.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cp } from 'node:fs/promises';
import { EXTRA_DATA_DIR, FIXTURE_DATA_DIR, ISHMAEL_DOCUMENT_FILE, ISHMAEL_DOCUMENT_ID } from '../../../test/fixtures.ts';
import { readAnnotations } from '../annotations.ts';
import { loadSeed } from '../pipeline.ts';
import { IngestFailure, ingest } from './ingest.ts';
import { documentName } from './name.ts';

const WHITLOCK = join(EXTRA_DATA_DIR, 'documents', 'fictional-interview-summary-dana-whitlock.txt');
const NAME = 'fictional-stage1-interview-summary-dana-whitlock';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ingest-test-'));
  dirs.push(dir);
  return dir;
}

/** Every file under `dir` with its text: what a run may not change when it fails. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return Object.fromEntries(await Promise.all(files.sort().map(async (f) => [f.slice(dir.length), await readFile(f, 'utf8')] as const)));
}

async function failure(promise: Promise<unknown>): Promise<string[]> {
  return promise.then(
    () => ['resolved'],
    (error: unknown) => {
      if (!(error instanceof IngestFailure)) throw error;
      return error.errors.map((e) => e.message);
    },
  );
}

describe('documentName', () => {
  it('makes the series title a slug, joining a stage number to its word', () => {
    expect(documentName('Stage 1 Interview Summary: Azam Ishmael')).toBe('stage1-interview-summary-azam-ishmael');
  });

  it('drops accents and apostrophes inside words, and keeps years apart', () => {
    expect(
      ["Résumé d'entrevue de l'étape 1 : Jean-Pierre O'Toole", 'Interview Summary (Part 2): 2019 Election', '   —   '].map(documentName),
    ).toEqual(['resume-dentrevue-de-letape1-jean-pierre-otoole', 'interview-summary-part2-2019-election', undefined]);
  });

  it('cuts a long title at a word, within 100 characters', () => {
    const name = documentName(`Stage 1 Interview Summary: ${'Wordy '.repeat(40)}`);
    expect([name?.length, name?.endsWith('-wordy')]).toEqual([96, true]);
  });
});

describe('ingest', () => {
  it('writes the document and a drafted annotation, every item a draft that the seed leaves out unless asked', async () => {
    const dir = await tempDir();
    const [item] = await ingest([WHITLOCK], dir);
    expect(item?.name).toBe(NAME);
    expect(await readFile(join(dir, 'documents', `${NAME}.txt`), 'utf8')).toBe(`${(await readFile(WHITLOCK, 'utf8')).trimEnd()}\n`);

    const yaml = await readFile(join(dir, 'annotations', `${NAME}.yaml`), 'utf8');
    const read = readAnnotations(yaml, 'a.yaml');
    expect(read.problems).toEqual([]);
    const items = [...(read.annotations?.nodes ?? []), ...(read.annotations?.edges ?? [])];
    expect(items.length).toBeGreaterThan(10);
    expect(items.filter((i) => i.review !== 'draft' || !i.rule || i.confidence === undefined)).toEqual([]);
    expect(yaml.startsWith('# Drafted by `npm run ingest` from fictional-interview-summary-dana-whitlock.txt')).toBe(true);

    const without = await loadSeed(dir);
    // Only the Interview node the seed makes from the document's header, which is no draft; its witness's Person is one,
    // so the INTERVIEWED_IN relation comes with the drafts.
    expect([without.graph.nodes.map((n) => n.kind), without.graph.edges.length, without.draftsLeftOut]).toEqual([
      ['Interview'],
      0,
      items.length,
    ]);
    const withDrafts = await loadSeed(dir, { drafts: true });
    const drafted = [...withDrafts.graph.nodes, ...withDrafts.graph.edges].filter(
      (i) => !('kind' in i && i.kind === 'Interview') && !('type' in i && i.type === 'INTERVIEWED_IN'),
    );
    expect([drafted.length, withDrafts.draftsLeftOut]).toEqual([items.length, 0]);
    expect(drafted.every((i) => i.draft === true)).toBe(true);
  });

  it('adds only the drafts an annotation lacks on a second run, leaving reviewed items, comments and order as they were', async () => {
    const dir = await tempDir();
    await ingest([WHITLOCK], dir);
    const file = join(dir, 'annotations', `${NAME}.yaml`);
    const drafted = await readFile(file, 'utf8');
    const { nodes, edges } = parse(drafted) as { nodes: { id: string }[]; edges: { type: string; source: string; target: string }[] };
    const reviewedId = nodes[0]?.id ?? '';
    const dropped = edges[edges.length - 1];
    // A person reviews the first node (drops its review line, rewrites its description), adds a
    // comment, rejects one draft edge and deletes the last one; the next run must add the deleted
    // one back and touch nothing else.
    const lines = drafted.split('\n');
    const lastEdge = lines.map((l) => l.startsWith('  - type:')).lastIndexOf(true);
    const reviewed = lines
      .slice(0, lastEdge)
      .join('\n')
      .replace(`  - id: ${reviewedId}\n`, `  # Checked against the summary.\n  - id: ${reviewedId}\n    description: Reviewed by hand.\n`)
      .replace(/( {2}- id: [^\n]+\n {4}description: Reviewed by hand\.\n(?: {4}(?!review)[^\n]*\n)*?) {4}review: draft\n/, '$1')
      // …and rejects the first draft edge, which the next run must not propose again.
      .replace(/(\n {2}- type: [^\n]+\n(?: {4}(?!review)[^\n]*\n)*?) {4}review: draft\n/, '$1    review: rejected\n');
    await writeFile(file, `${reviewed}\n`);

    const [again] = await ingest([WHITLOCK], dir);
    const after = await readFile(file, 'utf8');
    expect([again?.added.nodes.length, again?.added.edges.map((e) => `${e.type} ${e.source} ${e.target}`)]).toEqual([
      0,
      [`${dropped?.type} ${dropped?.source} ${dropped?.target}`],
    ]);
    expect(after.startsWith(`${reviewed}\n`)).toBe(true);
    expect(after.slice(reviewed.length + 1)).toBe(lines.slice(lastEdge).join('\n'));
    const first = readAnnotations(after, 'a.yaml').annotations?.nodes[0];
    expect([first?.id, first?.description, first?.review]).toEqual([reviewedId, 'Reviewed by hand.', undefined]);
    expect(readAnnotations(after, 'a.yaml').annotations?.edges.filter((e) => e.review === 'rejected')).toHaveLength(1);
  });

  it('drafts a reviewed document again without duplicating its entities or changing a line of it, and a third run adds nothing', async () => {
    const dir = await tempDir();
    await cp(FIXTURE_DATA_DIR, dir, { recursive: true });
    const file = join(dir, 'annotations', `${ISHMAEL_DOCUMENT_ID}.yaml`);
    const reviewed = await readFile(file, 'utf8');
    const text = await readFile(join(dir, 'documents', `${ISHMAEL_DOCUMENT_ID}.txt`), 'utf8');
    const [second] = await ingest([ISHMAEL_DOCUMENT_FILE], dir);
    const after = await readFile(file, 'utf8');
    // Every line of the reviewed file is still there, in order (new drafts only between them), and
    // its items read as they did, first in their lists.
    const rest = reviewed.split('\n');
    for (const line of after.split('\n')) if (line === rest[0]) rest.shift();
    expect(rest).toEqual([]);
    const before = readAnnotations(reviewed, 'a.yaml').annotations;
    const now = readAnnotations(after, 'a.yaml').annotations;
    const strip = <T extends { line: number; evidenceLines: number[] }>({ line: _l, evidenceLines: _e, ...item }: T) => item;
    expect([now?.nodes.slice(0, before?.nodes.length).map(strip), now?.edges.slice(0, before?.edges.length).map(strip)]).toEqual([
      before?.nodes.map(strip),
      before?.edges.map(strip),
    ]);
    expect((second?.added.nodes.length ?? 0) + (second?.added.edges.length ?? 0)).toBeGreaterThan(0);
    expect(await readFile(join(dir, 'documents', `${ISHMAEL_DOCUMENT_ID}.txt`), 'utf8')).toBe(text);
    // The seed takes it, drafts and all: no second id for a name the reviewed file already has.
    const seeded = await loadSeed(dir, { drafts: true });
    expect(seeded.graph.nodes.length).toBeGreaterThan(0);
    const [third] = await ingest([ISHMAEL_DOCUMENT_FILE], dir);
    expect([third?.added.nodes.length, third?.added.edges.length, await readFile(file, 'utf8')]).toEqual([0, 0, after]);
  });

  it('writes nothing when one of several files fails, and says which and why', async () => {
    const dir = await tempDir();
    await ingest([WHITLOCK], dir);
    const before = await snapshot(dir);
    const inputs = await tempDir();
    const notPdf = join(inputs, 'summary.pdf');
    const noTitle = join(inputs, 'no-title.txt');
    const noParagraphs = join(inputs, 'no-paragraphs.txt');
    const other = join(inputs, 'other.txt');
    await writeFile(notPdf, 'Stage 1 Interview Summary: Jane Roe\n');
    await writeFile(noTitle, '[1] A paragraph with no title above it.\n');
    await writeFile(
      noParagraphs,
      'Stage 1 Interview Summary: Jane Roe\n\nJane Roe, the Director, was interviewed by Commission counsel on May 2, 2024.\n',
    );
    await writeFile(other, (await readFile(WHITLOCK, 'utf8')).replace('Dana Whitlock', 'Dana Whitlock-Marr'));
    const messages = await failure(ingest([other, notPdf, noTitle, noParagraphs, join(inputs, 'notes.docx')], dir));
    expect(messages.map((m) => m.split('\n')[0])).toEqual([
      `${notPdf}: not a PDF (it does not start with "%PDF-"); give a PDF, or the extracted text as a .txt file`,
      `${noTitle}: no title: not an interview summary as the seed reads them`,
      `${noParagraphs}: no numbered paragraphs ([1], [2], …): not an interview summary as the seed reads them`,
      `${join(inputs, 'notes.docx')}: cannot ingest a ".docx": give a .pdf or a .txt`,
    ]);
    expect(messages[1]).toContain('the document has no title: its first line should be the title');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('writes nothing when the seed would refuse the result: a reviewed quote the new text no longer has', async () => {
    const dir = await tempDir();
    await ingest([WHITLOCK], dir);
    const file = join(dir, 'annotations', `${NAME}.yaml`);
    // Review every item, so the folder holds a reviewed annotation of this text.
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^ {4}review: draft\n/gm, ''));
    const before = await snapshot(dir);
    const text = await readFile(WHITLOCK, 'utf8');
    const evidence = readAnnotations(await readFile(file, 'utf8'), 'a.yaml').annotations?.edges[0]?.evidence[0];
    const quote = evidence?.quote ?? '';
    // The same summary with one character of that quote changed in its paragraph.
    const edited = text
      .split('\n')
      .map((line) => (line.startsWith(`[${evidence?.paragraph}] `) ? line.replace(quote, `${quote.slice(0, 2)}X${quote.slice(3)}`) : line))
      .join('\n');
    expect(edited).not.toBe(text);
    const changed = join(await tempDir(), 'changed.txt');
    await writeFile(changed, edited);
    const [message] = await failure(ingest([changed], dir));
    expect(message?.split('\n')[0]).toBe(`${changed}: the seed refuses what this would write`);
    expect(message).toContain(`annotations/${NAME}.yaml:`);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses two files with the same title, which would be one document', async () => {
    const dir = await tempDir();
    const copy = join(await tempDir(), 'copy.txt');
    await mkdir(dir, { recursive: true });
    await writeFile(copy, await readFile(WHITLOCK, 'utf8'));
    expect(await failure(ingest([WHITLOCK, copy], dir))).toEqual([
      `${copy}: has the same title as ${WHITLOCK}: both would be documents/${NAME}.txt`,
    ]);
    expect(await snapshot(dir)).toEqual({});
  });
});
