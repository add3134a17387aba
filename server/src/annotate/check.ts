// The seed's own validator on the data folder as it would be after a write: a scratch copy of the
// folder (documents/, annotations/ and the shared files beside them, such as entities.yaml) with the
// candidate file in it, read by the seed's loadGraph. A document not annotated yet is given an
// empty annotation there: annotate mode starts from such documents, and the seed would refuse them.
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { GraphData } from '../../../graph/src/model.ts';
import { loadGraph, type Problem, SeedError } from '../../../seed/index.ts';

const ANNOTATION_EXTENSIONS = new Set(['.yaml', '.yml']);

export interface CheckResult {
  problems: Problem[];
  /** The graph with its drafts (what annotate mode serves), when it was asked for and the seed can build it */
  graph?: GraphData;
}

/** The names in a folder, or none when it does not exist. */
async function names(folder: string): Promise<string[]> {
  try {
    return await readdir(folder);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  }
}

/** The id an annotation file stands for (X.yaml, X.YML…), or undefined for other files. */
export function annotationStem(name: string): string | undefined {
  const ext = extname(name);
  return ANNOTATION_EXTENSIONS.has(ext.toLowerCase()) ? name.slice(0, -ext.length) : undefined;
}

/** What identifies the folder's data as it is now: a file written, removed or touched changes it. */
export async function dataSignature(dataDir: string): Promise<string> {
  const parts: string[] = [];
  for (const sub of ['', 'documents', 'annotations']) {
    for (const name of (await names(join(dataDir, sub))).sort()) {
      if (sub === '' && annotationStem(name) === undefined) continue;
      const info = await stat(join(dataDir, sub, name)).catch(() => null);
      if (info?.isFile()) parts.push(`${sub}/${name}:${info.size}:${info.mtimeMs}`);
    }
  }
  return parts.join('\n');
}

/**
 * Runs the seed on the folder with `overrides` applied (`annotations/NAME.yaml` → its text, or null
 * for no file). Strict, as `npm run seed` is: drafts are checked, and a reviewed item that needs a
 * draft is a problem. Then, if `wantGraph` says so given those problems, the graph with its drafts:
 * it can exist despite them (a reviewed relation to a draft is fine once drafts are taken in).
 */
export async function checkData(
  dataDir: string,
  overrides: ReadonlyMap<string, string | null> = new Map(),
  wantGraph: (problems: readonly Problem[]) => boolean = () => true,
): Promise<CheckResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'annotate-check-'));
  try {
    for (const sub of ['documents', 'annotations']) {
      await mkdir(join(scratch, sub), { recursive: true });
      // dereference: a link inside the folder is read through, as the seed follows it.
      for (const name of await names(join(dataDir, sub))) {
        await cp(join(dataDir, sub, name), join(scratch, sub, name), { dereference: true, recursive: true });
      }
    }
    // The files beside documents/ and annotations/ the seed reads (seed/entities.yaml, seed/resolutions.yaml).
    for (const name of await names(dataDir)) {
      if (annotationStem(name) === undefined) continue;
      const from = join(dataDir, name);
      if ((await stat(from)).isFile()) await cp(from, join(scratch, name), { dereference: true });
    }
    for (const [label, text] of overrides) {
      if (text === null) await rm(join(scratch, label), { force: true });
      else await writeFile(join(scratch, label), text);
    }
    const annotated = new Set((await names(join(scratch, 'annotations'))).map(annotationStem));
    for (const name of await names(join(scratch, 'documents'))) {
      if (extname(name) !== '.txt') continue;
      const stem = name.slice(0, -4);
      if (!annotated.has(stem)) await writeFile(join(scratch, 'annotations', `${stem}.yaml`), `document: ${JSON.stringify(stem)}\n`);
    }
    const problems = await seedProblems(scratch, false);
    if (!wantGraph(problems)) return { problems };
    // A folder the strict seed refuses may still build with its drafts; one it takes always must.
    const graph: GraphData | undefined = await loadGraph(scratch, { drafts: true }).catch((error: unknown) => {
      if (problems.length > 0 && error instanceof SeedError) return undefined;
      throw error;
    });
    return graph ? { problems, graph } : { problems };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** What the seed says of a folder: its problems, none when it takes it. */
async function seedProblems(dataDir: string, drafts: boolean): Promise<Problem[]> {
  try {
    // Its problems only: no positions to compute.
    await loadGraph(dataDir, { drafts, layout: false });
    return [];
  } catch (error) {
    if (error instanceof SeedError) return [...error.problems];
    throw error;
  }
}
