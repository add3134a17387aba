// The seed pipeline up to the canonical graph: read a data folder (documents/ + annotations/),
// parse, validate and build. Pure apart from reading files; it never writes anything.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readAnnotations, type AnnotationFile } from './annotations.ts';
import { graphLimitProblems } from './graph-limits.ts';
import { buildSeedGraph, type SeedOptions } from './drafts.ts';
import type { Document, GraphData } from '../../graph/src/model.ts';
import { parseDocument } from './parse.ts';
import { SeedError, type Problem } from './problems.ts';
import { firstInvalidUtf8, lineOfOffset } from './utf8.ts';

/** Interview summaries are a few pages; anything this large is not one. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set(['.txt']);
const ANNOTATION_EXTENSIONS = new Set(['.yaml', '.yml']);

async function listFiles(dir: string, extensions: Set<string>, problems: Problem[], label: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && extensions.has(extname(e.name)))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    problems.push({ file: label, message: `cannot read the folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    return [];
  }
}

async function readText(path: string, file: string, problems: Problem[]): Promise<string | undefined> {
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES) {
    problems.push({ file, message: `the file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES}` });
    return undefined;
  }
  const bytes = await readFile(path);
  const invalid = firstInvalidUtf8(bytes);
  // Binary files (with NUL bytes) are left to the parsers, which say "not text".
  if (invalid >= 0 && !bytes.includes(0)) {
    const byte = (bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    problems.push({ file, line: lineOfOffset(bytes, invalid), message: `the file is not UTF-8 (byte 0x${byte} is not valid here); save it as UTF-8` });
    return undefined;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** Read, check and build the graph of every document in `dataDir`. Throws SeedError listing every problem. */
export async function loadGraph(dataDir: string, options: SeedOptions = {}): Promise<GraphData> {
  return (await loadSeed(dataDir, options)).graph;
}

/** As loadGraph, and how many draft items the graph leaves out (drafts: ./drafts.ts). */
export async function loadSeed(dataDir: string, options: SeedOptions = {}): Promise<{ graph: GraphData; draftsLeftOut: number }> {
  const problems: Problem[] = [];
  const docNames = await listFiles(join(dataDir, 'documents'), DOCUMENT_EXTENSIONS, problems, 'documents/');
  const annNames = await listFiles(join(dataDir, 'annotations'), ANNOTATION_EXTENSIONS, problems, 'annotations/');
  if (docNames.length === 0 && problems.length === 0) problems.push({ file: 'documents/', message: 'no documents (*.txt) to seed' });

  const stems = new Map(annNames.map((n) => [basename(n, extname(n)), n]));
  const documents: Document[] = [];
  const annotations: AnnotationFile[] = [];

  for (const name of docNames) {
    const id = basename(name, extname(name));
    const file = `documents/${name}`;
    const text = await readText(join(dataDir, 'documents', name), file, problems);
    if (text !== undefined) {
      const parsed = parseDocument(text, file, id);
      problems.push(...parsed.problems);
      if (parsed.document) documents.push(parsed.document);
    }
    if (!stems.has(id)) problems.push({ file, message: `has no annotation file: add annotations/${id}.yaml` });
  }
  const docIds = new Set(docNames.map((n) => basename(n, extname(n))));
  for (const name of annNames) {
    const file = `annotations/${name}`;
    if (!docIds.has(basename(name, extname(name)))) {
      problems.push({ file, message: `has no document: add documents/${basename(name, extname(name))}.txt` });
    }
    const text = await readText(join(dataDir, 'annotations', name), file, problems);
    if (text === undefined) continue;
    const read = readAnnotations(text, file);
    problems.push(...read.problems);
    const stem = basename(name, extname(name));
    if (read.annotations && read.annotations.document !== stem) {
      problems.push({ file, line: read.annotations.documentLine, message: `document "${read.annotations.document}" does not match the file name: expected "${stem}"` });
    } else if (read.annotations) {
      annotations.push(read.annotations);
    }
  }

  // Check what did parse too, so one run reports every problem; an annotation file whose document
  // failed to parse is left out, as each of its citations would fail for that one reason.
  const parsedIds = new Set(documents.map((d) => d.id));
  const checkable = annotations.filter((a) => parsedIds.has(a.document));
  const built = buildSeedGraph(documents, checkable, options);
  problems.push(...built.problems);
  // What Neo4j or the API would refuse, refused here, for every path: --out, the in-memory store, the load.
  if (built.graph) problems.push(...graphLimitProblems(built.graph, checkable, (id) => `documents/${id}.txt`));
  if (problems.length > 0 || !built.graph) throw new SeedError(problems);
  return { graph: built.graph, draftsLeftOut: built.draftsLeftOut };
}
