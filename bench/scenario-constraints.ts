// Constraint guard: the same batched load with the schema's uniqueness constraints and without
// them (dropped, loaded, re-created), and the plan of cypher/seed/nodes.cypher, to show the load's
// MERGEs find nodes through the constraints' indexes rather than by scanning a label.
import { cypher } from '../seed/src/cypher.ts';
import { applySchema, countGraph } from '../seed/src/neo4j-load.ts';
import { dropConstraints, loadInBatches } from './loaders.ts';
import { emptyDatabase } from './neo4j.ts';
import { round } from './stats.ts';
import type { BenchContext, ScenarioResult } from './types.ts';

interface PlanNode {
  operatorType?: string;
  children?: PlanNode[];
}

function operators(plan: PlanNode | null | undefined): string[] {
  if (!plan) return [];
  return [String(plan.operatorType ?? '').replace(/@.*$/, ''), ...(plan.children ?? []).flatMap(operators)];
}

export async function constraintGuard(ctx: BenchContext): Promise<ScenarioResult> {
  const { driver, settings } = ctx.neo;
  const db = settings.database;
  const corpus = await ctx.corpus(ctx.quick ? 100 : 1000);
  const budgetMs = ctx.quick ? 30_000 : 120_000;
  const batch = { batchSize: 2000, timeoutMs: budgetMs };

  await emptyDatabase(driver, db);
  await applySchema(driver, db);
  let started = performance.now();
  await loadInBatches(driver, db, corpus.graph, batch);
  const withMs = performance.now() - started;
  const counts = await countGraph(driver, db);
  const plan = await driver.executeQuery(`EXPLAIN ${cypher('seed/nodes')}`, { rows: [] }, { database: db });
  const withOps = operators(plan.summary.plan as PlanNode);
  ctx.log(`  with constraints: ${counts.nodes} nodes in ${Math.round(withMs)} ms; plan: ${withOps.join(' < ')}`);

  await emptyDatabase(driver, db);
  const dropped = await dropConstraints(driver, db);
  let withoutMs: number;
  let finished: boolean;
  let withoutOps: string[] = [];
  try {
    const planWithout = await driver.executeQuery(`EXPLAIN ${cypher('seed/nodes')}`, { rows: [] }, { database: db });
    withoutOps = operators(planWithout.summary.plan as PlanNode);
    started = performance.now();
    ({ completed: finished } = await loadInBatches(driver, db, corpus.graph, { ...batch, deadline: started + budgetMs }).catch((error: unknown) => {
      // A batch the transaction timeout ended is an unfinished load, not a failed benchmark.
      if (/Timeout|terminated/i.test(String(error))) return { completed: false };
      throw error;
    }));
    withoutMs = performance.now() - started;
  } finally {
    await emptyDatabase(driver, db);
    await applySchema(driver, db);
  }
  ctx.log(`  without constraints (${dropped.join(', ')}): ${finished ? '' : 'stopped after '}${Math.round(withoutMs)} ms; plan: ${withoutOps.join(' < ')}`);
  const ratio = withoutMs / withMs;
  const seeks = withOps.includes('NodeUniqueIndexSeek(Locking)') || withOps.includes('NodeUniqueIndexSeek');
  return {
    id: 'constraint-guard',
    title: 'Constraint guard',
    goal: 'the load uses the uniqueness constraints: NodeUniqueIndexSeek in the plan, and dropping them makes the load ≥ 10× slower',
    ratio: round(ratio, 1),
    ratioLabel: `time without constraints / with, ${corpus.documents} documents (${counts.nodes} nodes)${finished ? '' : ', a lower bound: the load without them was stopped at the time budget'}`,
    pass: seeks && ratio >= 10,
    figures: {
      documents: corpus.documents,
      nodes: counts.nodes,
      relationships: counts.relationships,
      withMs: round(withMs, 0),
      withoutMs: round(withoutMs, 0),
      withoutFinished: finished,
      planWith: withOps.join(' < '),
      planWithout: withoutOps.join(' < '),
    },
    notes: [
      // One transaction per batch on both sides: the seed's one-transaction load does not fit the
      // local server's transaction memory at 1,000 documents, and the comparison must be like for like.
      'Both loads run the same cypher/seed/*.cypher in batches of 2,000 rows, one transaction per batch.',
      ...(finished ? [] : [`Without the constraints the load was stopped after ${Math.round(budgetMs / 1000)} s; the ratio is at least the one shown.`]),
    ],
  };
}
