import { describe, expect, it } from 'vitest';
import { Memo } from './memo.ts';

describe('Memo', () => {
  const sameLength = (a: string, b: string) => a.length === b.length;

  it('reports a change the first time, then only when the comparison says the inputs differ', () => {
    const memo = new Memo(sameLength);
    expect(['ab', 'cd', 'abc', 'xyz', 'ab'].map((inputs) => memo.changed(inputs))).toEqual([true, false, true, false, true]);
  });

  it('compares with the inputs seen last, not with the ones last reported as changed', () => {
    // Comparing "close enough" numbers: 1 → 1.6 → 2.2 creeps on without one step of more than 0.75.
    const memo = new Memo((a: number, b: number) => Math.abs(a - b) <= 0.75);
    expect([1, 1.6, 2.2, 3.5].map((inputs) => memo.changed(inputs))).toEqual([true, false, false, true]);
  });

  it('reports a change after forget, even for the same inputs', () => {
    const memo = new Memo(sameLength);
    memo.changed('ab');
    memo.forget();
    expect([memo.changed('ab'), memo.changed('ab')]).toEqual([true, false]);
  });
});
