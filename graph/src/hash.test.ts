import { describe, expect, it } from 'vitest';
import { fnv1a, mixedHash } from './hash.ts';

describe('the id hashes', () => {
  it('gives FNV-1a’s published 32-bit values', () => {
    // The reference values of FNV-1a 32 for ASCII text (code units equal bytes there).
    expect([fnv1a(''), fnv1a('a'), fnv1a('foobar')]).toEqual([0x811c9dc5, 0xe40c292c, 0xbf9cf968]);
  });

  it('mixes near ids far apart, within 32 unsigned bits, the same on every call', () => {
    const values = ['doc-1', 'doc-2', 'doc-3'].map(mixedHash);
    expect(values.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32)).toBe(true);
    // Consecutive ids differ in their top bits too (FNV-1a alone leaves them close).
    expect(new Set(values.map((v) => v >>> 28)).size).toBeGreaterThan(1);
    expect(values).toEqual(['doc-1', 'doc-2', 'doc-3'].map(mixedHash));
  });
});
