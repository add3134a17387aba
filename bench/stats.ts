// Timing helpers. Machines here are shared and noisy: every figure the report compares is a median
// of repeated runs, and two things compared are measured in the same run, interleaved.

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? NaN) + ((sorted[hi] ?? NaN) - (sorted[lo] ?? NaN)) * (pos - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

export interface Sampler {
  name: string;
  run: () => Promise<unknown>;
}

export interface Samples {
  [name: string]: number[];
}

/**
 * Runs every sampler in turn (A, B, A, B, …) so that both see the same moments of machine noise;
 * stops after `rounds` rounds or `maxMs`, whichever comes first, after unmeasured warm-up rounds:
 * `warmup` of them, and for at least `warmupMs` (Neo4j compiles a query's plan to bytecode only
 * after it has run it a number of times, and the JVM its own code after that).
 */
export async function interleave(
  samplers: readonly Sampler[],
  options: { rounds: number; warmup: number; warmupMs?: number; maxMs: number },
): Promise<Samples> {
  const samples: Samples = Object.fromEntries(samplers.map((s) => [s.name, [] as number[]]));
  const warmUntil = performance.now() + (options.warmupMs ?? 0);
  for (let i = 0; i < options.warmup || performance.now() < warmUntil; i++) for (const s of samplers) await s.run();
  const deadline = performance.now() + options.maxMs;
  for (let round = 0; round < options.rounds && performance.now() < deadline; round++) {
    // Alternate the order too, so neither side always runs right after the other's garbage.
    const order = round % 2 === 0 ? samplers : [...samplers].reverse();
    for (const s of order) {
      const { ms } = await timed(s.run);
      samples[s.name]?.push(ms);
    }
  }
  return samples;
}

export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
