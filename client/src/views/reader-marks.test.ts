import { describe, expect, it } from 'vitest';
import { findNames, findQuote, segmentText } from './reader-marks.ts';

// Fictional sentences, made up for these tests.
describe('findNames', () => {
  it('finds names and aliases as whole words, ignoring case and accents, offsets into the original text', () => {
    const text = 'Zoë Marchetti met ZOE MARCHETTI and Ms. Marchettis.';
    expect(findNames(text, ['Zoe Marchetti']).map((r) => text.slice(r.start, r.end))).toEqual(['Zoë Marchetti', 'ZOE MARCHETTI']);
  });

  it('prefers the longer of two overlapping names, and keeps decomposed accents inside the range', () => {
    const text = 'The Harbour League and the Harbour; Ame\u0301lie.';
    expect(findNames(text, ['Harbour', 'Harbour League', 'Amélie']).map((r) => text.slice(r.start, r.end))).toEqual([
      'Harbour League',
      'Harbour',
      'Ame\u0301lie',
    ]);
  });
});

describe('findQuote', () => {
  it('finds every exact occurrence of a quote, and nothing for an empty one', () => {
    expect(findQuote('ab ab ab', 'ab')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 5 },
      { start: 6, end: 8 },
    ]);
    expect(findQuote('ab', '')).toEqual([]);
  });
});

describe('segmentText', () => {
  it('cuts the text at every edge, each piece with the mention, quote and hit covering it', () => {
    const person = { type: 'node' as const, id: 'p', label: 'P' };
    const fact = { type: 'edge' as const, id: 'e', label: 'E' };
    const text = 'Ana met Bo today.';
    expect(
      segmentText(text, [
        { start: 0, end: 3, kind: 'mention', target: person },
        { start: 0, end: 10, kind: 'quote', target: fact },
        { start: 4, end: 7, kind: 'hit' },
        { start: 20, end: 30, kind: 'hit' },
      ]),
    ).toEqual([
      { text: 'Ana', start: 0, mention: person, quote: fact, hit: false },
      { text: ' ', start: 3, quote: fact, hit: false },
      { text: 'met', start: 4, quote: fact, hit: true },
      { text: ' Bo', start: 7, quote: fact, hit: false },
      { text: ' today.', start: 10, hit: false },
    ]);
  });
});
