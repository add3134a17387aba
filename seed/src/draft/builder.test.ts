import { describe, expect, it } from 'vitest';
import { DraftBuilder } from './builder.ts';
import { indexKnown } from './known.ts';
import { fictionalSummary, known } from './testkit.ts';

describe('DraftBuilder', () => {
  const doc = fictionalSummary(['Hana Okafor attended the briefing.']);

  it('refuses a quote that is not an exact substring of its paragraph', () => {
    const b = new DraftBuilder(doc, indexKnown([]));
    expect(() => b.quote(1, 'Hana Okafor attended the meeting')).toThrow(
      'drafter bug: quote "Hana Okafor attended the meeting" is not in paragraph [1] of fiction',
    );
  });

  it('never proposes an edge the model refuses between two kinds', () => {
    const b = new DraftBuilder(doc, indexKnown([]));
    const ev = b.quote(1, 'Hana Okafor');
    const person = b.node({ kind: 'Person', name: 'Hana Okafor' }, ev, 'test', 1);
    const briefing = b.node({ kind: 'Briefing', name: 'The briefing' }, b.quote(1, 'the briefing'), 'test', 1);
    expect([
      b.edge('ATTENDED', briefing, person, ev, 'test', 1),
      b.edge('RESPONDED_WITH', person, briefing, ev, 'test', 1, { order: 1 }),
      b.edge('ATTENDED', person, briefing, ev, 'test', 1),
    ]).toEqual([false, false, true]);
    expect([...b.edges.values()].map((e) => `${e.type} ${e.source} -> ${e.target}`)).toEqual(['ATTENDED hana-okafor -> the-briefing']);
  });

  it('reuses a known entity’s id, kind and name and adds only evidence', () => {
    const b = new DraftBuilder(doc, indexKnown([known('hana-okafor-1', 'Person', 'Hana Okafor', ['Ms. Okafor'])]));
    const id = b.node(
      { kind: 'Person', name: 'Hana Okafor', aliases: ['Ms. Okafor'], description: 'x' },
      b.quote(1, 'Hana Okafor'),
      'test',
      1,
    );
    expect([...b.nodes.values()]).toEqual([
      {
        id: 'hana-okafor-1',
        kind: 'Person',
        name: 'Hana Okafor',
        evidence: [{ paragraph: 1, quote: 'Hana Okafor' }],
        review: 'draft',
        rule: 'test',
        confidence: 1,
      },
    ]);
    expect(id).toBe('hana-okafor-1');
  });

  it('gives a new node an id no known entity has, and no alias a known entity claims', () => {
    const b = new DraftBuilder(doc, indexKnown([known('hana-okafor', 'Organization', 'Okafor Group', ['Ms. Okafor'])]));
    b.node({ kind: 'Person', name: 'Hana Okafor', aliases: ['Ms. Okafor', 'Hana'] }, b.quote(1, 'Hana Okafor'), 'test', 1);
    expect([...b.nodes.values()].map((n) => [n.id, n.aliases])).toEqual([['hana-okafor-2', ['Hana']]]);
  });
});
