// The seed pipeline up to the canonical graph: read a data folder (documents/ + annotations/),
// parse, validate and build. Pure apart from reading files; it never writes anything.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { readAnnotations, type AnnotationFile } from './annotations.ts';
import { graphLimitProblems } from './graph-limits.ts';
import { NO_SHARED, type SharedData } from './build.ts';
import { buildSeedGraph, type SeedOptions } from './drafts.ts';
import { withOverviewLayout } from '../../graph/src/overview-layout.ts';
import { ENTITIES_FILE, readEntities } from './entities.ts';
import { readResolutions, RESOLUTIONS_FILE } from './resolutions.ts';
import type { Document, GraphData } from '../../graph/src/model.ts';
import { parseDocument } from './parse.ts';
import { SeedError, type Problem } from './problems.ts';
import { firstInvalidUtf8, lineOfOffset } from './utf8.ts';

/** Interview summaries are a few pages; anything this large is not one. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const DOCUMENT_EXTENSIONS = new Set(['.txt']);
const ANNOTATION_EXTENSIONS = new Set(['.yaml', '.yml']);

/** A file of documents/ or annotations/: its name, the id it stands for, and where to read it. */
interface Listed {
  name: string;
  /** The name without its extension: the document's id */
  stem: string;
  /** `documents/NAME` or `annotations/NAME`, as messages show it */
  label: string;
  /** The file itself, or what its symbolic link points to */
  path: string;
}

/**
 * How a name is spelt in Unicode, for messages about names that look the same: "é" can be one code
 * point (NFC, what most editors write) or "e" and a combining accent (NFD, what some file systems
 * and archive tools write). Only its non-ASCII characters are spelt out.
 */
