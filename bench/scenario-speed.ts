// The speed scenarios of issue 16: the response cache (a hit against the bare HTTP round trip of
// the same bytes, and requests per second with hits against misses on the peer's question mix) and
// the incremental load (one document added to a loaded corpus, against loading that document alone
// into an empty database).
import { loadGraph, loadIntoNeo4j, storedFingerprint } from '../seed/index.ts';
import { createApp } from '../server/src/app.ts';
import { createResponseCache } from '../server/src/plugins/response-cache.ts';
import { DEFAULT_READ_LIMITS } from '../server/src/store/read-gate.ts';
import { corpusInTempDir, moveDocumentAside } from './corpus.ts';
import { closedLoop, GraphQLClient, serve } from './http.ts';
import { emptyDatabase } from './neo4j.ts';
import { peerQuestions } from './peer.ts';
import { QUESTION_NAMES, type QuestionName, questions } from './questions.ts';
import type { LiveApi } from './scenario-api.ts';
import { interleave, median, quantile, round } from './stats.ts';
import type { BenchContext, ScenarioResult } from './types.ts';

/** The same app and store as `api`, with the response cache on, behind its own port. */
async function cachedApi(ctx: BenchContext, api: LiveApi) {
  const cache = createResponseCache();
  cache.setGraph(await storedFingerprint(ctx.neo.driver, ctx.neo.settings.database));
  const served = await serve(createApp({ store: api.store, logger: false, responseCache: cache }));
  const client = new GraphQLClient(served.url);
  return {
    cache,
    client,
    close: async () => {
      client.close();
      await served.close();
    },
  };
}

/** p50 of a cache hit over HTTP against a bare node:http server answering the same bytes, per question. */
export async function cacheHit(ctx: BenchContext, api: LiveApi): Promise<ScenarioResult> {
  const qs = questions(api.corpus.docs);
  const cached = await cachedApi(ctx, api);
  const figures: ScenarioResult['figures'] = { documents: api.corpus.documents };
  const ratios: number[] = [];
  try {
    for (const name of QUESTION_NAMES) {
      const q = qs[name];
      const body = JSON.stringify({ query: q.graphql, variables: q.variables });
      const answer = await (
        await api.app.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
      ).text();
      const bare = await serve((req, res) => {
        req.resume();
        req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(answer));
      });
      const bareClient = new GraphQLClient(bare.url);
      // The first request is the miss that fills the cache; every measured one is a hit.
      await cached.client.query(q.graphql, q.variables);
      const samples = await interleave(
        [
          { name: 'hit', run: () => cached.client.query(q.graphql, q.variables) },
          { name: 'bare', run: () => bareClient.query(q.graphql, q.variables) },
          { name: 'miss', run: () => api.client.query(q.graphql, q.variables) },
        ],
        { rounds: ctx.quick ? 30 : 150, warmup: 10, warmupMs: ctx.quick ? 500 : 1_500, maxMs: ctx.quick ? 6_000 : 30_000 },
      );
      bareClient.close();
      await bare.close();
      const [hit, bareP50, miss] = (['hit', 'bare', 'miss'] as const).map((k) => median(samples[k] ?? []));
      ratios.push(hit! / bareP50!);
      Object.assign(figures, {
        [`${name}HitP50Ms`]: round(hit!, 3),
        [`${name}BareHttpP50Ms`]: round(bareP50!, 3),
        [`${name}MissP50Ms`]: round(miss!, 3),
        [`${name}Ratio`]: round(hit! / bareP50!),
      });
      ctx.log(
        `  ${name}: hit p50 ${round(hit!, 3)} ms, bare HTTP ${round(bareP50!, 3)} ms (×${round(hit! / bareP50!)}), miss ${round(miss!)} ms`,
      );
    }
    const stats = cached.cache.stats();
    Object.assign(figures, { hits: stats.hits, misses: stats.misses, entries: stats.entries, bytes: stats.bytes });
  } finally {
    await cached.close();
  }
  const worst = Math.max(...ratios);
  return {
    id: 'cache-hit',
    title: 'Cache hit',
    goal: 'a cache hit p50 ≤ 1.5× the bare HTTP round trip of the same bytes, for each question',
    ratio: round(worst),
    ratioLabel: `worst of ${QUESTION_NAMES.join(', ')}: cache hit p50 / bare HTTP p50, ${api.corpus.documents} documents`,
    pass: worst <= 1.5,
    figures,
    notes: [
      'Hit: POST /graphql to createApp with the Neo4j store and the response cache (server/src/plugins/response-cache.ts), the answer already kept; bare: a node:http server answering the same bytes with no work; miss: the same app without the cache. Interleaved, same client.',
    ],
  };
}

