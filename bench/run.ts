// npm run bench [-- --quick] [-- --only=bulk-load,growth,...] [-- --render]
// Generates the corpora, starts a throwaway Neo4j (or uses NEO4J_URI: its graph is DELETED),
// runs the scenarios, prints a table and writes bench/results/latest.json and bench/RESULTS.md.
import { existsSync, readFileSync } from 'node:fs';
import { loadGraph } from '../seed/index.ts';
import { corpusInTempDir } from './corpus.ts';
import { openBenchNeo4j } from './neo4j.ts';
import { environment, modeResultsFile, printTable, treeState, writeReports, type Environment } from './report.ts';
import { apiTax, growth, growthPoint, peer, startApi, stores, type GrowthPoint } from './scenario-api.ts';
import { constraintGuard } from './scenario-constraints.ts';
import { bulkLoad } from './scenario-load.ts';
import { cacheHit, cacheThroughput, incrementalLoad } from './scenario-speed.ts';
import { viewer } from './scenario-viewer.ts';
import type { BenchContext, BuiltCorpus, ScenarioResult } from './types.ts';

const SCENARIOS = [
  'bulk-load',
  'incremental-load',
  'growth',
  'api-tax',
  'peer',
  'stores',
  'cache-hit',
  'cache-throughput',
  'constraint-guard',
  'viewer',
] as const;
type ScenarioId = (typeof SCENARIOS)[number];

function parseArgs(argv: readonly string[]): { quick: boolean; only: Set<ScenarioId> } {
  const quick = argv.includes('--quick');
  const only = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const unknown = only?.filter((o) => !(SCENARIOS as readonly string[]).includes(o)) ?? [];
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}; the scenarios are ${SCENARIOS.join(', ')}`);
  return { quick, only: new Set((only ?? SCENARIOS) as ScenarioId[]) };
}

const t0 = performance.now();
function log(line: string): void {
  process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
}

function failed(id: string, title: string, error: unknown): ScenarioResult {
  const message =
    String(error instanceof Error ? error.message : error)
      .split('\n')[0]
      ?.slice(0, 300) ?? '';
  log(`${id} failed: ${message}`);
  return {
    id,
    title,
    goal: 'the scenario to run',
    ratio: null,
    ratioLabel: 'not measured',
    pass: false,
    figures: {},
    notes: [`The scenario failed: ${message}`],
  };
}

/**
 * A run of some scenarios (--only) keeps the other scenarios' results of the last run of the same
 * mode, so re-measuring one scenario does not throw the rest of the report away.
 */
function mergeWithPrevious(results: readonly ScenarioResult[], mode: 'full' | 'quick'): ScenarioResult[] {
  const file = modeResultsFile(mode);
  if (!existsSync(file)) return [...results];
  const previous: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const p = previous as { environment?: { mode?: string }; results?: ScenarioResult[] };
  if (p.environment?.mode !== mode || !Array.isArray(p.results)) return [...results];
  const fresh = new Map(results.map((r) => [r.id, r]));
  const merged = p.results.map((r) => fresh.get(r.id) ?? r);
  for (const r of results) if (!merged.some((m) => m.id === r.id)) merged.push(r);
  log(
    `kept the results of ${
      p.results
        .filter((r) => !fresh.has(r.id))
        .map((r) => r.id)
        .join(', ') || 'no other scenario'
    } from the previous ${mode} run`,
  );
  return merged;
}

/** --render: write RESULTS.md again from the last full run's results and FINDINGS.md, measuring nothing. */
function render(): void {
  const file = modeResultsFile('full');
  if (!existsSync(file)) throw new Error(`--render needs the results of a full run (${file.pathname}); run npm run bench first`);
  const last = JSON.parse(readFileSync(file, 'utf8')) as { environment: Environment; results: ScenarioResult[] };
  for (const written of writeReports(last.environment, last.results)) log(`wrote ${written}`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) return render();
  const { quick, only } = parseArgs(process.argv.slice(2));
  // What is measured is the tree as it is now: the commit, and any change not committed yet.
  const tree = treeState();
  if (tree.uncommitted.length > 0)
    log(
      `the tree has uncommitted changes (${tree.uncommitted.length} paths outside bench/results and bench/RESULTS.md): the report will say so`,
    );
  const sizes = quick ? [1, 10, 100] : [1, 10, 100, 1000];
  const apiSize = quick ? 10 : 100;
  const corpora = new Map<number, Promise<BuiltCorpus>>();
  const corpus = (documents: number): Promise<BuiltCorpus> => {
    let built = corpora.get(documents);
    if (!built) {
      built = (async () => {
        const started = performance.now();
        const { dir, corpus: docs, remove } = await corpusInTempDir({ documents });
        try {
          const graph = await loadGraph(dir);
          log(
            `corpus of ${documents} documents: ${graph.nodes.length} entities, ${graph.edges.length} curated edges, built in ${Math.round(performance.now() - started)} ms`,
          );
          return { documents, graph, docs: docs.map((d) => d.manifest) };
        } finally {
          await remove();
        }
      })();
      corpora.set(documents, built);
    }
    return built;
  };

  log(`${quick ? 'quick' : 'full'} run: ${[...only].join(', ')}`);
  const neo = await openBenchNeo4j(log);
  const ctx: BenchContext = { quick, neo, corpus, log };
  const results: ScenarioResult[] = [];
  const attempt = async (id: ScenarioId, title: string, fn: () => Promise<ScenarioResult>) => {
    if (!only.has(id)) return;
    log(`— ${title}`);
    try {
      results.push(await fn());
    } catch (error) {
      results.push(failed(id, title, error));
    }
  };
  try {
    await attempt('bulk-load', 'Bulk load', () => bulkLoad(ctx));
    await attempt('incremental-load', 'Incremental load', () => incrementalLoad(ctx));

    const points: GrowthPoint[] = [];
    const needApi = ['growth', 'api-tax', 'peer', 'stores', 'cache-hit', 'cache-throughput'].some((id) => only.has(id as ScenarioId));
    for (const documents of needApi ? sizes : []) {
      if (!only.has('growth') && documents !== apiSize) continue;
      log(`— API at ${documents} documents`);
      const api = await startApi(ctx, documents);
      try {
        if (only.has('growth')) points.push(await growthPoint(ctx, api));
        if (documents === apiSize) {
          await attempt('api-tax', 'API tax', () => apiTax(ctx, api));
          await attempt('peer', 'Against the peer', () => peer(ctx, api));
          await attempt('stores', 'Stores', () => stores(ctx, api));
          await attempt('cache-hit', 'Cache hit', () => cacheHit(ctx, api));
          await attempt('cache-throughput', 'Cache throughput', () => cacheThroughput(ctx, api));
        }
      } finally {
        await api.close();
      }
    }
    await attempt('growth', 'Growth', async () => growth(points));

    await attempt('constraint-guard', 'Constraint guard', () => constraintGuard(ctx));
    await attempt('viewer', 'Viewer', () => viewer(ctx));
  } finally {
    await neo.stop();
  }

  const env = environment(quick ? 'quick' : 'full', neo.version, neo.origin, tree);
  if (env.treeChangedDuringRun) log(`note: ${env.treeChangedDuringRun}`);
  for (const r of results) r.measured = { date: env.date, commit: env.commit, uncommitted: env.uncommitted ?? [] };
  const all = only.size < SCENARIOS.length ? mergeWithPrevious(results, env.mode) : results;
  process.stdout.write(`\n${printTable(all)}\n\n`);
  for (const file of writeReports(env, all)) log(`wrote ${file}`);
  log(`done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
