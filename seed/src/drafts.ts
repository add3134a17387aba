// Drafts in the seed: the items `npm run ingest` proposed (`review: draft`) are checked like every
// other item, always (a draft citing a quote that is not in its paragraph is an error even when
// drafts are left out), and then left out of the graph unless the seed is asked for them.
import type { AnnotationFile } from './annotations.ts';
import { buildGraph, NO_SHARED, type SharedData } from './build.ts';
import type { Document, GraphData } from '../../graph/src/model.ts';
import type { Problem } from './problems.ts';

export interface SeedOptions {
  /** Take draft items in, marked `draft: true` (npm run seed -- --drafts, SEED_DRAFTS=1 npm start) */
  drafts?: boolean;
  /** false: leave out the overview layout (graph/src/overview-layout.ts), for a caller that wants the problems only (default true) */
  layout?: boolean;
}

export interface SeedBuild {
  graph?: GraphData;
  problems: Problem[];
  /** Draft nodes and relations of the annotation files that the graph leaves out (0 with drafts: true) */
  draftsLeftOut: number;
  /** What a curator should look at but does not stop the seed (build.ts) */
  warnings: Problem[];
}

/** How many items of the files are drafts. */
export function countDrafts(files: readonly AnnotationFile[]): number {
  return files.reduce(
    (n, f) => n + f.nodes.filter((i) => i.review === 'draft').length + f.edges.filter((i) => i.review === 'draft').length,
    0,
  );
}

/**
 * Checks every item, drafts included, and builds the graph with or without the drafts. Rejected
 * items (`review: rejected`) are never in it, nor checked: they only keep ingest from proposing them again.
 */
export function buildSeedGraph(
  documents: readonly Document[],
  annotationFiles: readonly AnnotationFile[],
  options: SeedOptions = {},
  shared: SharedData = NO_SHARED,
): SeedBuild {
  const files = annotationFiles.map((f) => ({
    ...f,
    nodes: f.nodes.filter((n) => n.review !== 'rejected'),
    edges: f.edges.filter((e) => e.review !== 'rejected'),
  }));
  const all = buildGraph(documents, files, new Set(), shared);
  const drafts = countDrafts(files);
  if (!all.graph || options.drafts || drafts === 0) return { ...all, draftsLeftOut: 0 };
  // Built again from the reviewed items alone: a node that only drafts define is not in the graph,
  // and a reviewed node keeps only its reviewed evidence, aliases and description.
  const draftOnly = new Set(all.graph.nodes.filter((n) => n.draft).map((n) => n.id));
  const reviewed = files.map((f) => ({
    ...f,
    nodes: f.nodes.filter((n) => n.review !== 'draft'),
    edges: f.edges.filter((e) => e.review !== 'draft'),
  }));
  return { ...buildGraph(documents, reviewed, draftOnly, shared), draftsLeftOut: drafts };
}