/** Requests per second on the peer's question mix, with every answer a cache hit against the app without the cache. */
export async function cacheThroughput(ctx: BenchContext, api: LiveApi): Promise<ScenarioResult> {
  const ours = questions(api.corpus.docs, 'complete');
  const names = peerQuestions(api.corpus.docs).map((q) => q.name);
  const cached = await cachedApi(ctx, api);
  // The store's read gate runs 8 queries at once (DEFAULT_READ_LIMITS): with as many connections no
  // miss waits for a slot, so none is shed as OVERLOADED on a busy machine and both sides are measured.
  const connections = DEFAULT_READ_LIMITS.concurrency;
  const durationMs = ctx.quick ? 3_000 : 10_000;
  const rps: Record<'hit' | 'miss', number> = { hit: 0, miss: 0 };
  const p50: Record<'hit' | 'miss', number> = { hit: 0, miss: 0 };
  try {
    const send = (client: GraphQLClient) => (i: number) => {
      const q = ours[names[i % names.length] as QuestionName];
      return client.query(q.graphql, q.variables);
    };
    const clients = { hit: cached.client, miss: api.client };
    // Each answer kept first, one request at a time (16 misses at once would be a load test of Neo4j);
    // then the warm-up warms both alike.
    for (const name of new Set(names)) {
      const q = ours[name as QuestionName];
      await cached.client.query(q.graphql, q.variables);
    }
    for (const side of ['hit', 'miss'] as const)
      await closedLoop(send(clients[side]), { connections, durationMs: ctx.quick ? 1_000 : 3_000 });
    for (const side of ['miss', 'hit'] as const) {
      const result = await closedLoop(send(clients[side]), { connections, durationMs });
      rps[side] = result.rps;
      p50[side] = quantile(result.latencies, 0.5);
      ctx.log(`  ${side}: ${round(result.rps, 1)} requests/s (${result.count} in ${durationMs / 1000} s, p50 ${round(p50[side])} ms)`);
    }
  } finally {
    await cached.close();
  }
  const ratio = rps.hit / rps.miss;
  return {
    id: 'cache-throughput',
    title: 'Cache throughput',
    goal: 'requests per second of cache hits ≥ 5× those of cache misses (the app without the cache), on the peer question mix',
    ratio: round(ratio),
    ratioLabel: `cache hit req/s / cache off req/s, ${connections} connections closed loop, ${durationMs / 1000} s each, ${api.corpus.documents} documents`,
    pass: ratio >= 5,
    figures: {
      documents: api.corpus.documents,
      hitRps: round(rps.hit, 1),
      missRps: round(rps.miss, 1),
      hitP50Ms: round(p50.hit, 3),
      missP50Ms: round(p50.miss),
      questions: names.join(', '),
    },
    notes: [
      'The questions of the peer scenario, in their complete form (every attendance row, every quote), asked in turn by 16 connections.',
    ],
  };
}

/** One document added to a loaded corpus of N (an incremental load) against that document alone loaded into an empty database. */
export async function incrementalLoad(ctx: BenchContext): Promise<ScenarioResult> {
  const documents = ctx.quick ? 100 : 1000;
  const { driver, settings } = ctx.neo;
  const db = settings.database;
  // The corpus of N + 1: its first N documents are the corpus of N (each document depends on its index only).
  const { dir, corpus, remove } = await corpusInTempDir({ documents: documents + 1 });
  const last = corpus[corpus.length - 1];
  if (!last) throw new Error('an empty corpus');
  const repetitions = ctx.quick ? 2 : 3;
  const times: Record<'add' | 'remove' | 'alone', number[]> = { add: [], remove: [], alone: [] };
  const paths = new Set<string>();
  let sizes = { nodes: 0, edges: 0 };
  try {
    const withIt = await loadGraph(dir);
    const aloneDir = await moveDocumentAside(dir, last.id);
    const without = await loadGraph(dir);
    const alone = await loadGraph(aloneDir);
    sizes = { nodes: withIt.nodes.length, edges: withIt.edges.length };
    // Unmeasured: the first load of a fresh database creates the schema and plans every query.
    await emptyDatabase(driver, db);
    await loadIntoNeo4j(driver, db, without);
    await loadIntoNeo4j(driver, db, withIt);
    for (let r = 0; r < repetitions; r++) {
      await emptyDatabase(driver, db);
      let started = performance.now();
      const single = await loadIntoNeo4j(driver, db, alone);
      times.alone.push(performance.now() - started);
      await emptyDatabase(driver, db);
      await loadIntoNeo4j(driver, db, without);
      started = performance.now();
      const added = await loadIntoNeo4j(driver, db, withIt);
      times.add.push(performance.now() - started);
      started = performance.now();
      const removed = await loadIntoNeo4j(driver, db, without);
      times.remove.push(performance.now() - started);
      for (const s of [single, added, removed]) paths.add(s.path);
      ctx.log(
        `  alone into empty ${Math.round(times.alone[r]!)} ms (${single.path}); added to ${documents} ${Math.round(times.add[r]!)} ms (${added.path}); removed ${Math.round(times.remove[r]!)} ms (${removed.path})`,
      );
      if (added.path !== 'incremental' || removed.path !== 'incremental')
        throw new Error('the load of one more document was not incremental');
    }
  } finally {
    await remove();
  }
  const [add, removeMs, alone] = (['add', 'remove', 'alone'] as const).map((k) => median(times[k]));
  const ratio = add! / alone!;
  return {
    id: 'incremental-load',
    title: 'Incremental load',
    goal: `adding one document to the ${documents}-document graph ≤ 2× the time of loading that document into an empty database`,
    ratio: round(ratio),
    ratioLabel: `incremental load of document ${documents + 1} into ${documents} documents / that document alone into an empty database, median of ${repetitions}`,
    pass: ratio <= 2,
    figures: {
      documents,
      entities: sizes.nodes,
      relations: sizes.edges,
      addMsMedian: Math.round(add!),
      removeMsMedian: Math.round(removeMs!),
      aloneMsMedian: Math.round(alone!),
    },
    notes: [
      'Each time is the whole loadIntoNeo4j call (schema check, reading the stored digests, the one transaction, the final counts), schema already applied. Removing the document again (the same path back) is measured too.',
    ],
  };
}
