// Which loaded entities the workbench suggests for some words. People and documents are fictional, made up for this test.
import { describe, expect, it } from 'vitest';
import { viewerNode } from '../../../test/viewer-elements.ts';
import { localMatches } from './workbench-picker.ts';

describe('localMatches', () => {
  const here = (paragraph: number) => [{ document: 'doc-a', paragraph, quote: 'q' }];
  const nodes = [
    viewerNode('ilse-varga', 'Person', {
      name: 'Ilse Varga',
      aliases: ['Ms. Varga'],
      evidence: [{ document: 'doc-b', paragraph: 1, quote: 'q' }],
    }),
    viewerNode('harbour-league', 'Organization', { name: 'Harbour League', aliases: ['the League'], evidence: here(2) }),
    viewerNode('league-briefing', 'Briefing', { name: 'League briefing' }),
    viewerNode('ivo-varga', 'Person', { name: 'Ivo Varga', evidence: here(3) }),
  ];

  it('finds names and aliases that contain the words, case and accents ignored, exact names first, then this document’s', () => {
    expect(localMatches(nodes, 'VÁRGA', 'doc-a').map((m) => m.id)).toEqual(['ivo-varga', 'ilse-varga']);
    expect(localMatches(nodes, 'the league', 'doc-a').map((m) => m.id)).toEqual(['harbour-league']);
    expect(localMatches(nodes, 'league', 'doc-a').map((m) => m.id)).toEqual(['harbour-league', 'league-briefing']);
  });

  it('finds an entity whose name the selected words contain (a selection wider than the name)', () => {
    expect(localMatches(nodes, 'Ms. Varga said', 'doc-a')).toEqual([{ id: 'ilse-varga', kind: 'Person', name: 'Ilse Varga' }]);
    expect(localMatches(nodes, '   ', 'doc-a')).toEqual([]);
  });
});
