import { describe, expect, it } from 'vitest';
import { kindCounts } from './legend.ts';

describe('the counts beside the kind filters', () => {
  it('counts every node of a kind with no election chosen, and only that election’s once one is', () => {
    const nodes = [
      { kind: 'Person', elections: [2019, 2021] },
      { kind: 'Person', elections: [2021] },
      { kind: 'Briefing', elections: [2019] },
      { kind: 'Claim', elections: [] },
    ];
    expect([...kindCounts(nodes, null)]).toEqual([
      ['Person', 2],
      ['Briefing', 1],
      ['Claim', 1],
    ]);
    expect([...kindCounts(nodes, 2019)]).toEqual([
      ['Person', 1],
      ['Briefing', 1],
    ]);
  });
});
