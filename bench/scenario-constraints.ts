// Constraint guard: what the schema's uniqueness constraints are worth to the load. The corpus is
// loaded (with them), then the same sample of every step's rows is written again into that graph
// (a re-seed: each MERGE finds its node) with the constraints and without them (dropped, then
// re-created), one rolled-back transaction per step, so both sides meet the same graph and the
// same rows. Each step's time per row, weighted by how many rows the step has in the whole load,
// gives the load time at this size either way. The plans of cypher/seed/nodes.cypher show the
// MERGEs find nodes through the constraints' indexes (NodeUniqueIndexSeek) rather than a label scan.
import { cypher } from '../graph/src/cypher.ts';
import { applySchema, countGraph } from '../seed/index.ts';
import { loadCorpus } from './load-graph.ts';
import { dropConstraints, sampleSteps, type StepSample } from './loaders.ts';
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

/** The whole load's time at the sampled rate: Σ over steps of (ms per row × the step's rows). */
function loadEstimateMs(samples: readonly StepSample[]): number {
  return samples.reduce((sum, s) => sum + (s.rows > 0 ? (s.ms / s.rows) * s.total : 0), 0);
}

function perRow(samples: readonly StepSample[]): string {
  return samples.map((s) => `${s.step} ${s.rows > 0 ? round(s.ms / s.rows, 3) : '–'} ms/row (${s.rows} rows)`).join(', ');
}

export async function constraintGuard(ctx: BenchContext): Promise<ScenarioResult> {
  const { driver, settings } = ctx.neo;
  const db = settings.database;
  const corpus = await ctx.corpus(ctx.quick ? 100 : 1000);
  // Every 20th row (5%, about 4,000 rows at 1,000 documents) in statements of 100 rows: the same
  // statement size on both sides. Without the constraints each step is bounded in time.
  const sampling = { every: 20, chunk: 100, stepBudgetMs: ctx.quick ? 5_000 : 20_000 };

  const loaded = await loadCorpus(ctx, corpus, { trySeed: true });
  const counts = await countGraph(driver, db);
  ctx.log(
    `  loaded ${corpus.documents} documents (${loaded.how}): ${counts.nodes} nodes, ${counts.relationships} relationships in ${Math.round(loaded.ms)} ms`,
  );
  const plan = await driver.executeQuery(`EXPLAIN ${cypher('seed/nodes')}`, { rows: [] }, { database: db });
  const withOps = operators(plan.summary.plan as PlanNode);
  const withSamples = await sampleSteps(driver, db, corpus.graph, sampling);
  const withMs = loadEstimateMs(withSamples);
  ctx.log(`  with constraints: ${perRow(withSamples)}; plan: ${withOps.join(' < ')}`);

  let dropped: string[] = [];
  let withoutOps: string[] = [];
  let withoutSamples: StepSample[];
  try {
    dropped = await dropConstraints(driver, db);
    const planWithout = await driver.executeQuery(`EXPLAIN ${cypher('seed/nodes')}`, { rows: [] }, { database: db });
    withoutOps = operators(planWithout.summary.plan as PlanNode);
    withoutSamples = await sampleSteps(driver, db, corpus.graph, sampling);
  } finally {
    await emptyDatabase(driver, db);
    await applySchema(driver, db);
  }
  const withoutMs = loadEstimateMs(withoutSamples);
  ctx.log(`  without constraints (${dropped.join(', ')}): ${perRow(withoutSamples)}; plan: ${withoutOps.join(' < ')}`);
  const cut = withoutSamples.filter((s) => s.rows < withSamples.find((w) => w.step === s.step)!.rows).map((s) => s.step);
  const ratio = withoutMs / withMs;
  const seeks = withOps.some((op) => op.startsWith('NodeUniqueIndexSeek'));
  const scans = withoutOps.some((op) => op.startsWith('NodeByLabelScan'));
  const sampled = withSamples.reduce((n, s) => n + s.rows, 0);
  return {
    id: 'constraint-guard',
    title: 'Constraint guard',
    goal: 'the load uses the uniqueness constraints: NodeUniqueIndexSeek in the plan, and without them a re-seed at this size is ≥ 10× slower',
    ratio: round(ratio, 1),
    ratioLabel: `load time at ${counts.nodes} nodes without constraints / with, from the time per row of each step on the same ${sampled} rows`,
    pass: seeks && ratio >= 10,
    figures: {
      documents: corpus.documents,
      nodes: counts.nodes,
      relationships: counts.relationships,
      loadedWith: loaded.how,
      loadMs: round(loaded.ms, 0),
      sampledRows: sampled,
      withEstimateMs: round(withMs, 0),
      withoutEstimateMs: round(withoutMs, 0),
      withPerRow: perRow(withSamples),
      withoutPerRow: perRow(withoutSamples),
      withoutCutShort: cut.join(', ') || 'none',
      planWith: withOps.join(' < '),
      planWithout: withoutOps.join(' < '),
      planWithoutScansLabel: scans,
    },
    notes: [
      `Both sides write the same rows (every ${sampling.every}th row of each step, ${sampling.chunk} rows per statement, one rolled-back transaction per step) into the same loaded graph, each query planned once before its timing; only the constraints differ.`,
      'The estimate is the re-seed of this graph (every MERGE finds its node); a first load without constraints scans labels that grow from empty, on average about half as large, so it would take about half the "without" figure.',
      ...(cut.length > 0
        ? [
            `Without the constraints ${cut.join(', ')} stopped at the ${sampling.stepBudgetMs / 1000} s step budget; the rate is over the rows written.`,
          ]
        : []),
    ],
  };
}
