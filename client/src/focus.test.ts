import { describe, expect, it } from 'vitest';
import { refocusIndex, tabMove } from './focus.ts';

describe('where focus goes after a panel is rebuilt', () => {
  it('goes to the element with the same label, wherever it moved', () => {
    expect(refocusIndex({ id: '', label: 'remove', index: 0 }, ['Reset filters', 'remove'])).toBe(1);
  });

  it('goes to the first of several elements with that label', () => {
    expect(refocusIndex({ id: '', label: 'Show paragraph 9', index: 3 }, ['a', 'Show paragraph 9', 'b', 'Show paragraph 9'])).toBe(1);
  });

  it('goes to the same place when the label is gone, and nowhere when the place is gone too', () => {
    expect([
      refocusIndex({ id: '', label: 'Loading…', index: 1 }, ['a', 'b']),
      refocusIndex({ id: '', label: 'x', index: 2 }, ['a', 'b']),
      refocusIndex({ id: '', label: 'x', index: -1 }, ['a']),
    ]).toEqual([1, -1, -1]);
  });
});

describe('moving along the tab bar by keyboard', () => {
  it('moves right and left with wrapping, to the ends with Home and End, and not at all on other keys', () => {
    expect(['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter'].map((key) => [tabMove(key, 5, 6), tabMove(key, 0, 6)])).toEqual([
      [0, 1],
      [4, 5],
      [0, 0],
      [5, 5],
      [null, null],
    ]);
  });
});
