// npm run ingest: PDF or text → documents/NAME.txt + a drafted annotations/NAME.yaml, all or nothing.
// Every file is read, parsed and drafted first; then the data folder as it would be afterwards is
// checked by the seed itself (drafts included) in a scratch copy; only then are the files written,
// all to temporary files beside their targets first, then renamed. A failure in any step before the
// renames leaves DIR as it was (see writeAll for a rename that fails).
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Document } from '../../../graph/src/model.ts';
import { readAnnotations, type AnnotationFile } from '../annotations.ts';
import { draftDocument, knownEntities, type Draft } from '../draft/index.ts';
import { ENTITIES_FILE, readEntities, withDefinitions, type DefinedFile } from '../entities.ts';
import { parseDocument } from '../parse.ts';
import { loadSeed, MAX_FILE_BYTES } from '../pipeline.ts';
import { formatProblem, SeedError } from '../problems.ts';
import { firstInvalidUtf8, lineOfOffset } from '../utf8.ts';
import { mergeAnnotationFile, newAnnotationFile } from './annotation-file.ts';
import { IngestError } from './errors.ts';
import { linkToExisting } from './link.ts';
import { documentName } from './name.ts';
import { extractPdfText } from './pdf.ts';

export interface Ingested {
  /** The input file as given */
  source: string;
  name: string;
  paragraphs: number;
  /** Items this run adds to the annotation file */
  added: Draft;
  /** Drafted items the annotation file already had (reviewed or not), left unchanged */
  kept: number;
  /** Whether documents/NAME.txt and annotations/NAME.yaml existed before */
  documentExisted: boolean;
  annotationExisted: boolean;
  ms: number;
  documentText: string;
  annotationText: string;
}

/** Every file that failed, each with its reason; nothing was written. */
export class IngestFailure extends Error {
  readonly errors: readonly IngestError[];
  constructor(errors: readonly IngestError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'IngestFailure';
    this.errors = errors;
  }
}

async function readTextFile(path: string, label: string): Promise<string> {
  const bytes = await readFile(path);
  if (bytes.length > MAX_FILE_BYTES) throw new IngestError(label, `the file is ${bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`);
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0 && !bytes.includes(0)) {
    throw new IngestError(label, `the file is not UTF-8 (line ${lineOfOffset(bytes, invalid)}); save it as UTF-8`);
  }
  if (bytes.includes(0))
    throw new IngestError(label, 'the file is not text (it contains binary data); give a .txt of the text, or the PDF');
  return new TextDecoder().decode(bytes);
}

