// The shapes of summary the parser accepts, one fictional document each (test/fixtures/shapes/):
// who was interviewed comes from the title forms and interview forms of ./title-forms.ts, and notes
// in square brackets (in the title or between paragraphs) are kept as notes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse.ts';
import { splitNames, witnessesFromTitle } from './title-forms.ts';

const SHAPES = new URL('../../test/fixtures/shapes/', import.meta.url);

function parsed(name: string) {
  const { document, problems } = parseDocument(readFileSync(new URL(`${name}.txt`, SHAPES), 'utf8'), `${name}.txt`, name);
  if (!document) throw new Error(JSON.stringify(problems));
  return {
    title: document.title,
    interviewee: document.interviewee,
    witnesses: document.witnesses,
    notes: document.notes.filter((n) => !n.startsWith('FICTIONAL DOCUMENT')),
  };
}

describe('the shapes of summary', () => {
  it('reads a panel of an agency: the agency in the title, its people after the interview line, a bracketed note kept', () => {
    expect(parsed('panel-of-an-agency')).toEqual({
      title: 'Stage 1 Interview Summary: Officials of the Harbourline Elections Office',
      interviewee: 'Maren Thorsby, Kofi Lindqvist-Amadi and Ruth Okonkwo-Baird',
      witnesses: ['Maren Thorsby', 'Kofi Lindqvist-Amadi', 'Ruth Okonkwo-Baird'],
      notes: ['Note: the officials answered questions together; the summary does not say who gave each answer.'],
    });
    const { document } = parseDocument(readFileSync(new URL('panel-of-an-agency.txt', SHAPES), 'utf8'), 'x.txt', 'x');
    expect(document?.paragraphs.map((p) => p.text)).toEqual([
      'The Harbourline Elections Office runs elections in a fictional province.',
      "The officials described the Office's security review of 2021.",
    ]);
  });

  it('reads a party panel named in the title after a dash', () => {
    expect(parsed('panel-named-in-title')).toEqual({
      title: 'Interview Summary – Larkspur Party Panel (Ingeborg Vance, Dmitri Osei-Halvorsen and Paloma Whitcombe)',
      interviewee: 'Ingeborg Vance, Dmitri Osei-Halvorsen and Paloma Whitcombe',
      witnesses: ['Ingeborg Vance', 'Dmitri Osei-Halvorsen', 'Paloma Whitcombe'],
      notes: [],
    });
  });

  it('reads "Summary of Interview with …" and keeps its bracketed title note as a note', () => {
    expect(parsed('summary-of-interview-with')).toEqual({
      title: 'Summary of Interview with Tobias Feldmann-Ruiz',
      interviewee: 'Tobias Feldmann-Ruiz',
      witnesses: ['Tobias Feldmann-Ruiz'],
      notes: ['Translated from French'],
    });
  });

  it('reads two witnesses named in the title', () => {
    expect(parsed('two-witnesses')).toEqual({
      title: 'Stage 1 Interview Summary: Agnes Holloway-Nakamura and Ilias Brandvold',
      interviewee: 'Agnes Holloway-Nakamura and Ilias Brandvold',
      witnesses: ['Agnes Holloway-Nakamura', 'Ilias Brandvold'],
      notes: [],
    });
  });
});

describe('the title and name forms', () => {
  it('says which form matched, and nothing for a title no form knows', () => {
    expect([
      witnessesFromTitle('Stage 1 Interview Summary: Azam Ishmael'),
      witnessesFromTitle('Interview Summary: Elections Canada (Jane Roe, John Doe)'),
      witnessesFromTitle('Minutes of a meeting'),
    ]).toEqual([
      { witnesses: ['Azam Ishmael'], interviewee: 'Azam Ishmael', form: 'summary-colon/people' },
      {
        witnesses: ['Jane Roe', 'John Doe'],
        interviewee: 'Elections Canada (Jane Roe, John Doe)',
        panel: 'Elections Canada',
        form: 'summary-colon/agency-names',
      },
      undefined,
    ]);
  });

  it('splits lists of names, leaving out roles', () => {
    expect([
      splitNames('Ada Roe, Ben Doe and Cy Poe'),
      splitNames('Ada Roe, the Director, and Ben Doe'),
      splitNames('Ada Roe, Director; Ben Doe, Counsel; and Cy Poe, Adviser.'),
    ]).toEqual([
      ['Ada Roe', 'Ben Doe', 'Cy Poe'],
      ['Ada Roe', 'Ben Doe'],
      ['Ada Roe', 'Ben Doe', 'Cy Poe'],
    ]);
  });
});
