import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../api.ts';
import { orderPath } from './path.ts';

const edge = (id: string, source: string, target: string): GraphEdge => ({
  id,
  type: 'ATTENDED',
  source,
  target,
  properties: [],
  evidence: [],
  draft: false,
  negative: false,
});

describe('ordering a path', () => {
  it('walks the edges from one end to the other, whatever their order and direction', () => {
    const edges = [
      edge('organized', 'site', 'b19'),
      edge('represented', 'lafrance', 'party'),
      edge('attended', 'caley', 'b19'),
      edge('rep2', 'caley', 'party'),
    ];
    const hops = orderPath('lafrance', 'site', edges);
    expect(hops?.map((h) => [h.edge.id, h.forward, h.from, h.to])).toEqual([
      ['represented', true, 'lafrance', 'party'],
      ['rep2', false, 'party', 'caley'],
      ['attended', true, 'caley', 'b19'],
      ['organized', false, 'b19', 'site'],
    ]);
  });

  it('is empty from a node to itself and null when the edges do not connect the ends', () => {
    expect(orderPath('a', 'a', [])).toEqual([]);
    expect(orderPath('a', 'c', [edge('e', 'a', 'b')])).toBeNull();
  });
});
