// Which files of a data folder the seed reads: one annotation file per document whatever the case
// of its extension, symbolic links only to files inside the folder, and two files for one document
// (X.yaml beside X.yml, or names equal but for Unicode normalisation) refused, each named.
import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_ANNOTATIONS, VALID_DOCUMENT } from '../../test/malformed-corpus.ts';
import { loadGraph, spelling } from './pipeline.ts';
import { formatProblem, SeedError } from './problems.ts';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A data folder with these files (content) and symbolic links ({ link: target }). */
async function folder(files: Record<string, string | { link: string }>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tg-files-'));
  folders.push(dir);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    if (typeof content === 'string') await writeFile(join(dir, path), content);
    else await symlink(content.link, join(dir, path));
  }
  return dir;
}

/** What the seed says about a folder: the ids of the documents it read, or its problems as printed. */
async function outcome(dir: string): Promise<{ documents: string[] } | { problems: string[] }> {
  try {
    const graph = await loadGraph(dir);
    return { documents: graph.documents.map((d) => d.id) };
  } catch (error) {
    if (error instanceof SeedError) return { problems: error.problems.map(formatProblem) };
    throw error;
  }
}

const quotes = (dir: string) => loadGraph(dir).then((g) => g.nodes.find((n) => n.id === 'jane-doe')?.evidence.length);

describe('the files the seed reads', () => {
  it('refuses a stray X.yml beside X.yaml, naming both, instead of merging them', async () => {
    const dir = await folder({
      'documents/doc-a.txt': VALID_DOCUMENT,
      'annotations/doc-a.yaml': VALID_ANNOTATIONS,
      'annotations/doc-a.yml': VALID_ANNOTATIONS,
    });
    expect(await outcome(dir)).toEqual({
      problems: [
        'annotations/doc-a.yml: is a second file for "doc-a" beside annotations/doc-a.yaml: keep one (both would be read as one annotation file)',
      ],
    });
  });

  it('reads X.YAML and X.TXT as X.yaml and X.txt, and refuses X.YAML beside X.yaml', async () => {
    const upper = await folder({ 'documents/doc-a.TXT': VALID_DOCUMENT, 'annotations/doc-a.YAML': VALID_ANNOTATIONS });
    expect(await outcome(upper)).toEqual({ documents: ['doc-a'] });
    expect(await quotes(upper)).toBe(1);
    const both = await folder({
      'documents/doc-a.txt': VALID_DOCUMENT,
      'annotations/doc-a.YAML': VALID_ANNOTATIONS,
      'annotations/doc-a.yaml': VALID_ANNOTATIONS,
    });
    expect(await outcome(both)).toEqual({
      problems: [
        'annotations/doc-a.yaml: is a second file for "doc-a" beside annotations/doc-a.YAML: keep one (both would be read as one annotation file)',
      ],
    });
  });

  it('follows symbolic links to a document and an annotation file inside the folder', async () => {
    const dir = await folder({
      'kept/doc-a.txt': VALID_DOCUMENT,
      'kept/doc-a.yaml': VALID_ANNOTATIONS,
      'documents/doc-a.txt': { link: '../kept/doc-a.txt' },
      'annotations/doc-a.yaml': { link: '../kept/doc-a.yaml' },
    });
    expect(await outcome(dir)).toEqual({ documents: ['doc-a'] });
  });

  it('refuses a symbolic link that leads out of the folder, or to nothing, saying so', async () => {
    const outside = await folder({ 'doc-a.yaml': VALID_ANNOTATIONS });
    const dir = await folder({
      'documents/doc-a.txt': VALID_DOCUMENT,
      'annotations/doc-a.yaml': { link: join(outside, 'doc-a.yaml') },
      'annotations/doc-b.yaml': { link: 'missing.yaml' },
    });
    const [realOutside, realDir] = await Promise.all([realpath(outside), realpath(dir)]);
    expect(await outcome(dir)).toEqual({
      problems: [
        `annotations/doc-a.yaml: leads to ${join(realOutside, 'doc-a.yaml')}, outside the data folder ${realDir}: only links to files inside it are followed; copy the file in`,
        'annotations/doc-b.yaml: is a symbolic link to nothing (ENOENT): point it at a file in the data folder',
        'documents/doc-a.txt: has no annotation file: add annotations/doc-a.yaml',
      ],
    });
  });

  it('tells apart two file names equal but for Unicode normalisation, and refuses the second', async () => {
    const nfc = 'caf\u00e9';
    const nfd = 'cafe\u0301';
    const annotations = (id: string) => VALID_ANNOTATIONS.replace('document: doc-a', `document: ${id}`);
    const dir = await folder({
      [`documents/${nfc}.txt`]: VALID_DOCUMENT,
      [`documents/${nfd}.txt`]: VALID_DOCUMENT,
      [`annotations/${nfd}.yaml`]: annotations(nfc),
    });
    expect(await outcome(dir)).toEqual({
      problems: [
        // Sorted by code point: "e" (U+0065) comes before "é" (U+00E9).
        `documents/${nfc}.txt: has the same name as documents/${nfd}.txt but for its Unicode normalisation (this one NFC: U+00E9; that one NFD: U+0301): rename one`,
        `annotations/${nfd}.yaml:1: document "${nfc}" does not match the file name: expected "${nfd}" (spelt NFC: U+00E9 here, NFD: U+0301 in the file name)`,
      ],
    });
  });

  it('spells out how a name is written in Unicode', () => {
    expect(['doc-a', 'caf\u00e9', 'cafe\u0301', '\u212b'].map(spelling)).toEqual([
      'ASCII',
      'NFC: U+00E9',
      'NFD: U+0301',
      'neither NFC nor NFD: U+212B',
    ]);
  });
});
