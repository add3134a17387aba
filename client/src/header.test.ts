import { describe, expect, it } from 'vitest';
import type { DocumentInfo } from './api.ts';
import { corpusHeader, corpusTitle, joinNames, pickerOptions } from './header.ts';

// Fictional documents (invented witnesses), for the header's wording only.
const doc = (id: string, witnesses: string[], date: string): DocumentInfo => ({
  id,
  title: `Interview Summary: ${witnesses.join(', ')}`,
  interviewee: witnesses.join(', '),
  witnesses,
  interviewer: 'Commission counsel',
  date,
  sections: [],
  interview: { id: `interview-${id}` },
});
const ada = doc('ada', ['Ada Example'], '2024-03-05');
const panel = doc('panel', ['Jane Roe', 'John Doe', 'Kim Poe'], '2024-01-20');
const bea = doc('bea', ['Bea Sample'], '2024-05-02');

describe('the header names the corpus', () => {
  it('names the only document by its title, who was interviewed by whom and when, and what the graph holds', () => {
    expect(corpusHeader([ada], null, { nodes: 2, edges: 0 })).toEqual({
      title: 'Interview Summary: Ada Example',
      meta: 'Interview of Ada Example by Commission counsel, 2024-03-05 · 2 entities, 0 relations, each with its quote',
      interview: { id: 'interview-ada', text: 'Interview of Ada Example by Commission counsel, 2024-03-05' },
    });
  });

  it('names several documents by their number, their witnesses (a panel counts each) and the span of the interviews', () => {
    expect(corpusHeader([ada, panel, bea], null, { nodes: 40, edges: 55 })).toEqual({
      title: '3 interview summaries',
      meta: '5 witnesses, interviewed from 2024-01-20 to 2024-05-02 · 40 entities, 55 relations, each with its quote',
      interview: null,
    });
  });

  it('names the chosen document and its part of the graph, or says that part is loading', () => {
    expect([corpusHeader([ada, panel], 'panel', { nodes: 7, edges: 9 }), corpusHeader([ada, panel], 'panel', null).meta]).toEqual([
      {
        title: 'Interview Summary: Jane Roe, John Doe, Kim Poe',
        meta: 'Interview of Jane Roe, John Doe and Kim Poe by Commission counsel, 2024-01-20 · 7 entities, 9 relations, each with its quote',
        interview: { id: 'interview-panel', text: 'Interview of Jane Roe, John Doe and Kim Poe by Commission counsel, 2024-01-20' },
      },
      'Interview of Jane Roe, John Doe and Kim Poe by Commission counsel, 2024-01-20 · loading its entities…',
    ]);
  });

  it('says when no document is loaded, and names the browser tab after the corpus or the chosen document', () => {
    expect([
      corpusHeader([], null, { nodes: 0, edges: 0 }),
      corpusTitle(new Map(), null),
      corpusTitle(new Map([ada, bea].map((d) => [d.id, d])), null),
      corpusTitle(new Map([ada, bea].map((d) => [d.id, d])), 'bea'),
    ]).toEqual([
      { title: 'No document loaded', meta: '', interview: null },
      undefined,
      '2 interview summaries',
      'Interview Summary: Bea Sample',
    ]);
  });

  it('offers every document, then each by its witnesses’ surnames in the order of the interviews', () => {
    expect(pickerOptions([ada, panel, bea])).toEqual([
      { value: '', label: 'All 3 documents', title: 'Every document of the corpus' },
      { value: 'panel', label: 'Roe, Doe, Poe (2024-01-20)', title: 'Interview Summary: Jane Roe, John Doe, Kim Poe' },
      { value: 'ada', label: 'Example (2024-03-05)', title: 'Interview Summary: Ada Example' },
      { value: 'bea', label: 'Sample (2024-05-02)', title: 'Interview Summary: Bea Sample' },
    ]);
  });

  it('joins names as a sentence does', () => {
    expect([joinNames([]), joinNames(['A']), joinNames(['A', 'B']), joinNames(['A', 'B', 'C'])]).toEqual([
      '',
      'A',
      'A and B',
      'A, B and C',
    ]);
  });
});
