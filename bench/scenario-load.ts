// Bulk load: the seed's batched one-transaction load against one statement per row, same rows and
// same Cypher, in the same run; the load rate at the largest size; and the edges-step fix
// (bench/RESULTS.md) measured against the query it replaced.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { cypher } from '../graph/src/cypher.ts';
import { applySchema, countGraph, loadIntoNeo4j } from '../seed/index.ts';
import { toNeo4jRows } from '../graph/src/neo4j-rows.ts';
import { loadCorpus } from './load-graph.ts';
import { loadRowByRow } from './loaders.ts';
import { emptyDatabase } from './neo4j.ts';
import { median, round } from './stats.ts';
import type { BenchContext, BuiltCorpus, ScenarioResult } from './types.ts';

const BASELINE_EDGES = readFileSync(new URL('./baseline/edges-dynamic-merge.cypher', import.meta.url), 'utf8');

interface LoadRatio {
  documents: number;
  elements: number;
  batchedMs: number;
  rowByRowMs: number;
  extrapolated: boolean;
}

const ratioOf = (r: LoadRatio): number => r.rowByRowMs / r.batchedMs;

/** Row by row against batched, the same rows of one corpus, `reps` times each, alternated. */
async function loadRatio(ctx: BenchContext, documents: number, reps: number, rowBudgetMs: number): Promise<LoadRatio> {
  const { driver, settings } = ctx.neo;
  const db = settings.database;
  const corpus = await ctx.corpus(documents);
  // One unmeasured load first, so neither side meets a cold JVM.
  await emptyDatabase(driver, db);
  await loadIntoNeo4j(driver, db, corpus.graph, {});

  const rowByRow: number[] = [];
  const batched: number[] = [];
  let extrapolated = false;
  let elements = 0;
  for (let rep = 0; rep < reps; rep++) {
    // Alternate which goes first, so neither always meets a warmer database.
    for (const which of rep % 2 === 0 ? ['rows', 'batched'] : ['batched', 'rows']) {
      await emptyDatabase(driver, db);
      await applySchema(driver, db);
      // Both sides plan every query afresh, as a seed does against a server that has not run it
      // (emptying the database alone makes Neo4j replan only some of the time).
      await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database: db });
      const started = performance.now();
      if (which === 'rows') {
        // Cut short by the time budget: each step's time from its own rate.
        const { rows, total, ms, steps } = await loadRowByRow(driver, db, corpus.graph, rowBudgetMs);
        if (rows < total) extrapolated = true;
        rowByRow.push(ms);
        ctx.log(
          `    per row: ${steps.map((s) => `${s.step} ${(s.ms / Math.max(1, s.rows)).toFixed(2)} ms (${s.rows}/${s.total})`).join(', ')}`,
        );
      } else {
        const summary = await loadIntoNeo4j(driver, db, corpus.graph, {});
        batched.push(performance.now() - started);
        elements = summary.totalNodes + summary.totalRelationships;
      }
      ctx.log(
        `  load ${which} of ${documents} documents: ${Math.round(which === 'rows' ? (rowByRow.at(-1) ?? 0) : (batched.at(-1) ?? 0))} ms`,
      );
    }
  }
  return { documents, elements, batchedMs: median(batched), rowByRowMs: median(rowByRow), extrapolated };
}