/** The text of one input: extracted from a PDF, or read from a .txt. */
async function inputText(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  let bytes: Buffer;
  try {
    if (ext === '.txt') return await readTextFile(path, path);
    if (ext !== '.pdf') throw new IngestError(path, `cannot ingest a "${ext || 'file without an extension'}": give a .pdf or a .txt`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(path, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return (await extractPdfText(new Uint8Array(bytes), path)).text;
}

/** The parsed document and its NAME; problems of the parser become an IngestError naming the input. */
function parseInput(text: string, source: string): { document: Document; name: string } {
  const label = extname(source).toLowerCase() === '.pdf' ? `${source} (its extracted text)` : source;
  const first = parseDocument(text, label, 'document');
  const title = first.document?.title;
  if (!first.document || title === undefined) {
    const noTitle = first.problems.some((p) => p.message.startsWith('the document has no title'));
    const noParagraphs = first.problems.some((p) => p.message.startsWith('the document has no numbered paragraphs'));
    const what = noTitle ? 'no title' : noParagraphs ? 'no numbered paragraphs ([1], [2], …)' : 'text the parser cannot read';
    throw new IngestError(source, `${what}: not an interview summary as the seed reads them`, first.problems.map(formatProblem));
  }
  const name = documentName(title);
  if (!name) throw new IngestError(source, `no title to name the document by ("${title}" has no letters or digits)`);
  return { document: { ...first.document, id: name }, name };
}

/** The folder's annotation files and entities.yaml, references given the kind and name they refer to. */
async function readAnnotationFiles(dataDir: string): Promise<DefinedFile[]> {
  const dir = join(dataDir, 'annotations');
  const names = await readdir(dir).catch(() => [] as string[]);
  const files: AnnotationFile[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const read = readAnnotations(await readFile(join(dir, name), 'utf8'), `annotations/${name}`);
    // A broken file is the seed's to report (in the check below); it only lends no entities, and
    // neither does what a reviewer rejected.
    if (read.annotations) files.push({ ...read.annotations, nodes: read.annotations.nodes.filter((n) => n.review !== 'rejected') });
  }
  const entitiesText = await readFile(join(dataDir, ENTITIES_FILE), 'utf8').catch(() => undefined);
  return withDefinitions(files, entitiesText === undefined ? [] : readEntities(entitiesText, ENTITIES_FILE).entities);
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  );
}

export interface IngestOptions {
  /** Called after each file is drafted, for progress on the terminal */
  onProgress?: (done: number, total: number, item: Ingested) => void;
  /** Called with the seed's problems in files this run does not write (they do not stop it) */
  onWarning?: (line: string) => void;
}

/**
 * Ingests `sources` into `dataDir`: all of them, or (when any fails) none. Throws IngestFailure
 * naming each file that failed and why.
 */
export async function ingest(sources: readonly string[], dataDir: string, options: IngestOptions = {}): Promise<Ingested[]> {
  const annotationsDir = join(dataDir, 'annotations');
  const documentsDir = join(dataDir, 'documents');
  const known = await readAnnotationFiles(dataDir);
  const errors: IngestError[] = [];
  const done: Ingested[] = [];
  for (const source of sources) {
    const started = performance.now();
    try {
      const text = await inputText(source);
      const { document, name } = parseInput(text, source);
      const twin = done.find((d) => d.name === name);
      if (twin) throw new IngestError(source, `has the same title as ${twin.source}: both would be documents/${name}.txt`);
      // The other documents' entities (this run's earlier files included), so one thing is one id;
      // not this document's own annotation, so its draft is the same on every run (the merge then
      // adds nothing twice), and what the draft names that the annotation already has is linked to it.
      const draft = linkToExisting(draftDocument(document, knownEntities(known, name)), known, name);
      const annotationPath = join(annotationsDir, `${name}.yaml`);
      const annotationExisted = await exists(annotationPath);
      const merged = annotationExisted
        ? mergeAnnotationFile(await readFile(annotationPath, 'utf8'), `annotations/${name}.yaml`, draft)
        : { text: newAnnotationFile(name, basename(source), draft), added: draft, kept: 0 };
      const documentPath = join(documentsDir, `${name}.txt`);
      const existingText = await readFile(documentPath, 'utf8').catch(() => undefined);
      const item: Ingested = {
        source,
        name,
        paragraphs: document.paragraphs.length,
        added: merged.added,
        kept: merged.kept,
        documentExisted: existingText !== undefined,
        annotationExisted,
        ms: performance.now() - started,
        // The text already there stays when it reads the same (a PDF's extraction differs from a
        // verbatim .txt in blank lines and page breaks only): no change to review in documents/.
        documentText: existingText !== undefined && sameReading(existingText, text, name) ? existingText : documentTextOf(text),
        annotationText: merged.text,
      };
      const read = readAnnotations(merged.text, `annotations/${name}.yaml`);
      if (read.annotations) known.push(...withDefinitions([read.annotations], [], known));
      done.push(item);
      options.onProgress?.(done.length + errors.length, sources.length, item);
    } catch (error) {
      errors.push(error instanceof IngestError ? error : new IngestError(source, error instanceof Error ? error.message : String(error)));
    }
  }
  if (errors.length > 0) throw new IngestFailure(errors);
  await checkWithSeed(dataDir, done, options);
  await writeAll(dataDir, done);
  return done;
}

/** Whether two texts give the parser the same document: title, interview, notes, sections and paragraph texts. */
function sameReading(a: string, b: string, id: string): boolean {
  const read = (text: string) => {
    const document = parseDocument(text, id, id).document;
    return (
      document &&
      JSON.stringify({ ...document, paragraphs: document.paragraphs.map(({ number, section, text: t }) => [number, section, t]) })
    );
  };
  const first = read(a);
  return first !== undefined && first === read(b);
}

/** The text as it lands in documents/: as extracted, with one final newline. */
function documentTextOf(text: string): string {
  return `${text.replace(/\s+$/, '')}\n`;
}

/** The seed's check (drafts included) of the data folder as it would be, in a scratch copy. */
async function checkWithSeed(dataDir: string, items: readonly Ingested[], options: IngestOptions): Promise<void> {
  const scratch = await mkdtemp(join(tmpdir(), 'ingest-check-'));
  try {
    for (const sub of ['documents', 'annotations']) {
      await cp(join(dataDir, sub), join(scratch, sub), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await mkdir(join(scratch, sub), { recursive: true });
    }
    for (const item of items) {
      await writeFile(join(scratch, 'documents', `${item.name}.txt`), item.documentText);
      await writeFile(join(scratch, 'annotations', `${item.name}.yaml`), item.annotationText);
    }
    await loadSeed(scratch, { drafts: true });
  } catch (error) {
    if (!(error instanceof SeedError)) throw error;
    const ours = new Map<string, Ingested>(
      items.flatMap((i): [string, Ingested][] => [
        [`documents/${i.name}.txt`, i],
        [`annotations/${i.name}.yaml`, i],
      ]),
    );
    const errors = new Map<string, string[]>();
    for (const problem of error.problems) {
      const item = ours.get(problem.file);
      if (!item) {
        options.onWarning?.(formatProblem(problem));
        continue;
      }
      errors.set(item.source, [...(errors.get(item.source) ?? []), formatProblem(problem)]);
    }
    if (errors.size > 0) {
      throw new IngestFailure(
        [...errors].map(([source, lines]) => new IngestError(source, 'the seed refuses what this would write', lines)),
      );
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Every file to a temporary file beside it first, then all renamed: a failed write leaves DIR as it was. */
async function writeAll(dataDir: string, items: readonly Ingested[]): Promise<void> {
  const writes = items.flatMap((i) => [
    { path: join(dataDir, 'documents', `${i.name}.txt`), text: i.documentText },
    { path: join(dataDir, 'annotations', `${i.name}.yaml`), text: i.annotationText },
  ]);
  await mkdir(join(dataDir, 'documents'), { recursive: true });
  await mkdir(join(dataDir, 'annotations'), { recursive: true });
  const temps: string[] = [];
  try {
    for (const w of writes) {
      // The seed reads only .txt and .yaml files: a temporary file left by a crash is never read as data.
      const tmp = `${w.path}.${process.pid}.tmp`;
      temps.push(tmp);
      await writeFile(tmp, w.text);
    }
  } catch (error) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw error;
  }
  // A rename within one folder fails only on a fault of the disk or of permissions; should one
  // fail, the error says which files were already replaced, and the temporary files are removed.
  const renamed: string[] = [];
  try {
    for (const [i, w] of writes.entries()) {
      await rename(temps[i] ?? '', w.path);
      renamed.push(w.path);
    }
  } catch (error) {
    await Promise.all(temps.slice(renamed.length).map((t) => rm(t, { force: true })));
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`writing ${writes[renamed.length]?.path} failed (${reason}); already written: ${renamed.join(', ') || 'none'}`);
  }
}
