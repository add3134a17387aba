// Load in rounds against the real server process, with its memory after garbage collection measured
// after each round, and the verdict: no error in any round, memory that does not grow, and (when
// asked) a p99 bound on the requests admitted; requests shed with 503 and Retry-After are not errors.
import { runLoad, type LoadResult } from './load-generator.ts';
import type { MemoryUsage, ServerProcess } from './server-process.ts';

export interface Round extends LoadResult {
  round: number;
  memory: MemoryUsage;
}

export interface RoundsOptions {
  connections: number;
  roundMs: number;
  rounds: number;
  /** A short run first, so the first measured round starts warm (JIT, pools, caches) */
  warmUpMs: number;
}

export interface VerdictOptions {
  /** The most the p99 of the admitted requests may be in a measured round (not the warm-up) */
  p99LimitMs?: number;
}

/**
 * How much the heap and the Buffers it holds (`external`), after GC, may grow from the first
 * measured round to the last: more than this across rounds of the same load is a leak, not noise
 * (which is a few MB here).
 */
export const HEAP_GROWTH_LIMIT_BYTES = 16 * 1024 * 1024;
/**
 * RSS also holds what the allocator keeps after a busier round (CI saw +79 MB from round 1 to 3
 * as throughput rose by two thirds, with the heap flat within 0.7 MB): only a runaway guard.
 */
export const RSS_GROWTH_LIMIT_BYTES = 256 * 1024 * 1024;

/** Rounds are numbered from 1; round 0 is the warm-up, whose errors count too but whose timings and memory do not. */
export async function runRounds(
  server: ServerProcess,
  options: RoundsOptions,
  onRound: (round: Round) => void = () => {},
): Promise<Round[]> {
  const rounds: Round[] = [];
  for (let round = 0; round <= options.rounds; round++) {
    const result = await runLoad({
      base: server.base,
      connections: options.connections,
      durationMs: round === 0 ? options.warmUpMs : options.roundMs,
    });
    const entry = { round, ...result, memory: await server.memory() };
    rounds.push(entry);
    onRound(entry);
  }
  return rounds;
}

/** What went wrong over the rounds, in words; empty when nothing did. */
export function verdict(all: readonly Round[], options: VerdictOptions = {}): string[] {
  const problems = all
    .filter((r) => r.errors > 0)
    .map((r) => `${r.round === 0 ? 'warm-up' : `round ${r.round}`}: ${r.errors} errors, e.g. ${r.errorSamples[0] ?? ''}`);
  const rounds = all.filter((r) => r.round > 0);
  const limit = options.p99LimitMs;
  if (limit !== undefined) {
    for (const r of rounds)
      if (r.p99 > limit) problems.push(`round ${r.round}: p99 ${r.p99} ms of the admitted requests (limit ${limit} ms)`);
    for (const r of rounds) if (r.count - r.shed - r.errors === 0) problems.push(`round ${r.round}: no request was admitted`);
  }
  const first = rounds[0];
  const last = rounds.at(-1);
  if (first && last && last !== first) {
    const heap = last.memory.heapUsed + last.memory.external - (first.memory.heapUsed + first.memory.external);
    const rss = last.memory.rss - first.memory.rss;
    const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
    if (heap > HEAP_GROWTH_LIMIT_BYTES)
      problems.push(
        `the heap and its buffers grew by ${mb(heap)} from round ${first.round} to ${last.round} (limit ${mb(HEAP_GROWTH_LIMIT_BYTES)})`,
      );
    if (rss > RSS_GROWTH_LIMIT_BYTES)
      problems.push(`the RSS grew by ${mb(rss)} from round ${first.round} to ${last.round} (limit ${mb(RSS_GROWTH_LIMIT_BYTES)})`);
  }
  return problems;
}

/** The rounds as a table, one line per round, then one per query of the last round. */
export function table(store: string, rounds: readonly Round[]): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  const row = (cells: (string | number)[]) => cells.map((c, i) => String(c).padStart(i < 2 ? 15 : 10)).join(' ');
  const lines = [
    row(['store', 'round', 'requests', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'shed', 'errors', 'heap MB', 'rss MB']),
  ];
  for (const r of rounds) {
    lines.push(
      row([
        store,
        r.round === 0 ? 'warm-up' : r.round,
        r.count,
        r.perSecond,
        r.p50,
        r.p90,
        r.p99,
        r.max,
        r.shed,
        r.errors,
        mb(r.memory.heapUsed),
        mb(r.memory.rss),
      ]),
    );
  }
  const last = rounds.at(-1);
  if (last) {
    for (const [name, l] of Object.entries(last.byName))
      lines.push(row([store, name, l.count, '', l.p50, l.p90, l.p99, l.max, '', l.errors, '', '']));
  }
  lines.push('(latencies are of the requests admitted; shed: refused with 503 OVERLOADED and Retry-After)');
  return lines.join('\n');
}
