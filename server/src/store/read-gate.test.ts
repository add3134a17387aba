// The admission gate in front of Neo4j, without Neo4j: slots, the queue's order, refusal when it
// is full or a wait runs out, and one gate per driver.
import { describe, expect, it } from 'vitest';
import { OverloadedError } from '../errors.ts';
import { limitReads, ReadGate, readGate, RETRY_AFTER_SECONDS } from './read-gate.ts';

const LONG_WAIT_MS = 60_000;
const limits = (concurrency: number, queue: number) => ({ concurrency, queue, maxWaitMs: LONG_WAIT_MS });

describe('the read gate', () => {
  it('lets `concurrency` queries in, queues `queue` more in order, and refuses the next at once', async () => {
    const gate = new ReadGate(limits(2, 2));
    const order: string[] = [];
    const first = await gate.enter(LONG_WAIT_MS);
    const second = await gate.enter(LONG_WAIT_MS);
    const admitted = (name: string) => (release: () => void) => {
      order.push(name);
      return release;
    };
    const third = gate.enter(LONG_WAIT_MS).then(admitted('third'));
    const fourth = gate.enter(LONG_WAIT_MS).then(admitted('fourth'));
    const refused = await gate.enter(LONG_WAIT_MS).then(
      () => 'admitted',
      (error: unknown) => (error instanceof OverloadedError ? error.extensions : String(error)),
    );
    expect({ load: gate.load, refused }).toEqual({
      load: { running: 2, waiting: 2 },
      refused: {
        code: 'OVERLOADED',
        retryAfterSeconds: RETRY_AFTER_SECONDS,
        http: { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } },
      },
    });
    first();
    first(); // a second release of the same slot frees nothing more
    (await third)();
    second();
    (await fourth)();
    expect({ order, load: gate.load }).toEqual({ order: ['third', 'fourth'], load: { running: 0, waiting: 0 } });
  });

  it('refuses a query that waited its whole time limit in the queue, or maxWaitMs when shorter, and forgets it', async () => {
    for (const [maxWaitMs, timeLimitMs] of [
      [LONG_WAIT_MS, 50],
      [50, LONG_WAIT_MS],
    ] as const) {
      const gate = new ReadGate({ concurrency: 1, queue: 1, maxWaitMs });
      const held = await gate.enter(LONG_WAIT_MS);
      const started = performance.now();
      const outcome = await gate.enter(timeLimitMs).then(
        () => 'admitted',
        (error: unknown) => (error instanceof OverloadedError ? 'OVERLOADED' : String(error)),
      );
      expect({ outcome, load: gate.load }).toEqual({ outcome: 'OVERLOADED', load: { running: 1, waiting: 0 } });
      expect(performance.now() - started).toBeGreaterThanOrEqual(45);
      expect(performance.now() - started).toBeLessThan(5_000);
      held();
      expect(gate.load).toEqual({ running: 0, waiting: 0 });
    }
  });

  it('refuses at once with no queue at all', async () => {
    const gate = new ReadGate(limits(1, 0));
    await gate.enter(LONG_WAIT_MS);
    await expect(gate.enter(LONG_WAIT_MS)).rejects.toBeInstanceOf(OverloadedError);
  });

  it('has one gate per driver, with the limits given to it or the defaults', () => {
    const driver = {};
    const other = {};
    const given = limitReads(driver, limits(3, 5));
    expect({ same: readGate(driver) === given, limits: readGate(driver).limits, other: readGate(other).limits }).toEqual({
      same: true,
      limits: limits(3, 5),
      other: { concurrency: 8, queue: 16, maxWaitMs: 250 },
    });
  });

  it('refuses limits that would admit nothing', () => {
    expect(() => new ReadGate(limits(0, 4))).toThrow(RangeError);
    expect(() => new ReadGate(limits(2, -1))).toThrow(RangeError);
    expect(() => new ReadGate({ concurrency: 2, queue: 4, maxWaitMs: 0.5 })).toThrow(RangeError);
  });
});
