// The ways of writing the same rows that the load scenarios compare. All use the seed's own
// cypher/seed/*.cypher files and rows (toNeo4jRows), so only the batching and transactions differ.
import type { Driver } from 'neo4j-driver';
import { cypher } from '../graph/src/cypher.ts';
import type { GraphData } from '../graph/src/model.ts';
import { toNeo4jRows } from '../graph/src/neo4j-rows.ts';

export const STEPS = ['documents', 'sections', 'paragraphs', 'nodes', 'edges', 'evidence', 'mentions'] as const;

/** Rows per step, in load order. */
export function stepRows(graph: GraphData): [string, readonly unknown[]][] {
  const rows = toNeo4jRows(graph);
  return STEPS.map((step) => [step, rows[step]]);
}

/** Rows of each step written before its budget may stop it (a step with fewer is written whole). */
const MIN_ROWS = 10;

/**
 * A step's time for all its rows: what was measured, and the rows not written at the rate of the
 * rows after the first. The first row of a step plans its query (the query cache is cleared): that
 * is paid once, and spreading it over every row would count the planning hundreds of times.
 */
export function countedMs(s: StepSample): number {
  if (s.rows === 0) return 0;
  const first = s.firstRowMs ?? s.ms / s.rows;
  const rate = s.rows > 1 ? (s.ms - first) / (s.rows - 1) : first;
  return s.ms + rate * (s.total - s.rows);
}

/** How the one-statement-per-row baseline commits: each row on its own, or all rows at the end. */
export type RowTransactions = 'auto-commit' | 'shared';

/**
 * The naive load: each row through the same query with a one-row $rows list, either each in its
 * own auto-commit transaction (what a first version that loops over rows does) or all in one
 * shared transaction committed at the end (the same loop with the transaction log forced once).
 * Each step has an equal share of `budgetMs`; a step cut short is extrapolated from its own rate
 * (steps differ: an edge row costs more than a document row; see countedMs), so a slow run is
 * bounded and still gives a time. In a shared transaction the commit is timed too and counted as measured: when
 * steps were cut short it commits only the rows written, so the total is then a lower bound.
 */
export async function loadRowByRow(
  driver: Driver,
  database: string,
  graph: GraphData,
  budgetMs: number,
  transactions: RowTransactions = 'auto-commit',
): Promise<{ rows: number; total: number; ms: number; commitMs: number; steps: StepSample[] }> {
  const session = driver.session({ database });
  const steps: StepSample[] = [];
  const all = stepRows(graph);
  const stepBudget = budgetMs / all.length;
  // No timeout of its own: the budget bounds the rows, and the server's transaction memory the size.
  const tx = transactions === 'shared' ? session.beginTransaction() : undefined;
  let commitMs = 0;
  try {
    for (const [step, list] of all) {
      const query = cypher(`seed/${step}`);
      const started = performance.now();
      let rows = 0;
      let firstRowMs = 0;
      for (const row of list) {
        // At least MIN_ROWS rows whatever the budget: the first pays for planning, the rate comes from the rest.
        if (rows >= MIN_ROWS && performance.now() - started > stepBudget) break;
        await (tx ? tx.run(query, { rows: [row] }) : session.run(query, { rows: [row] }));
        if (rows === 0) firstRowMs = performance.now() - started;
        rows++;
      }
      steps.push({ step, total: list.length, rows, ms: performance.now() - started, firstRowMs });
    }
    if (tx) {
      const started = performance.now();
      await tx.commit();
      commitMs = performance.now() - started;
    }
  } finally {
    if (tx?.isOpen()) await tx.rollback();
    await session.close();
  }
  const ms = steps.reduce((sum, s) => sum + countedMs(s), 0) + commitMs;
  return { rows: steps.reduce((n, s) => n + s.rows, 0), total: steps.reduce((n, s) => n + s.total, 0), ms, commitMs, steps };
}

/**
 * Batched like the seed, but each batch in its own transaction: for graphs too large for one
 * transaction's memory limit, and for the constraint scenario (which must not re-apply the schema).
 * A transaction timeout bounds each batch.
 */
export async function loadInBatches(
  driver: Driver,
  database: string,
  graph: GraphData,
  options: { batchSize: number; timeoutMs: number; deadline?: number },
): Promise<{ completed: boolean }> {
  const session = driver.session({ database });
  try {
    for (const [step, list] of stepRows(graph)) {
      const query = cypher(`seed/${step}`);
      for (let i = 0; i < list.length; i += options.batchSize) {
        if (options.deadline !== undefined && performance.now() > options.deadline) return { completed: false };
        const batch = list.slice(i, i + options.batchSize);
        await session.executeWrite((tx) => tx.run(query, { rows: batch }), { timeout: options.timeoutMs });
      }
    }
  } finally {
    await session.close();
  }
  return { completed: true };
}

/** The schema's uniqueness constraints (dropping one drops its index). */
export async function dropConstraints(driver: Driver, database: string): Promise<string[]> {
  const result = await driver.executeQuery("SHOW CONSTRAINTS YIELD name, type WHERE type = 'UNIQUENESS' RETURN name", {}, { database });
  const names = result.records.map((r) => String(r.get('name')));
  for (const name of names) await driver.executeQuery(`DROP CONSTRAINT ${name.replace(/[^A-Za-z0-9_]/g, '')}`, {}, { database });
  return names;
}

export interface StepSample {
  step: string;
  /** Rows the step has in the whole load */
  total: number;
  /** Rows of the sample written before the step's budget ran out */
  rows: number;
  ms: number;
  /** The first row's time, planning included (row-by-row loads only) */
  firstRowMs?: number;
}

/**
 * The same rows of every step as `remerge` writes them into a graph that already holds them (a
 * re-seed): per step, every `every`-th row, in statements of `chunk` rows, in one transaction that
 * is rolled back, so the graph is the same before and after and both sides of a comparison see it
 * alike. A one-row statement first plans each query outside the timing; a step stops at
 * `stepBudgetMs`, and its time then covers the rows written so far.
 */
export async function sampleSteps(
  driver: Driver,
  database: string,
  graph: GraphData,
  options: { every: number; chunk: number; stepBudgetMs: number },
): Promise<StepSample[]> {
  const out: StepSample[] = [];
  const session = driver.session({ database });
  try {
    for (const [step, list] of stepRows(graph)) {
      const query = cypher(`seed/${step}`);
      const sample = list.filter((_, i) => i % options.every === 0);
      const tx = session.beginTransaction({ timeout: options.stepBudgetMs * 4 + 60_000 });
      try {
        if (sample.length > 0) await tx.run(query, { rows: sample.slice(0, 1) });
        const started = performance.now();
        let rows = 0;
        for (let i = 0; i < sample.length && performance.now() - started < options.stepBudgetMs; i += options.chunk) {
          const batch = sample.slice(i, i + options.chunk);
          await tx.run(query, { rows: batch });
          rows += batch.length;
        }
        out.push({ step, total: list.length, rows, ms: performance.now() - started });
      } finally {
        await tx.rollback();
      }
    }
  } finally {
    await session.close();
  }
  return out;
}
