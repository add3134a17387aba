// The API scenarios, all against one loaded corpus at a time: our server (createApp + the Neo4j
// store behind node:http on 127.0.0.1) against the raw driver (API tax), against @neo4j/graphql
// (peer), the in-memory store against the Neo4j store, and latency across corpus sizes (growth).
// A little over 300 lines: the four scenarios share startApi's server, so they stay in one module.
import { openDriver } from '../graph/src/neo4j-connection.ts';
import { createApp } from '../server/src/app.ts';
import { createMemoryStore } from '../server/src/store/memory-store.ts';
import { createNeo4jStore } from '../server/src/store/neo4j-store.ts';
import { DEFAULT_READ_LIMITS, limitReads } from '../server/src/store/read-gate.ts';
import type { GraphStore } from '../server/src/store/types.ts';
import { closedLoop, GraphQLClient, serve, type Served } from './http.ts';
import { loadCorpus, type Loaded } from './load-graph.ts';
import { type AnswerCheck, compareAnswers } from './peer-answers.ts';
import { createPeerApp, peerQuestions } from './peer.ts';
import { askRaw, askStore, questions, QUESTION_NAMES, type QuestionName } from './questions.ts';
import { interleave, median, quantile, round } from './stats.ts';
import type { BenchContext, BuiltCorpus, ScenarioResult } from './types.ts';

export interface LiveApi {
  corpus: BuiltCorpus;
  loaded: Loaded;
  store: GraphStore;
  app: ReturnType<typeof createApp>;
  ours: Served;
  client: GraphQLClient;
  close(): Promise<void>;
}

export async function startApi(ctx: BenchContext, documents: number): Promise<LiveApi> {
  const corpus = await ctx.corpus(documents);
  // The seed's own load where it fits (the bulk-load scenario shows where it stops fitting).
  const loaded = await loadCorpus(ctx, corpus, { trySeed: documents <= 100 });
  // A generous query timeout, and a read gate that queues rather than sheds: a slow answer must be
  // measured, not turned into an error. The gate keeps the server's concurrency towards Neo4j.
  const driver = openDriver(ctx.neo.settings);
  limitReads(driver, { ...DEFAULT_READ_LIMITS, queue: 1_000, maxWaitMs: 120_000 });
  const store = await createNeo4jStore(ctx.neo.settings, { queryTimeoutMs: 120_000, driver });
  // The response cache off: the API scenarios measure the store's path (the cache scenarios add it).
  const app = createApp({ store, logger: false, responseCache: null });
  await expectCacheOff(app);
  const ours = await serve(app);
  const client = new GraphQLClient(ours.url);
  return {
    corpus,
    loaded,
    store,
    app,
    ours,
    client,
    close: async () => {
      client.close();
      await ours.close();
      await store.close();
    },
  };
}

/** Throws unless the app's /health says it keeps no response cache (it lists the cache's counters when one is on). */
async function expectCacheOff(app: ReturnType<typeof createApp>): Promise<void> {
  const res = await app.fetch('http://127.0.0.1/health');
  const body: unknown = await res.json();
  if (typeof body !== 'object' || body === null) throw new Error(`/health answered ${JSON.stringify(body)}`);
  if ('responseCache' in body) throw new Error(`the app measured with the cache off keeps a response cache: ${JSON.stringify(body)}`);
}

