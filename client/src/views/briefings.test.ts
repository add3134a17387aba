import { describe, expect, it } from 'vitest';
import type { Attendance, Briefing, DocumentInfo, NodeKind } from '../api.ts';
import { buildMatrix, cellWords, evidenceRefs, matrixCsv } from './briefings.ts';
import { parseCsv } from '../../../test/csv-read.ts';

// Fictional people, parties and documents, for the matrix's shape and wording only.
const ref = (id: string, kind: NodeKind = 'Person') => ({ id, kind, name: id.replace(/-/g, ' ') });
const doc = (id: string, witness: string): DocumentInfo => ({
  id,
  title: `Interview Summary: ${witness}`,
  interviewee: witness,
  witnesses: [witness],
  interviewer: 'Commission counsel',
  date: '2024-03-05',
  sections: [],
  interview: null,
});
const documents = new Map([doc('doc-a', 'Ada Example'), doc('doc-b', 'Bea Sample')].map((d) => [d.id, d]));
const evidence = (document: string, paragraph: number, quote = 'q') => ({ document, paragraph, quote });
const briefing = (id: string, election: number): Briefing => ({
  id,
  name: id,
  date: String(election),
  election,
  organizer: ref('site-task-force', 'Organization'),
  attendees: [],
  evidence: [evidence('doc-a', 1)],
});
const attended = (
  person: string,
  event: string,
  election: number | null,
  extra: Partial<Attendance> = {},
  kind: NodeKind = 'Briefing',
): Attendance => ({
  person: ref(person),
  event: { ...ref(event, kind), date: null },
  election,
  negative: false,
  representing: [],
  evidence: [evidence('doc-a', 5)],
  ...extra,
});
const teal = ref('teal-party', 'Organization');
const amber = ref('amber-party', 'Organization');

const data = {
  briefings: [briefing('site-briefings-2021', 2021), briefing('site-briefings-2019', 2019)],
  attendance: [
    attended('ada-example', 'site-briefings-2019', 2019, { representing: [teal] }),
    attended('cal-other', 'site-briefings-2019', 2019, { representing: [amber] }),
    attended('bea-sample', 'site-briefings-2019', 2019, {
      representing: [teal],
      negative: true,
      evidence: [evidence('doc-b', 2, 'Ms. Sample did not attend the 2019 briefings')],
    }),
    attended('ada-example', 'site-briefings-2021', 2021, { representing: [teal], evidence: [evidence('doc-a', 13), evidence('doc-a', 7)] }),
    attended('bea-sample', 'site-briefings-2021', 2021, { representing: [teal], evidence: [evidence('doc-b', 4), evidence('doc-a', 9)] }),
    attended('ada-example', 'cyber-centre-meeting', null, {}, 'Meeting'),
  ],
};

describe('the attendance matrix', () => {
  it('has people as rows, by party and then name, and briefings (by year), then meetings, as columns', () => {
    const m = buildMatrix(data, null);
    expect(m.people.map((p) => [p.id, p.representing.map((o) => o.id)])).toEqual([
      ['cal-other', ['amber-party']],
      ['ada-example', ['teal-party']],
      ['bea-sample', ['teal-party']],
    ]);
    expect(m.events.map((e) => e.id)).toEqual(['site-briefings-2019', 'site-briefings-2021', 'cyber-centre-meeting']);
    expect([...m.cells.keys()].filter((k) => k.startsWith('cal'))).toEqual(['cal-other|site-briefings-2019']);
  });

  it('keeps only the chosen election', () => {
    const m = buildMatrix(data, 2021);
    expect([m.people.map((p) => p.id), m.events.map((e) => e.id)]).toEqual([['ada-example', 'bea-sample'], ['site-briefings-2021']]);
  });

  it('keeps an absence as an absence, and an attendance beside it when documents disagree', () => {
    const both = {
      ...data,
      attendance: [...data.attendance, attended('bea-sample', 'site-briefings-2019', 2019, { evidence: [evidence('doc-a', 3)] })],
    };
    const cell = buildMatrix(both, 2019).cells.get('bea-sample|site-briefings-2019') ?? [];
    expect(cell.map((a) => a.negative)).toEqual([true, false]);
    expect(cellWords(cell, documents)).toBe('did not attend (Sample ¶2); attended (Example ¶3)');
  });
});

describe('the paragraph references of a cell', () => {
  it('name each document once, its paragraphs in order, with the full titles for the hover text', () => {
    expect(evidenceRefs([evidence('doc-b', 4), evidence('doc-a', 13), evidence('doc-a', 7), evidence('doc-a', 13)], documents)).toEqual({
      text: 'Sample ¶4 · Example ¶7, 13',
      title: 'Interview Summary: Bea Sample, paragraph 4; Interview Summary: Ada Example, paragraphs 7, 13',
    });
  });

  it('name an unknown document by its id', () => {
    expect(evidenceRefs([evidence('gone', 3)], documents)).toEqual({ text: 'gone ¶3', title: 'gone, paragraph 3' });
  });
});

describe('the matrix as CSV', () => {
  it('has a row per person with their party, and a column per event saying attended, did not attend or no record', () => {
    const csv = matrixCsv(buildMatrix(data, null), documents);
    expect(parseCsv(csv)).toEqual([
      ['Person', 'Party or organization', 'site-briefings-2019', 'site-briefings-2021', 'cyber centre meeting'],
      ['cal other', 'amber party', 'attended (Example ¶5)', 'no record', 'no record'],
      ['ada example', 'teal party', 'attended (Example ¶5)', 'attended (Example ¶7, 13)', 'attended (Example ¶5)'],
      ['bea sample', 'teal party', 'did not attend (Sample ¶2)', 'attended (Sample ¶4 · Example ¶9)', 'no record'],
    ]);
  });
});
