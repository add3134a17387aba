// The workbench's own decisions, without a server. Names and paragraphs are fictional, made up for these tests.
import { describe, expect, it } from 'vitest';
import {
  describeDraft,
  graphChanges,
  quoteAt,
  quoteProblem,
  relationTypesBetween,
  requiredProperties,
  slugOf,
  suggestId,
} from './annotate-model.ts';

describe('suggestId', () => {
  it('makes a lower-case slug of the name, accents and possessives dropped', () => {
    expect([slugOf('Zoë Marchetti'), slugOf("the League's Treasurer"), slugOf('  SITE  (2019) ')]).toEqual([
      'zoe-marchetti',
      'the-league-treasurer',
      'site-2019',
    ]);
  });

  it('numbers the slug when the graph already has that id, and gives nothing for a name without letters or digits', () => {
    expect(suggestId('Zoë Marchetti', new Set(['zoe-marchetti', 'zoe-marchetti-2']))).toBe('zoe-marchetti-3');
    expect(suggestId('Zoë Marchetti', new Set(['someone-else']))).toBe('zoe-marchetti');
    expect(suggestId('—', new Set())).toBe('');
  });

  it('cuts a long name at a word, within 60 characters', () => {
    const id = slugOf('A network of anonymous accounts was sharing a doctored video of the organizer at a rally');
    // The first 60 characters end after "video", but the cut cannot know that the word ends there.
    expect(id).toBe('a-network-of-anonymous-accounts-was-sharing-a-doctored');
    expect(id.length).toBeLessThanOrEqual(60);
  });
});

describe('relationTypesBetween', () => {
  it('offers only the types the model allows between the two kinds', () => {
    expect(relationTypesBetween('Person', 'Briefing')).toEqual(['ATTENDED', 'ORGANIZED']);
    expect(relationTypesBetween('Person', 'Organization')).toEqual(['HELD_ROLE', 'REPRESENTED', 'PART_OF', 'CONSULTED', 'MET_WITH']);
    expect(relationTypesBetween('Claim', 'Claim')).toEqual(['ABOUT', 'CONTRADICTS', 'CORROBORATES']);
    expect(relationTypesBetween('Place', 'Person')).toEqual([]);
  });

  it('names the properties a type requires', () => {
    expect(requiredProperties('HELD_ROLE')).toEqual([{ key: 'role', type: 'string' }]);
    expect(requiredProperties('RESPONDED_WITH')).toEqual([{ key: 'order', type: 'number' }]);
    expect(requiredProperties('ATTENDED')).toEqual([]);
  });
});

describe('quoteAt and quoteProblem', () => {
  const text = 'Ms. Varga and Mr. Lund attended the harbour briefings in 2022.';

  it('takes the selected characters without the spaces around them', () => {
    const start = text.indexOf('Mr. Lund') - 1;
    expect(quoteAt(text, start, start + 'Mr. Lund '.length + 1)).toEqual({ start: start + 1, end: start + 9, quote: 'Mr. Lund' });
    expect(quoteAt(text, 20, 10)).toEqual({ start: 10, end: 20, quote: text.slice(10, 20) });
    expect(quoteAt(text, 9, 10)).toBeNull();
  });

  it('accepts only words found exactly in the paragraph, and says why not', () => {
    expect(quoteProblem(text, 'Mr. Lund attended')).toBeNull();
    expect([quoteProblem(text, ''), quoteProblem(text, ' Mr. Lund'), quoteProblem(text, 'mr. lund')]).toEqual([
      'The quote is empty: select words in the paragraph or type them.',
      'The quote starts or ends with a space.',
      'These words are not in the paragraph exactly as typed (case, spaces and punctuation count).',
    ]);
  });
});

describe('describeDraft', () => {
  it('says what a draft node or relation proposes, naming the ends of a relation', () => {
    const names = new Map([['ilse-varga', 'Ilse Varga']]);
    const nameOf = (id: string) => names.get(id) ?? id;
    const node = { item: 'NODE', kind: 'Person', name: 'Ilse Varga', type: null, source: null, target: null } as const;
    const edge = { item: 'EDGE', kind: null, name: null, type: 'ATTENDED', source: 'ilse-varga', target: 'harbour-briefing' } as const;
    expect([describeDraft(node, nameOf), describeDraft(edge, nameOf)]).toEqual([
      'Person Ilse Varga',
      'Ilse Varga ATTENDED harbour-briefing',
    ]);
  });
});

describe('graphChanges', () => {
  it('finds the items whose facts changed and those that are gone', () => {
    const before = new Map([
      ['a', { id: 'a', draft: true }],
      ['b', { id: 'b', draft: true }],
      ['c', { id: 'c', draft: false }],
    ]);
    const after = [
      { id: 'a', draft: false },
      { id: 'c', draft: false },
      { id: 'd', draft: false },
    ];
    expect(graphChanges(before, after)).toEqual({ changed: [{ id: 'a', draft: false }], removed: ['b'] });
  });
});
