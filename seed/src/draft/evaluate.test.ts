import { describe, expect, it } from 'vitest';
import { scoreDraft, type Gold } from './evaluate.ts';
import { fictionalSummary } from './testkit.ts';
import type { Draft, DraftNode } from './types.ts';

const doc = fictionalSummary(['Hana Okafor met the head of the Harbour Party. Pieter Vance did not attend.']);
const meta = { review: 'draft' as const, rule: 'test', confidence: 1 };
const node = (id: string, kind: DraftNode['kind'], name: string, quote: string, aliases?: string[]): DraftNode => ({
  id,
  kind,
  name,
  ...(aliases ? { aliases } : {}),
  evidence: [{ paragraph: 1, quote }],
  ...meta,
});

describe('scoreDraft', () => {
  const gold: Gold = {
    nodes: [
      { id: 'hana-okafor', kind: 'Person', name: 'Hana Okafor', evidence: [{ paragraph: 1, quote: 'Hana Okafor' }] },
      {
        id: 'harbour-head',
        kind: 'Person',
        name: 'Head of the Harbour Party',
        aliases: ['party head'],
        evidence: [{ paragraph: 1, quote: 'the head of the Harbour Party' }],
      },
      { id: 'pieter-vance', kind: 'Person', name: 'Pieter Vance', evidence: [{ paragraph: 1, quote: 'Pieter Vance' }] },
      { id: 'harbour-party', kind: 'Organization', name: 'Harbour Party', evidence: [{ paragraph: 1, quote: 'Harbour Party' }] },
    ],
    edges: [
      { type: 'MET_WITH', source: 'hana-okafor', target: 'harbour-head' },
      { type: 'HELD_ROLE', source: 'harbour-head', target: 'harbour-party', properties: { role: 'Head' } },
    ],
  };

  it('matches nodes by id, then by a name or alias, then by overlapping evidence, one to one', () => {
    const draft: Draft = {
      nodes: [
        node('hana-okafor', 'Person', 'Hana Okafor', 'Hana Okafor'),
        node('head-of-harbour', 'Person', 'Party chief', 'head of the Harbour Party'),
        node('vance', 'Person', 'Pieter Vance', 'Pieter Vance did not attend'),
        node('vance-2', 'Person', 'P. Vance', 'Pieter Vance'),
        node('harbour', 'Place', 'Harbour Party', 'Harbour Party'),
      ],
      edges: [
        {
          type: 'MET_WITH',
          source: 'hana-okafor',
          target: 'head-of-harbour',
          evidence: [{ paragraph: 1, quote: 'met the head' }],
          ...meta,
        },
        {
          type: 'HELD_ROLE',
          source: 'head-of-harbour',
          target: 'harbour',
          properties: { role: 'Head' },
          evidence: [{ paragraph: 1, quote: 'the head of' }],
          ...meta,
        },
      ],
    };
    const score = scoreDraft(doc, draft, gold, new Set(['hana-okafor', 'harbour-party']));
    expect(Object.fromEntries(score.nodeMatch)).toEqual({
      'hana-okafor': 'hana-okafor',
      'harbour-head': 'head-of-harbour',
      'pieter-vance': 'vance',
    });
    expect(Object.fromEntries(score.nodes)).toEqual({
      Person: { gold: 3, drafted: 4, matched: 3 },
      Organization: { gold: 1, drafted: 0, matched: 0 },
      Place: { gold: 0, drafted: 1, matched: 0 },
    });
    expect(Object.fromEntries(score.edges)).toEqual({
      MET_WITH: { gold: 1, drafted: 1, matched: 1 },
      HELD_ROLE: { gold: 1, drafted: 1, matched: 0 },
    });
    expect(score.shared).toEqual({ total: 2, linked: 1, missed: ['harbour-party'] });
    expect(score.quotes).toEqual({ total: 7, exact: 7 });
  });

  it('does not match an edge of the other polarity', () => {
    const g: Gold = {
      nodes: [gold.nodes[0]!, gold.nodes[2]!],
      edges: [{ type: 'MET_WITH', source: 'hana-okafor', target: 'pieter-vance', negative: true }],
    };
    const d: Draft = {
      nodes: [node('hana-okafor', 'Person', 'Hana Okafor', 'Hana Okafor'), node('pieter-vance', 'Person', 'Pieter Vance', 'Pieter Vance')],
      edges: [
        { type: 'MET_WITH', source: 'hana-okafor', target: 'pieter-vance', evidence: [{ paragraph: 1, quote: 'Pieter Vance' }], ...meta },
      ],
    };
    expect(scoreDraft(doc, d, g, new Set()).edges.get('MET_WITH')).toEqual({ gold: 1, drafted: 1, matched: 0 });
  });
});