export function spelling(name: string): string {
  const form = name === name.normalize('NFC') ? 'NFC' : name === name.normalize('NFD') ? 'NFD' : 'neither NFC nor NFD';
  const points = [...name]
    .filter((c) => (c.codePointAt(0) ?? 0) > 0x7f)
    .map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return points.length === 0 ? 'ASCII' : `${form}: ${points.join(' ')}`;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The files of `dataDir/sub` with one of `extensions`, whatever their case (X.YAML is X.yaml).
 * Symbolic links are followed when they lead to a file inside the data folder (a document kept
 * once and linked), and refused otherwise: a seed reads what its folder holds, nothing else. Two
 * files for one id (X.yaml beside X.yml, or names equal once Unicode-normalised) are refused, each
 * named, rather than one chosen or both merged.
 */
async function listFiles(dataDir: string, sub: string, extensions: Set<string>, problems: Problem[]): Promise<Listed[]> {
  let entries;
  let root;
  try {
    root = await realpath(dataDir);
    entries = await readdir(join(dataDir, sub), { withFileTypes: true });
  } catch (error) {
    problems.push({ file: `${sub}/`, message: `cannot read the folder: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
    return [];
  }
  const listed: Listed[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const ext = extname(e.name);
    if (!extensions.has(ext.toLowerCase()) || !(e.isFile() || e.isSymbolicLink())) continue;
    const label = `${sub}/${e.name}`;
    const full = join(dataDir, sub, e.name);
    let path: string;
    try {
      path = await realpath(full);
    } catch (error) {
      problems.push({
        file: label,
        message: `is a symbolic link to nothing (${(error as NodeJS.ErrnoException).code ?? String(error)}): point it at a file in the data folder`,
      });
      continue;
    }
    // Checked for every file, not only links: documents/ or annotations/ may itself be a link.
    if (!isInside(root, path)) {
      problems.push({
        file: label,
        message: `leads to ${path}, outside the data folder ${root}: only links to files inside it are followed; copy the file in`,
      });
      continue;
    }
    if (!(await stat(path)).isFile()) {
      problems.push({ file: label, message: `is a link to a folder, not a file` });
      continue;
    }
    listed.push({ name: e.name, stem: basename(e.name, ext), label, path });
  }
  const byId = new Map<string, Listed>();
  const kept: Listed[] = [];
  for (const file of listed) {
    const key = file.stem.normalize('NFC');
    const first = byId.get(key);
    if (!first) {
      byId.set(key, file);
      kept.push(file);
    } else if (first.stem === file.stem) {
      problems.push({
        file: file.label,
        message: `is a second file for "${file.stem}" beside ${first.label}: keep one (both would be read as one ${sub === 'documents' ? 'document' : 'annotation file'})`,
      });
    } else {
      problems.push({
        file: file.label,
        message: `has the same name as ${first.label} but for its Unicode normalisation (this one ${spelling(file.stem)}; that one ${spelling(first.stem)}): rename one`,
      });
    }
  }
  return kept;
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
    problems.push({
      file,
      line: lineOfOffset(bytes, invalid),
      message: `the file is not UTF-8 (byte 0x${byte} is not valid here); save it as UTF-8`,
    });
    return undefined;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/**
 * DIR/entities.yaml and DIR/resolutions.yaml, both optional. Spelt another way (entities.yml,
 * Entities.YAML) they are refused rather than skipped: a curator's judgements must not be ignored silently.
 */
async function readShared(dataDir: string, problems: Problem[]): Promise<SharedData> {
  const names = await readdir(dataDir).catch(() => [] as string[]);
  const read = async <T>(wanted: string, parse: (text: string, file: string) => T & { problems: Problem[] }): Promise<T | undefined> => {
    const stem = basename(wanted, '.yaml');
    for (const name of names) {
      if (name !== wanted && basename(name, extname(name)).toLowerCase() === stem && ANNOTATION_EXTENSIONS.has(extname(name).toLowerCase()))
        problems.push({
          file: name,
          message: `is not read: name it ${wanted}${names.includes(wanted) ? ` (beside ${wanted}: keep one)` : ''}`,
        });
    }
    if (!names.includes(wanted)) return undefined;
    const path = join(dataDir, wanted);
    if (!(await stat(path)).isFile()) {
      problems.push({ file: wanted, message: 'is not a file' });
      return undefined;
    }
    const text = await readText(path, wanted, problems);
    if (text === undefined) return undefined;
    const parsed = parse(text, wanted);
    problems.push(...parsed.problems);
    return parsed;
  };
  const entities = await read(ENTITIES_FILE, readEntities);
  const resolutions = await read(RESOLUTIONS_FILE, readResolutions);
  return { entities: entities?.entities ?? [], resolutions: resolutions?.resolutions ?? NO_SHARED.resolutions };
}

/** Read, check and build the graph of every document in `dataDir`. Throws SeedError listing every problem. */
export async function loadGraph(dataDir: string, options: SeedOptions = {}): Promise<GraphData> {
  return (await loadSeed(dataDir, options)).graph;
}

/** As loadGraph, and how many draft items the graph leaves out (drafts: ./drafts.ts). */
export async function loadSeed(
  dataDir: string,
  options: SeedOptions = {},
): Promise<{ graph: GraphData; draftsLeftOut: number; warnings: Problem[] }> {
  const problems: Problem[] = [];
  const docFiles = await listFiles(dataDir, 'documents', DOCUMENT_EXTENSIONS, problems);
  const annFiles = await listFiles(dataDir, 'annotations', ANNOTATION_EXTENSIONS, problems);
  if (docFiles.length === 0 && problems.length === 0) problems.push({ file: 'documents/', message: 'no documents (*.txt) to seed' });

  const annotationStems = new Set(annFiles.map((f) => f.stem));
  const documents: Document[] = [];
  const annotations: AnnotationFile[] = [];

  for (const doc of docFiles) {
    const text = await readText(doc.path, doc.label, problems);
    if (text !== undefined) {
      const parsed = parseDocument(text, doc.label, doc.stem);
      problems.push(...parsed.problems);
      if (parsed.document) documents.push(parsed.document);
    }
    if (!annotationStems.has(doc.stem))
      problems.push({ file: doc.label, message: `has no annotation file: add annotations/${doc.stem}.yaml` });
  }
  const docIds = new Set(docFiles.map((f) => f.stem));
  for (const ann of annFiles) {
    if (!docIds.has(ann.stem)) problems.push({ file: ann.label, message: `has no document: add documents/${ann.stem}.txt` });
    const text = await readText(ann.path, ann.label, problems);
    if (text === undefined) continue;
    const read = readAnnotations(text, ann.label);
    problems.push(...read.problems);
    if (read.annotations && read.annotations.document !== ann.stem) {
      const given = read.annotations.document;
      // Equal once normalised, they print alike: say how each is spelt.
      const how =
        given.normalize('NFC') === ann.stem.normalize('NFC')
          ? ` (spelt ${spelling(given)} here, ${spelling(ann.stem)} in the file name)`
          : '';
      problems.push({
        file: ann.label,
        line: read.annotations.documentLine,
        message: `document "${given}" does not match the file name: expected "${ann.stem}"${how}`,
      });
      // Checked against the document its name says, so this one slip comes with every other problem of the file.
      annotations.push({ ...read.annotations, document: ann.stem });
    } else if (read.annotations) {
      annotations.push(read.annotations);
    }
  }
  const shared = await readShared(dataDir, problems);

  // Check what did parse too, so one run reports every problem; an annotation file whose document
  // failed to parse is left out, as each of its citations would fail for that one reason.
  const parsedIds = new Set(documents.map((d) => d.id));
  const checkable = annotations.filter((a) => parsedIds.has(a.document));
  const built = buildSeedGraph(documents, checkable, options, shared);
  problems.push(...built.problems);
  // What Neo4j or the API would refuse, refused here, for every path: --out, the in-memory store, the load.
  if (built.graph)
    problems.push(
      ...graphLimitProblems(built.graph, checkable, (id) => docFiles.find((f) => f.stem === id)?.label ?? `documents/${id}.txt`),
    );
  if (problems.length > 0 || !built.graph) throw new SeedError(problems);
  // Positions travel with the graph, so every store and the incremental digests get the same ones.
  const graph = options.layout === false ? built.graph : withOverviewLayout(built.graph);
  return { graph, draftsLeftOut: built.draftsLeftOut, warnings: built.warnings };
}
