import { describe, expect, it } from 'vitest';
import type { Document } from '../../../graph/src/model.ts';
import { parseDocument } from '../parse.ts';
import { draftDocument, type KnownEntity } from './index.ts';

/** A fictional summary in the series' format, written for this test. */
function summary(paragraphs: string[], sections = '1. Background'): Document {
  const text = `Stage 1 Interview Summary: Jane Doe\n\nJane Doe, the Chief of Staff of the Harbour Party, was interviewed by Commission counsel on February 9, 2024.\n\n${sections}\n\n${paragraphs.map((p, i) => `[${i + 1}] ${p}`).join('\n\n')}\n`;
  const { document, problems } = parseDocument(text, 'fiction.txt', 'fiction');
  if (!document) throw new Error(problems.map((p) => p.message).join('; '));
  return document;
}

const SITE: KnownEntity = { id: 'site-task-force', kind: 'Organization', name: 'SITE Task Force', aliases: ['SITE'], file: 'a.yaml' };
const BRIEFINGS: KnownEntity = {
  id: 'site-briefings-2021',
  kind: 'Briefing',
  name: 'SITE briefings for the 2021 election',
  aliases: [],
  file: 'a.yaml',
};

describe('draftDocument', () => {
  it('gives the same draft for the same input, byte for byte', () => {
    const doc = summary(['Jane Doe attended SITE briefings in respect of the 2021 federal election.']);
    expect(JSON.stringify(draftDocument(doc, [SITE, BRIEFINGS]))).toBe(JSON.stringify(draftDocument(doc, [SITE, BRIEFINGS])));
  });

  it('links a known organization and briefing by their ids, and proposes the attendance', () => {
    const doc = summary(['Jane Doe attended SITE briefings in respect of the 2021 federal election.']);
    const draft = draftDocument(doc, [SITE, BRIEFINGS]);
    expect(draft.nodes.map((n) => [n.id, n.kind, n.name])).toEqual([
      ['2021-federal-election', 'Election', '2021 federal election'],
      ['jane-doe', 'Person', 'Jane Doe'],
      ['site-task-force', 'Organization', 'SITE Task Force'],
      ['site-briefings-2021', 'Briefing', 'SITE briefings for the 2021 election'],
    ]);
    expect(draft.edges.find((e) => e.type === 'ATTENDED')).toEqual({
      type: 'ATTENDED',
      source: 'jane-doe',
      target: 'site-briefings-2021',
      evidence: [{ paragraph: 1, quote: 'Jane Doe attended SITE briefings' }],
      review: 'draft',
      rule: 'attended.verb',
      confidence: 0.8,
    });
  });

  it('marks "did not attend" as a negative attendance', () => {
    const doc = summary(['Jane Doe did not attend the SITE briefings held for the 2021 federal election.']);
    const edge = draftDocument(doc, [SITE, BRIEFINGS]).edges.find((e) => e.type === 'ATTENDED');
    expect(edge && { source: edge.source, target: edge.target, negative: edge.negative, rule: edge.rule }).toEqual({
      source: 'jane-doe',
      target: 'site-briefings-2021',
      negative: true,
      rule: 'attended.negated-verb',
    });
  });

  it('quotes only exact substrings of the paragraph it cites', () => {
    const doc = summary([
      'Jane Doe, the Chief of Staff of the Harbour Party, met twice with Omar Feld. The Party reported the incident to SITE.',
      'A field organizer of the Harbour Party noticed that their campaign email account had been accessed from abroad. The Party reported the breach to SITE and to the email provider, and the organizer changed the password. No further steps were taken.',
    ]);
    const draft = draftDocument(doc, [SITE]);
    const texts = new Map(doc.paragraphs.map((p) => [p.number, p.text]));
    const quotes = [...draft.nodes, ...draft.edges].flatMap((i) => i.evidence);
    expect(quotes.filter((e) => !texts.get(e.paragraph)?.includes(e.quote))).toEqual([]);
  });
});