/** p50 of each question over HTTP, through the raw driver and from a bare HTTP server, interleaved. */
export async function apiTax(ctx: BenchContext, api: LiveApi): Promise<ScenarioResult> {
  const qs = questions(api.corpus.docs);
  const db = ctx.neo.settings.database;
  const figures: ScenarioResult['figures'] = { documents: api.corpus.documents };
  const ratios: number[] = [];
  for (const name of QUESTION_NAMES) {
    const q = qs[name];
    const body = JSON.stringify({ query: q.graphql, variables: q.variables });
    // The floor of any HTTP API here: node:http answering the same bytes with no work at all.
    const answer = await (
      await api.app.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
    ).text();
    const bare = await serve((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(answer));
    });
    const bareClient = new GraphQLClient(bare.url);
    // Besides the two compared, the layers in between, to say where the difference goes:
    // the store call (query + mapping), the app without a socket (app.fetch) and the bare round trip.
    const samples = await interleave(
      [
        { name: 'http', run: () => api.client.query(q.graphql, q.variables) },
        { name: 'bare', run: () => bareClient.query(q.graphql, q.variables) },
        { name: 'raw', run: () => askRaw(ctx.neo.driver, db, q) },
        { name: 'store', run: () => askStore(api.store, q) },
        {
          name: 'fetch',
          run: async () => {
            const res = await api.app.fetch('http://127.0.0.1/graphql', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body,
            });
            const text = await res.text();
            if (text.includes('"errors"')) throw new Error(text.slice(0, 200));
          },
        },
      ],
      { rounds: ctx.quick ? 30 : 150, warmup: 10, warmupMs: ctx.quick ? 500 : 1_500, maxMs: ctx.quick ? 8_000 : 40_000 },
    );
    bareClient.close();
    await bare.close();
    const [http, raw, store, fetched, bareHttp] = (['http', 'raw', 'store', 'fetch', 'bare'] as const).map((k) => median(samples[k] ?? []));
    // The issue's floor: what any HTTP API over this driver pays, the query plus a bare round trip.
    const ratio = http! / (raw! + bareHttp!);
    ratios.push(ratio);
    Object.assign(figures, {
      [`${name}HttpP50Ms`]: round(http!),
      [`${name}RawP50Ms`]: round(raw!),
      [`${name}Ratio`]: round(ratio),
      [`${name}HttpOverRaw`]: round(http! / raw!),
      [`${name}StoreP50Ms`]: round(store!),
      [`${name}AppFetchP50Ms`]: round(fetched!),
      [`${name}BareHttpP50Ms`]: round(bareHttp!, 3),
      [`${name}Samples`]: samples.http?.length ?? 0,
    });
    ctx.log(
      `  ${name}: HTTP p50 ${round(http!)} ms, raw driver ${round(raw!)} ms + bare HTTP ${round(bareHttp!, 3)} ms (×${round(ratio)}); store call ${round(store!)} ms, app.fetch ${round(fetched!)} ms, bare HTTP round trip ${round(bareHttp!, 3)} ms`,
    );
  }
  const worst = Math.max(...ratios);
  return {
    id: 'api-tax',
    title: 'API tax',
    goal: 'HTTP p50 ≤ 1.15× (raw driver p50 + bare HTTP round trip p50) on every question, cache off',
    ratio: round(worst),
    ratioLabel: `worst of ${QUESTION_NAMES.join(', ')}: HTTP p50 / (raw driver p50 + bare HTTP p50), ${api.corpus.documents} documents`,
    pass: worst <= 1.15,
    figures,
    notes: [
      "The app measured has no response cache (createApp with responseCache: null, checked through /health before the run). *Ratio is the goal's ratio; *HttpOverRaw is HTTP p50 / raw driver p50 alone, the ratio of earlier runs.",
      "HTTP: POST /graphql to createApp with the Neo4j store on 127.0.0.1 (keep-alive, same process); raw: the same cypher/*.cypher sent as the store sends it (an auto-commit query in a READ session) with the store's parameters, records turned into objects. Also measured, interleaved with them: the store method alone (Cypher + mapping + sorting), app.fetch without a socket, and a bare node:http server answering the same bytes with no work (the round trip any HTTP API pays here), to show which layer the difference comes from.",
    ],
  };
}