export async function bulkLoad(ctx: BenchContext): Promise<ScenarioResult> {
  const reps = ctx.quick ? 2 : 3;
  const rowBudgetMs = ctx.quick ? 30_000 : 60_000;
  // The goal's ratio at the size the API scenarios use, where the rows outweigh the fixed cost of
  // planning ten statements from a cleared cache; the smaller size shows that fixed cost.
  const small = await loadRatio(ctx, ctx.quick ? 3 : 20, reps, rowBudgetMs);
  const main = ctx.quick ? small : await loadRatio(ctx, 100, reps, rowBudgetMs);
  const ratio = ratioOf(main);
  const { extrapolated } = main;

  const fix = await edgesFix(ctx, ctx.quick ? 10 : 30);

  const largest = await ctx.corpus(ctx.quick ? 100 : 1000);
  const loaded = await loadCorpus(ctx, largest, { trySeed: true });
  const rate = ((loaded.nodes + loaded.relationships) / loaded.ms) * 1000;
  ctx.log(
    `  ${largest.documents} documents (${loaded.how}): ${loaded.nodes} nodes, ${loaded.relationships} relationships in ${Math.round(loaded.ms)} ms`,
  );

  return {
    id: 'bulk-load',
    title: 'Bulk load',
    goal: 'batched load ≥ 20× faster than one statement per row',
    ratio: round(ratio, 1),
    ratioLabel: `row-by-row time / batched time, ${main.documents} documents (${main.elements} elements), median of ${reps}`,
    pass: ratio >= 20,
    figures: {
      documents: main.documents,
      elements: main.elements,
      batchedMsMedian: round(main.batchedMs, 0),
      rowByRowMsMedian: round(main.rowByRowMs, 0),
      rowByRowExtrapolated: extrapolated,
      smallDocuments: small.documents,
      smallElements: small.elements,
      smallBatchedMsMedian: round(small.batchedMs, 0),
      smallRowByRowMsMedian: round(small.rowByRowMs, 0),
      smallRatio: round(ratioOf(small), 1),
      largestDocuments: largest.documents,
      largestNodes: loaded.nodes,
      largestRelationships: loaded.relationships,
      largestLoadedWith: loaded.how,
      largestLoadMs: round(loaded.ms, 0),
      largestElementsPerSecond: round(rate, 0),
      seedLoadAtLargest: loaded.seedError ?? 'ok',
      edgesFixDocuments: fix.documents,
      edgesStepMsBefore: round(fix.before, 0),
      edgesStepMsAfter: round(fix.after, 0),
      edgesStepBeforeCutShort: fix.cutShort,
    },
    notes: [
      'Row by row: the same rows and the same cypher/seed/*.cypher, each row alone in $rows and in its own auto-commit transaction (session.run); batched: loadIntoNeo4j (2,000 rows per statement, one transaction).',
      'Both start from an emptied database with the schema applied and the Neo4j query cache cleared, so both plan their queries afresh. The batched time is the whole seed load: its schema check, the transaction, the SeedInfo fingerprint and the final counts; the row-by-row time is its rows only.',
      ...(extrapolated || small.extrapolated
        ? [
            `The row-by-row load was stopped at its ${rowBudgetMs / 1000} s budget (an equal share per step); each step cut short is counted at its own measured rate.`,
          ]
        : []),
      ...(loaded.seedError
        ? [
            `At ${largest.documents} documents the seed's one-transaction load fails on this server: ${loaded.seedError}. The rate shown is the same rows loaded batch by batch, one transaction per batch.`,
          ]
        : []),
    ],
  };
}

/**
 * The edges step on a fresh database, in one transaction with the nodes (as the seed runs it):
 * the dynamic-type MERGE it used before against cypher/seed/edges.cypher now. Bounded in time.
 */
async function edgesFix(
  ctx: BenchContext,
  documents: number,
): Promise<{ documents: number; before: number; after: number; cutShort: boolean }> {
  const corpus = await ctx.corpus(documents);
  const before = await edgesStep(ctx.neo.driver, ctx.neo.settings.database, corpus, BASELINE_EDGES, ctx.quick ? 30_000 : 120_000);
  const after = await edgesStep(ctx.neo.driver, ctx.neo.settings.database, corpus, cypher('seed/edges'), 120_000);
  ctx.log(
    `  edges step, ${documents} documents: before ${Math.round(before.ms)} ms${before.cutShort ? ' (cut short)' : ''}, after ${Math.round(after.ms)} ms`,
  );
  return { documents, before: before.ms, after: after.ms, cutShort: before.cutShort };
}

async function edgesStep(
  driver: Driver,
  database: string,
  corpus: BuiltCorpus,
  edgesQuery: string,
  budgetMs: number,
): Promise<{ ms: number; cutShort: boolean }> {
  await emptyDatabase(driver, database);
  await applySchema(driver, database);
  const rows = toNeo4jRows(corpus.graph);
  const session = driver.session({ database });
  const tx = session.beginTransaction();
  try {
    for (const step of ['documents', 'sections', 'paragraphs', 'nodes'] as const) {
      for (let i = 0; i < rows[step].length; i += 2000) await tx.run(cypher(`seed/${step}`), { rows: rows[step].slice(i, i + 2000) });
    }
    const started = performance.now();
    let done = 0;
    for (let i = 0; i < rows.edges.length; i += 500) {
      if (performance.now() - started > budgetMs) break;
      const batch = rows.edges.slice(i, i + 500);
      await tx.run(edgesQuery, { rows: batch });
      done += batch.length;
    }
    const ms = performance.now() - started;
    // Cut short: the time so far is a lower bound on the whole step, reported as such.
    return { ms, cutShort: done < rows.edges.length };
  } finally {
    await tx.rollback();
    await session.close();
    await expectNothingLeft(driver, database);
  }
}

/** The rolled-back transaction leaves nothing; the counts say so if it ever did. */
async function expectNothingLeft(driver: Driver, database: string): Promise<void> {
  const left = await countGraph(driver, database);
  if (left.relationships > 0) throw new Error('the edges measurement left relationships behind');
}
