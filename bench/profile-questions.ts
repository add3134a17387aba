// PROFILE of the growth questions (attendance, trace, neighborhood: bench/scenario-api.ts) against
// the Neo4j at NEO4J_URI, with the bench corpus of --documents documents (document 0's ids, as the
// growth scenario asks them): total db hits, rows, the operators that cost most, and the raw
// driver's p50 over --rounds runs. --load first empties that database and loads the corpus (the
// bench's own loader); without it the graph already there is profiled, so a rewrite of a .cypher
// file can be compared on one loaded graph. The numbers in the issue 16 hub work came from here:
//
//   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/profile-questions.ts --documents=1000 --load
//   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx bench/profile-questions.ts --documents=1000 --only=neighborhood
import neo4j from 'neo4j-driver';
import { cypher } from '../graph/src/cypher.ts';
import { neo4jSettingsFromEnv, openDriver } from '../graph/src/neo4j-connection.ts';
import { loadGraph } from '../seed/index.ts';
import { corpusInTempDir } from './corpus.ts';
import { loadCorpus } from './load-graph.ts';
import { questions, type QuestionName } from './questions.ts';
import { median } from './stats.ts';
import type { BenchContext } from './types.ts';

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: Plan[];
}

function isPlan(value: unknown): value is Plan {
  return typeof value === 'object' && value !== null && 'operatorType' in value && 'dbHits' in value && 'children' in value;
}

function operators(plan: Plan): Plan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

const documents = Number(option('documents') ?? '1');
if (!Number.isInteger(documents) || documents < 1) throw new Error(`--documents must be a positive integer, got '${option('documents')}'`);
const rounds = Number(option('rounds') ?? '50');
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer, got '${option('rounds')}'`);
const names: QuestionName[] = (option('only') ?? 'attendance,trace,neighborhood').split(',').map((n) => {
  if (n !== 'attendance' && n !== 'trace' && n !== 'neighborhood') throw new Error(`--only: unknown question '${n}'`);
  return n;
});
if (!process.env.NEO4J_URI) throw new Error('set NEO4J_URI to the Neo4j to profile (its graph is replaced with --load)');

const settings = neo4jSettingsFromEnv(process.env);
const driver = openDriver(settings, { maxTransactionRetryTime: 0 });
const log = (line: string) => process.stderr.write(`${line}\n`);
try {
  const { dir, corpus, remove } = await corpusInTempDir({ documents });
  const docs = corpus.map((d) => d.manifest);
  if (process.argv.includes('--load')) {
    try {
      const graph = await loadGraph(dir);
      const built = { documents, graph, docs };
      const ctx: BenchContext = {
        quick: true,
        neo: { settings, driver, version: '', origin: 'NEO4J_URI', stop: async () => {} },
        corpus: async () => built,
        log,
      };
      const loaded = await loadCorpus(ctx, built, { trySeed: documents <= 100 });
      log(
        `loaded ${documents} documents (${loaded.how}): ${loaded.nodes} nodes, ${loaded.relationships} relationships in ${Math.round(loaded.ms)} ms`,
      );
    } finally {
      await remove();
    }
  } else {
    await remove();
  }
  const qs = questions(docs);
  for (const name of names) {
    const q = qs[name];
    const text = cypher(q.cypherFile);
    const result = await driver.executeQuery(`PROFILE ${text}`, q.params, { database: settings.database });
    const plan: unknown = result.summary.profile;
    if (!isPlan(plan)) throw new Error(`${name}: no profile in the summary`);
    const ops = operators(plan);
    const total = ops.reduce((sum, o) => sum + o.dbHits, 0);
    const costly = [...ops].sort((a, b) => b.dbHits - a.dbHits).slice(0, 6);
    const times: number[] = [];
    for (let i = 0; i < rounds + 5; i++) {
      const started = performance.now();
      const session = driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run(text, q.params);
      } finally {
        await session.close();
      }
      if (i >= 5) times.push(performance.now() - started);
    }
    process.stdout.write(
      `${documents} documents, ${name} (${q.cypherFile}): ${total} db hits, p50 ${median(times).toFixed(2)} ms raw over ${rounds}\n` +
        costly.map((o) => `    ${o.operatorType}: ${o.dbHits} db hits, ${o.rows} rows`).join('\n') +
        '\n',
    );
  }
} finally {
  await driver.close();
}