/** Requests per second, closed loop, ours against @neo4j/graphql on the same database. */
export async function peer(ctx: BenchContext, api: LiveApi): Promise<ScenarioResult> {
  // The whole answers, as the peer gives them: every attendance row, every quote of every node.
  const ourQs = questions(api.corpus.docs, 'complete');
  const theirQs = peerQuestions(api.corpus.docs);
  const names = theirQs.map((q) => q.name);
  const theirs = await serve(await createPeerApp(ctx.neo.driver, ctx.neo.settings.database));
  const theirClient = new GraphQLClient(theirs.url);
  const connections = 16;
  const durationMs = ctx.quick ? 4_000 : 10_000;
  let check: AnswerCheck = { compared: 0, equal: 0, differences: [], leftOut: 0 };
  const rps: Record<'ours' | 'theirs', number[]> = { ours: [], theirs: [] };
  const p50: Record<'ours' | 'theirs', number[]> = { ours: [], theirs: [] };
  try {
    const send = {
      ours: (i: number) => {
        const q = ourQs[names[i % names.length] as QuestionName];
        return api.client.query(q.graphql, q.variables);
      },
      theirs: (i: number) => {
        const q = theirQs[i % theirQs.length]!;
        return theirClient.query(q.graphql, q.variables);
      },
    };
    // The same question must get the same answer, or the ratio compares two different things.
    check = await compareAnswers(api.client, theirClient, ourQs, theirQs, api.corpus.docs[0]?.interviewee ?? '');
    ctx.log(
      `  answers equal to the peer's: ${check.equal} of ${check.compared}${check.differences[0] ? `; first difference: ${check.differences[0]}` : ''}`,
    );
    // Both warmed alike before timing, under the same load (schema caches, query plans, JITs).
    for (const side of ['theirs', 'ours'] as const) await closedLoop(send[side], { connections, durationMs: ctx.quick ? 1_000 : 3_000 });
    const rounds = ctx.quick ? 1 : 2;
    for (let r = 0; r < rounds; r++) {
      for (const side of r % 2 === 0 ? (['ours', 'theirs'] as const) : (['theirs', 'ours'] as const)) {
        const result = await closedLoop(send[side], { connections, durationMs });
        rps[side].push(result.rps);
        p50[side].push(quantile(result.latencies, 0.5));
        ctx.log(
          `  ${side}: ${round(result.rps, 1)} requests/s (${result.count} in ${durationMs / 1000} s, p50 ${round(quantile(result.latencies, 0.5))} ms)`,
        );
      }
    }
  } finally {
    theirClient.close();
    await theirs.close();
  }
  const ratio = median(rps.ours) / median(rps.theirs);
  return {
    id: 'peer',
    title: 'Against the peer',
    goal: "our requests per second ≥ 3× @neo4j/graphql's, cache off, same questions, same database, and the peer's answers equal to ours",
    ratio: round(ratio),
    ratioLabel: `our req/s / @neo4j/graphql req/s, ${connections} connections closed loop, ${durationMs / 1000} s per run, ${api.corpus.documents} documents`,
    pass: ratio >= 3 && check.compared === names.length && check.equal === check.compared,
    figures: {
      documents: api.corpus.documents,
      questions: names.join(', '),
      answersEqual: `${check.equal} of ${check.compared}`,
      ourNeighbourRelationsLeftOut: check.leftOut,
      oursRps: round(median(rps.ours), 1),
      theirsRps: round(median(rps.theirs), 1),
      oursP50Ms: round(median(p50.ours)),
      theirsP50Ms: round(median(p50.theirs)),
    },
    notes: [
      `Answers checked before timing: each question asked once of both, both answers brought to one shape (bench/peer-answers.ts: ids, kinds, names, dates, evidence as document#paragraph quote, every list sorted) and compared whole; ${check.equal} of ${check.compared} equal. Ours is the answer our API gives; the peer's nearest query is in bench/peer.ts. For neighborhood the peer's query gives the centre's own relations only, so ours' relations between two neighbours (${check.leftOut} here) are left out of that comparison.`,
      ...check.differences.map((d) => `Not equal: ${d}`),
      "Our server's read gate keeps at most 8 queries in flight towards Neo4j, as deployed, but here queues the rest instead of shedding them (startApi), so every request timed is an answer; the peer has no gate.",
      "Same client code and connection count for both, each warmed up under the same load (3 s closed loop) before timing; both served by graphql-yoga behind node:http. The peer has no shortest-path query, so the mix is attendance, trace, recommendations, neighborhood in turn. Its schema: bench/peer.ts. Ours is asked for the whole answers the peer gives (questions(…, 'complete'): every attendance row of 2019, every quote of every neighbour), not the pages the viewer asks for.",
    ],
  };
}

