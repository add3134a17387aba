// The log throttle on a clock the test moves: the first occurrence at once, then one line per
// interval while the fault recurs, with its count; a quiet interval ends it.
import { describe, expect, it } from 'vitest';
import { createLogThrottle, type LogFields } from './log-throttle.ts';

function throttled(intervalMs = 1000, maxKeys?: number) {
  let t = 0;
  const lines: (LogFields & { count: number })[] = [];
  const throttle = createLogThrottle({
    intervalMs,
    write: (fields) => lines.push(fields),
    now: () => t,
    timers: false,
    ...(maxKeys ? { maxKeys } : {}),
  });
  return { throttle, lines, at: (ms: number) => (t = ms) };
}

describe('the log throttle', () => {
  it('writes the first occurrence at once and the rest of its interval as one line with the count', () => {
    const { throttle, lines, at } = throttled();
    for (let i = 0; i < 500; i++) throttle.note('db', { code: 'DATABASE_UNAVAILABLE', cause: 'ECONNREFUSED' });
    expect(lines).toEqual([{ code: 'DATABASE_UNAVAILABLE', cause: 'ECONNREFUSED', count: 1 }]);
    at(1000);
    throttle.note('db', { code: 'DATABASE_UNAVAILABLE', cause: 'ECONNREFUSED' });
    expect(lines).toEqual([
      { code: 'DATABASE_UNAVAILABLE', cause: 'ECONNREFUSED', count: 1 },
      { code: 'DATABASE_UNAVAILABLE', cause: 'ECONNREFUSED', count: 499 },
    ]);
    // The occurrence at 1000 opened a new, quiet window: it is written when that window ends.
    at(2500);
    throttle.close();
    expect(lines.at(-1)).toEqual({ code: 'DATABASE_UNAVAILABLE', cause: 'ECONNREFUSED', count: 1 });
    expect(lines).toHaveLength(3);
  });

  it('keeps distinct faults apart, and starts afresh after a quiet interval', () => {
    const { throttle, lines, at } = throttled();
    throttle.note('a', { code: 'A' });
    throttle.note('b', { code: 'B' });
    throttle.note('a', { code: 'A' });
    at(1500);
    throttle.note('c', { code: 'C' });
    at(3000);
    throttle.note('a', { code: 'A' });
    expect(lines).toEqual([
      { code: 'A', count: 1 },
      { code: 'B', count: 1 },
      { code: 'A', count: 1 },
      { code: 'C', count: 1 },
      { code: 'A', count: 1 },
    ]);
  });

  it('counts faults past its number of keys under one key, so the log stays bounded', () => {
    const { throttle, lines } = throttled(1000, 2);
    for (let i = 0; i < 100; i++) throttle.note(`fault ${i}`, { code: `F${i}` });
    throttle.close();
    expect(lines).toEqual([
      { code: 'F0', count: 1 },
      { code: 'F1', count: 1 },
      { code: 'F2', count: 1 },
      { code: 'F99', count: 97 },
    ]);
  });
});
