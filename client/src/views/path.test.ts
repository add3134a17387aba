import { describe, expect, it } from 'vitest';
import type { GraphEdge } from '../api.ts';
import { viewerEdge } from '../../../test/viewer-elements.ts';
import { hopSentence, orderPath } from './path.ts';

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

describe('a hop in words', () => {
  it('reads as a sentence in the direction recorded, with the role and each ¶ naming its document', () => {
    const names = new Map([
      ['roe', 'Jane Roe'],
      ['party', 'Fictional Party'],
    ]);
    const documents = new Map([['interview-roe', { id: 'interview-roe', title: 'Interview Summary: Jane Roe', interviewee: 'Jane Roe' }]]);
    const held = viewerEdge('h', 'HELD_ROLE', 'roe', 'party', {
      properties: [{ key: 'role', value: 'Organizer' }],
      evidence: [
        { document: 'interview-roe', paragraph: 5, quote: 'Ms. Roe, an organizer of the Party' },
        { document: 'interview-roe', paragraph: 5, quote: 'the Party' },
        { document: 'interview-roe', paragraph: 7, quote: 'as organizer' },
      ],
    });
    expect(hopSentence(held, { nodeName: (id) => names.get(id) ?? id }, documents)).toEqual({
      text: 'Jane Roe held a role in Fictional Party (Organizer)',
      refs: [
        { text: 'Roe ¶5', title: 'Interview Summary: Jane Roe, paragraph 5' },
        { text: 'Roe ¶7', title: 'Interview Summary: Jane Roe, paragraph 7' },
      ],
    });
  });
});
