// Puts a corpus into the bench database: the seed's own one-transaction load when it fits the
// server's transaction memory, else the same rows batch by batch (same database content).
import { applySchema, countGraph, loadIntoNeo4j } from '../seed/index.ts';
import { loadInBatches } from './loaders.ts';
import { emptyDatabase } from './neo4j.ts';
import type { BenchContext, BuiltCorpus } from './types.ts';

export interface Loaded {
  how: 'seed' | 'batches';
  ms: number;
  nodes: number;
  relationships: number;
  /** Why the seed's load was not used */
  seedError?: string;
}

/** True when the error is Neo4j refusing a transaction its memory limit cannot hold. */
export function isMemoryLimit(error: unknown): boolean {
  return /memory\.transaction|MemoryPoolOutOfMemory|MemoryLimitExceeded/i.test(
    String((error as { code?: string })?.code ?? '') + String(error),
  );
}

export async function loadCorpus(ctx: BenchContext, corpus: BuiltCorpus, options: { trySeed: boolean }): Promise<Loaded> {
  const { driver, settings } = ctx.neo;
  const db = settings.database;
  await emptyDatabase(driver, db);
  let seedError: string | undefined;
  if (options.trySeed) {
    try {
      const started = performance.now();
      const summary = await loadIntoNeo4j(driver, db, corpus.graph, {});
      return { how: 'seed', ms: performance.now() - started, nodes: summary.totalNodes, relationships: summary.totalRelationships };
    } catch (error) {
      if (!isMemoryLimit(error)) throw error;
      seedError = String(error).split('\n')[0]?.slice(0, 240);
      ctx.log(`  the seed's one-transaction load of ${corpus.documents} documents failed: ${seedError}`);
      await emptyDatabase(driver, db);
    }
  }
  const started = performance.now();
  await applySchema(driver, db);
  await loadInBatches(driver, db, corpus.graph, { batchSize: 2000, timeoutMs: 600_000 });
  const ms = performance.now() - started;
  const counts = await countGraph(driver, db);
  return { how: 'batches', ms, nodes: counts.nodes, relationships: counts.relationships, ...(seedError ? { seedError } : {}) };
}