/** The in-memory store against the Neo4j store, method by method (no HTTP). Informational. */
export async function stores(ctx: BenchContext, api: LiveApi): Promise<ScenarioResult> {
  const memory = createMemoryStore(api.corpus.graph);
  const qs = questions(api.corpus.docs);
  const figures: ScenarioResult['figures'] = { documents: api.corpus.documents };
  const ratios: number[] = [];
  for (const name of QUESTION_NAMES) {
    const call = (s: GraphStore) => askStore(s, qs[name]);
    const samples = await interleave(
      [
        { name: 'memory', run: () => call(memory) },
        { name: 'neo4j', run: () => call(api.store) },
      ],
      { rounds: ctx.quick ? 30 : 100, warmup: 3, maxMs: ctx.quick ? 10_000 : 30_000 },
    );
    const m = median(samples.memory ?? []);
    const n = median(samples.neo4j ?? []);
    ratios.push(n / m);
    Object.assign(figures, { [`${name}MemoryP50Ms`]: round(m, 3), [`${name}Neo4jP50Ms`]: round(n), [`${name}Ratio`]: round(n / m, 1) });
    ctx.log(`  ${name}: in-memory p50 ${round(m, 3)} ms, Neo4j p50 ${round(n)} ms`);
  }
  await memory.close();
  return {
    id: 'stores',
    title: 'Stores',
    goal: 'informational: in-memory against Neo4j, same store calls',
    ratio: round(median(ratios), 1),
    ratioLabel: `median over the questions of Neo4j store p50 / in-memory store p50, ${api.corpus.documents} documents`,
    pass: null,
    figures,
    notes: ['Store methods called directly, interleaved; no HTTP.'],
  };
}

export const GROWTH_QUESTIONS: readonly QuestionName[] = ['attendance', 'trace', 'neighborhood'];

export interface GrowthPoint {
  documents: number;
  nodes: number;
  relationships: number;
  p50: Partial<Record<QuestionName, number>>;
  bytes: Partial<Record<QuestionName, number>>;
}

/** p50 of the growth questions over HTTP at this size; the sizes are compared in growth(). */
export async function growthPoint(ctx: BenchContext, api: LiveApi): Promise<GrowthPoint> {
  const qs = questions(api.corpus.docs);
  const point: GrowthPoint = {
    documents: api.corpus.documents,
    nodes: api.loaded.nodes,
    relationships: api.loaded.relationships,
    p50: {},
    bytes: {},
  };
  for (const name of GROWTH_QUESTIONS) {
    const q = qs[name];
    let bytes = 0;
    const samples = await interleave([{ name, run: async () => (bytes = await api.client.query(q.graphql, q.variables)) }], {
      rounds: ctx.quick ? 30 : 60,
      // Every size warmed alike: the first size is otherwise measured on a cold server.
      warmup: 10,
      warmupMs: ctx.quick ? 1_000 : 3_000,
      maxMs: ctx.quick ? 6_000 : 30_000,
    });
    point.p50[name] = median(samples[name] ?? []);
    point.bytes[name] = bytes;
    ctx.log(`  growth ${api.corpus.documents} documents, ${name}: p50 ${round(point.p50[name] ?? NaN)} ms, ${bytes} bytes`);
  }
  return point;
}

export function growth(points: readonly GrowthPoint[]): ScenarioResult {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) throw new Error('growth() needs measurements');
  const figures: ScenarioResult['figures'] = {};
  const ratios: number[] = [];
  for (const name of GROWTH_QUESTIONS) {
    const r = (last.p50[name] ?? NaN) / (first.p50[name] ?? NaN);
    ratios.push(r);
    figures[`${name}Ratio`] = round(r, 1);
    figures[`${name}BytesRatio`] = round((last.bytes[name] ?? NaN) / (first.bytes[name] ?? NaN), 1);
    for (const p of points) {
      figures[`${name}P50Ms@${p.documents}`] = round(p.p50[name] ?? NaN);
      figures[`${name}Bytes@${p.documents}`] = p.bytes[name] ?? 0;
    }
  }
  for (const p of points) figures[`elements@${p.documents}`] = p.nodes + p.relationships;
  const worst = Math.max(...ratios);
  return {
    id: 'growth',
    title: 'Growth',
    goal: `p50 of ${GROWTH_QUESTIONS.join(', ')} at most 1.5× from ${first.documents} to ${last.documents} documents, each`,
    ratio: round(worst, 1),
    ratioLabel: `worst p50 at ${last.documents} / p50 at ${first.documents} documents (same questions: document 0's ids)`,
    pass: worst <= 1.5,
    figures,
    notes: [
      "Over HTTP, our server on the Neo4j store; the same ids (the first document's) at every size, so any growth comes from the rest of the graph. Each size is warmed up for 3 s before it is timed (the first size would otherwise be timed on a cold server).",
    ],
  };
}
