import { describe, expect, it } from 'vitest';
import { ASKED_NAMES, ASKED_PARAGRAPHS, capNote, SHOWN_HITS, snippet } from './search.ts';

// A fictional paragraph, made up for this test.
const text =
  'In the spring of 2022 the Harbour League held its first meeting. Its Chief Organizer, Zoë Marchetti, chaired it and later wrote to every member about the vote that followed, which was close.';

describe('snippet', () => {
  it('shows the paragraph around its first highlight, cut at spaces, the highlights marked', () => {
    const start = text.indexOf('Chief Organizer');
    const parts = snippet({
      paragraph: { document: 'd', number: 3, section: '1', text },
      highlights: [{ start, end: start + 'Chief Organizer'.length }],
    });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Chief Organizer']);
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts[parts.length - 1]).toEqual({ text: '…', mark: false });
    const shown = parts.map((p) => p.text).join('');
    // 40 characters before the highlight, moved on to the next word; 140 characters, back to a space.
    const from = text.indexOf(' ', start - 40) + 1;
    expect(shown).toBe(`…${text.slice(from, text.lastIndexOf(' ', from + 140))}…`);
  });

  it('starts at the beginning when the first highlight is near it, and marks only what is shown', () => {
    const spring = text.indexOf('spring');
    const close = text.indexOf('close');
    const parts = snippet({
      paragraph: { document: 'd', number: 1, section: '1', text },
      highlights: [
        { start: spring, end: spring + 6 },
        { start: close, end: close + 5 },
      ],
    });
    expect(parts[0]).toEqual({ text: 'In the ', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['spring']);
  });
});

describe('saying when the list is cut', () => {
  it('says how many of how many names it shows, "or more" when as many came back as were asked for, and nothing when it shows all', () => {
    expect([
      capNote(SHOWN_HITS, 9, ASKED_NAMES, 'names'),
      capNote(SHOWN_HITS, ASKED_NAMES, ASKED_NAMES, 'names'),
      capNote(SHOWN_HITS, SHOWN_HITS, ASKED_NAMES, 'names'),
      capNote(3, 3, ASKED_NAMES, 'names'),
      capNote(SHOWN_HITS, ASKED_PARAGRAPHS, ASKED_PARAGRAPHS, 'paragraphs'),
      capNote(SHOWN_HITS, SHOWN_HITS, ASKED_PARAGRAPHS, 'paragraphs'),
    ]).toEqual(['8 of 9 names', '8 of 50 or more names', null, null, 'The first 8 paragraphs; more match: add a word to narrow', null]);
  });
});
