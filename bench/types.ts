// What every scenario receives and returns.
import type { GraphData } from '../graph/src/model.ts';
import type { DocumentManifest } from './corpus.ts';
import type { BenchNeo4j } from './neo4j.ts';

export interface BuiltCorpus {
  documents: number;
  graph: GraphData;
  docs: DocumentManifest[];
}

export interface BenchContext {
  quick: boolean;
  neo: BenchNeo4j;
  corpus(documents: number): Promise<BuiltCorpus>;
  log(line: string): void;
}

export interface ScenarioResult {
  id: string;
  title: string;
  goal: string;
  /** The ratio the goal is about, and what it divides */
  ratio: number | null;
  ratioLabel: string;
  /** null: informational, no goal */
  pass: boolean | null;
  figures: Record<string, number | string | boolean | null>;
  notes: string[];
  /** When and at which commit this result was measured (a run with --only keeps older results) */
  measured?: { date: string; commit: string; uncommitted?: string[] };
}
