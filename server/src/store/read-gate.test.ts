// The admission gate in front of Neo4j, without Neo4j: slots, the queue's order, refusal when it
// is full or a wait runs out, and one gate per driver.
import { describe, expect, it } from 'vitest';
import { OverloadedError } from '../errors.ts';
import { limitReads, ReadGate, readGate, RETRY_AFTER_SECONDS } from './read-gate.ts';

const LONG_WAIT_MS = 60_000;

describe('the read gate', () => {
  it('lets `concurrency` queries in, queues `queue` more in order, and refuses the next at once', async () => {
    const gate = new ReadGate({ concurrency: 2, queue: 2 });
    const order: string[] = [];
    const first = await gate.enter(LONG_WAIT_MS);
    const second = await gate.enter(LONG_WAIT_MS);
    const third = gate.enter(LONG_WAIT_MS).then((release) => (order.push('third'), release));
    const fourth = gate.enter(LONG_WAIT_MS).then((release) => (order.push('fourth'), release));
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

  it('refuses a query that waited its whole time limit in the queue, and forgets it', async () => {
    const gate = new ReadGate({ concurrency: 1, queue: 1 });
    const held = await gate.enter(LONG_WAIT_MS);
    const started = performance.now();
    const outcome = await gate.enter(50).then(
      () => 'admitted',
      (error: unknown) => (error instanceof OverloadedError ? 'OVERLOADED' : String(error)),
    );
    expect({ outcome, load: gate.load }).toEqual({ outcome: 'OVERLOADED', load: { running: 1, waiting: 0 } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    held();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('refuses at once with no queue at all', async () => {
    const gate = new ReadGate({ concurrency: 1, queue: 0 });
    await gate.enter(LONG_WAIT_MS);
    await expect(gate.enter(LONG_WAIT_MS)).rejects.toBeInstanceOf(OverloadedError);
  });

  it('has one gate per driver, with the limits given to it or the defaults', () => {
    const driver = {};
    const other = {};
    const given = limitReads(driver, { concurrency: 3, queue: 5 });
    expect({ same: readGate(driver) === given, limits: readGate(driver).limits, other: readGate(other).limits }).toEqual({
      same: true,
      limits: { concurrency: 3, queue: 5 },
      other: { concurrency: 8, queue: 16 },
    });
  });

  it('refuses limits that would admit nothing', () => {
    expect(() => new ReadGate({ concurrency: 0, queue: 4 })).toThrow(RangeError);
    expect(() => new ReadGate({ concurrency: 2, queue: -1 })).toThrow(RangeError);
  });
});
