// Where the API's own time goes, question by question (bench/questions.ts), against a Neo4j store on
// the bench corpus: the raw driver, the store call (Cypher + mapping) and app.fetch (yoga, resolvers,
// serialisation; no socket) interleaved, medians printed, and "ours" = app.fetch − store call. Run it
// under node's profiler to see the functions (issue 16 item 5):
//
//   node --cpu-prof --cpu-prof-dir=/tmp/api-prof --import tsx scripts/profile-api.ts --documents=10 --rounds=40
//
// Neo4j: the one at NEO4J_URI (its graph is DELETED, as the bench does) or a throwaway local one.
import { corpusInTempDir } from '../bench/corpus.ts';
import { loadCorpus } from '../bench/load-graph.ts';
import { openBenchNeo4j } from '../bench/neo4j.ts';
import { askRaw, QUESTION_NAMES, questions } from '../bench/questions.ts';
import { median } from '../bench/stats.ts';
import type { BenchContext, BuiltCorpus } from '../bench/types.ts';
import { loadGraph } from '../seed/index.ts';
import { createApp } from '../server/src/app.ts';
import { createNeo4jStore } from '../server/src/store/neo4j-store.ts';

function option(name: string, fallback: number): number {
  const given = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const value = given === undefined ? fallback : Number(given);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0; got ${given}`);
  return value;
}

const documents = option('documents', 10);
const rounds = option('rounds', 40);
const log = (line: string) => console.log(line);
const neo = await openBenchNeo4j(log);
try {
  const generated = await corpusInTempDir({ documents });
  let corpus: BuiltCorpus;
  try {
    corpus = { documents, graph: await loadGraph(generated.dir), docs: generated.corpus.map((d) => d.manifest) };
  } finally {
    await generated.remove();
  }
  const ctx: BenchContext = { quick: true, neo, corpus: async () => corpus, log };
  await loadCorpus(ctx, corpus, { trySeed: true });
  const store = await createNeo4jStore(neo.settings, { queryTimeoutMs: 120_000 });
  const app = createApp({ store, logger: false });
  const qs = questions(corpus.docs);
  for (const name of QUESTION_NAMES) {
    const q = qs[name];
    const body = JSON.stringify({ query: q.graphql, variables: q.variables });
    const ways: Record<'raw' | 'store' | 'fetch', () => Promise<unknown>> = {
      raw: () => askRaw(neo.driver, neo.settings.database, q),
      store: () => q.storeCall(store),
      fetch: async () => {
        const response = await app.fetch('http://127.0.0.1/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        const text = await response.text();
        if (text.includes('"errors"')) throw new Error(`${name}: ${text.slice(0, 300)}`);
      },
    };
    const times: Record<keyof typeof ways, number[]> = { raw: [], store: [], fetch: [] };
    for (let round = -10; round < rounds; round++) {
      for (const way of ['raw', 'store', 'fetch'] as const) {
        const started = performance.now();
        await ways[way]();
        // The first ten rounds warm up (query plans, compiled queries) and are not counted.
        if (round >= 0) times[way].push(performance.now() - started);
      }
    }
    const [raw, called, fetched] = [median(times.raw), median(times.store), median(times.fetch)];
    log(
      `${name}: raw ${raw.toFixed(2)} ms, store ${called.toFixed(2)} ms, app.fetch ${fetched.toFixed(2)} ms, ours ${(fetched - called).toFixed(2)} ms`,
    );
  }
  await store.close();
} finally {
  await neo.stop();
}
