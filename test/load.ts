// The load test (.ci/run calls it after npm test): 100 connections on the questions users ask
// (attendance, trace, recommendations, neighborhood, path, search) against the real server on
// 127.0.0.1, on Neo4j (a throwaway local one, or NEO4J_URI) and on the in-memory store, in rounds,
// with the server's memory after GC between rounds. The server's response cache is on, as deployed,
// so those legs measure mostly cache hits; one more leg on the same Neo4j with RESPONSE_CACHE=0
// (--uncached-rounds, shorter) keeps the store's own throughput in view, under the same checks.
// Prints a table; exits 1 on any error or leak, when the server opened another store than the
// leg's or kept a cache it should not (its /health says both), or when on Neo4j the p99 of the
// requests admitted passes NEO4J_P99_LIMIT_MS (requests shed with 503 OVERLOADED and Retry-After
// are counted apart: the read gate, server/src/store/read-gate.ts, refuses what Neo4j has no room for).
//
//   npx tsx test/load.ts [--seconds 30] [--rounds 3] [--connections 100] [--stores neo4j,memory]
//                        [--uncached-rounds 2] [--uncached-seconds 20]
import { parseArgs } from 'node:util';
import { runRounds, table, verdict } from './load-rounds.ts';
import { openedStore, storeEnv } from './load-stores.ts';
import { spawnReadyServer, type ServerProcess } from './server-process.ts';

/** issue 15: 100 connections on the used-by mix, on Neo4j, answer within this at p99 (those admitted). */
const NEO4J_P99_LIMIT_MS = 500;

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '100' },
    stores: { type: 'string', default: 'neo4j,memory' },
    'uncached-rounds': { type: 'string', default: '2' },
    'uncached-seconds': { type: 'string', default: '20' },
  },
});
const seconds = Number(values.seconds);
const rounds = Number(values.rounds);
const connections = Number(values.connections);
const uncachedRounds = Number(values['uncached-rounds']);
const uncachedSeconds = Number(values['uncached-seconds']);
const stores = values.stores.split(',').filter((s): s is 'neo4j' | 'memory' => s === 'neo4j' || s === 'memory');
if (
  ![seconds, rounds, connections, uncachedSeconds].every((n) => Number.isInteger(n) && n > 0) ||
  !(Number.isInteger(uncachedRounds) && uncachedRounds >= 0) ||
  stores.length === 0
) {
  console.error(
    'usage: tsx test/load.ts [--seconds N] [--rounds N] [--connections N] [--stores neo4j,memory] [--uncached-rounds N (0: none)] [--uncached-seconds N]',
  );
  process.exit(2);
}

interface Leg {
  name: string;
  rounds: number;
  seconds: number;
  /** RESPONSE_CACHE for the server */
  cache: '0' | '1';
}
/** Per store, its legs: the server as deployed (cache on), and on Neo4j the store alone (cache off). */
const legsOf = (store: 'neo4j' | 'memory'): Leg[] => [
  { name: store, rounds, seconds, cache: '1' },
  ...(store === 'neo4j' && uncachedRounds > 0
    ? [{ name: 'neo4j, cache off', rounds: uncachedRounds, seconds: uncachedSeconds, cache: '0' as const }]
    : []),
];

/** Whatever happens, the whole run ends by then: rounds, warm-ups, start-ups and shut-downs. */
const HARD_LIMIT_MS =
  stores.flatMap(legsOf).reduce((ms, leg) => ms + (leg.rounds * leg.seconds + 10) * 1000, 0) + (stores.length + 1) * 2.5 * 60_000;
const watchdog = setTimeout(() => {
  console.error(`load test: still running after ${HARD_LIMIT_MS / 1000} s; giving up`);
  process.exit(1);
}, HARD_LIMIT_MS);
watchdog.unref();

/** Whether the server at `base` keeps a response cache: /health lists its counters when it does. */
async function cacheOn(base: string): Promise<boolean> {
  const body: unknown = await (await fetch(new URL('/health', base))).json();
  if (typeof body !== 'object' || body === null) throw new Error(`/health answered ${JSON.stringify(body)}`);
  return 'responseCache' in body;
}

async function main(): Promise<number> {
  const problems: string[] = [];
  const tables: string[] = [];
  for (const store of stores) {
    let database: Awaited<ReturnType<typeof storeEnv>> | undefined;
    try {
      // One database for the store's legs: the second finds it seeded and starts at once.
      database = await storeEnv(store);
      for (const leg of legsOf(store)) await runLeg(store, leg, database.env, problems, tables);
    } catch (error) {
      problems.push(`${store}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await database?.stop();
    }
  }
  console.log(`\n${tables.join('\n\n')}\n`);
  for (const p of problems) console.error(`FAIL ${p}`);
  console.log(
    problems.length === 0
      ? `load test: no errors, memory flat, Neo4j p99 within ${NEO4J_P99_LIMIT_MS} ms`
      : `load test: ${problems.length} problem(s)`,
  );
  return problems.length === 0 ? 0 : 1;
}

async function runLeg(
  store: 'neo4j' | 'memory',
  leg: Leg,
  env: Record<string, string>,
  problems: string[],
  tables: string[],
): Promise<void> {
  let server: ServerProcess | undefined;
  try {
    server = await spawnReadyServer({ env: { ...env, RESPONSE_CACHE: leg.cache }, probe: true }, 120_000);
    const opened = await openedStore(server.base);
    if (opened !== store) throw new Error(`the server opened the ${opened} store, not ${store} (env ${JSON.stringify(env)})`);
    const cached = await cacheOn(server.base);
    if (cached !== (leg.cache === '1'))
      throw new Error(`RESPONSE_CACHE=${leg.cache}, yet the server's /health says the cache is ${cached ? 'on' : 'off'}`);
    console.log(
      `${leg.name}: server ${server.pid} on ${server.base} (${opened} store, response cache ${cached ? 'on' : 'off'}); ${connections} connections, ${leg.rounds} × ${leg.seconds} s`,
    );
    // A JVM and a query planner start cold: the warm-up lets both settle before anything is measured.
    const results = await runRounds(server, { connections, roundMs: leg.seconds * 1000, rounds: leg.rounds, warmUpMs: 10_000 }, (r) =>
      console.log(
        `  ${r.round === 0 ? 'warm-up' : `round ${r.round}`}: ${r.count} requests, p99 ${r.p99} ms, ${r.shed} shed, ${r.errors} errors, heap ${(r.memory.heapUsed / 1048576).toFixed(1)} MB`,
      ),
    );
    tables.push(table(leg.name, results));
    problems.push(...verdict(results, store === 'neo4j' ? { p99LimitMs: NEO4J_P99_LIMIT_MS } : {}).map((p) => `${leg.name}: ${p}`));
  } catch (error) {
    problems.push(`${leg.name}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    const code = await server?.stop();
    if (code !== undefined && code !== 0) problems.push(`${leg.name}: the server exited with ${code} when stopped`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
