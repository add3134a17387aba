import { describe, expect, it } from 'vitest';
import { draft, edgeLines, known } from './testkit.ts';

const SITE = known('site-task-force', 'Organization', 'SITE Task Force', ['SITE']);
const B2019 = known('site-briefings-2019', 'Briefing', 'SITE briefings for the 2019 election');
const B2021 = known('site-briefings-2021', 'Briefing', 'SITE briefings for the 2021 election');

describe('elections and briefings', () => {
  it('names elections by year, linking a known one, and keeps a foreign election apart', () => {
    const d = draft(
      ['After the 2016 American election, the Party prepared for the 2019 federal election.'],
      [known('election-2019', 'Election', '2019 federal election', ['2019 election'])],
    );
    expect(d.nodes.filter((n) => n.kind === 'Election').map((n) => [n.id, n.name, n.date ?? null])).toEqual([
      ['2016-american-election', '2016 American election', '2016'],
      ['election-2019', '2019 federal election', null],
    ]);
  });

  it('knows a briefing by its organizer and election year, and links the known one', () => {
    const d = draft(['Jane Doe attended SITE briefings in respect of the 2019 federal election.'], [SITE, B2019, B2021]);
    expect(d.nodes.filter((n) => n.kind === 'Briefing').map((n) => [n.id, n.rule])).toEqual([['site-briefings-2019', 'briefing.known']]);
    expect(edgeLines(d, ['ORGANIZED', 'ATTENDED'])).toEqual([
      'ORGANIZED site-task-force -> site-briefings-2019',
      'ATTENDED jane-doe -> site-briefings-2019',
    ]);
  });

  it('resolves "these briefings" to the last briefing, or to that organizer’s briefings of the year the sentence names', () => {
    const d = draft(
      [
        'Jane Doe attended the SITE briefings for the 2019 federal election.',
        'Jane Doe found these briefings useful. In 2021, Jane Doe again attended these briefings.',
      ],
      [SITE, B2019, B2021],
    );
    expect(d.nodes.filter((n) => n.kind === 'Briefing').map((n) => [n.id, n.evidence.map((e) => `[${e.paragraph}] ${e.quote}`)])).toEqual([
      ['site-briefings-2019', ['[1] SITE briefings', '[2] these briefings']],
      ['site-briefings-2021', ['[2] these briefings']],
    ]);
    expect(edgeLines(d, ['ATTENDED'])).toEqual(['ATTENDED jane-doe -> site-briefings-2019', 'ATTENDED jane-doe -> site-briefings-2021']);
  });

  it('takes the election of the section heading when the sentence names none, and not a year it only compares with', () => {
    const d = draft(
      ['As in 2019, Jane Doe was one of the Harbour Party’s representatives at SITE briefings.'],
      [SITE, B2019, B2021],
      '3. The 2021 Federal Election',
    );
    expect(edgeLines(d, ['ATTENDED'])).toEqual(['ATTENDED jane-doe -> site-briefings-2021']);
  });
});

describe('meetings and nominations', () => {
  it('makes "X met with Y" a meeting both attended, and X MET_WITH Y', () => {
    const d = draft(['On June 3, 2021, Jane Doe met with Omar Feld of the Harbour Party.']);
    expect(d.nodes.filter((n) => n.kind === 'Meeting').map((n) => [n.name, n.date])).toEqual([['Meeting with Omar Feld', '2021-06-03']]);
    expect(edgeLines(d, ['ATTENDED', 'MET_WITH'])).toEqual([
      'ATTENDED jane-doe -> meeting-with-omar-feld',
      'ATTENDED omar-feld -> meeting-with-omar-feld',
      'MET_WITH jane-doe -> omar-feld',
    ]);
  });

  it('counts the meetings of "met twice with X, once in … and once in …"', () => {
    const d = draft(['Jane Doe met twice with Omar Feld in 2021, once in May and once in August.']);
    expect(d.nodes.filter((n) => n.kind === 'Meeting').map((n) => [n.name, n.evidence[0]?.quote])).toEqual([
      ['First meeting with Omar Feld', 'Jane Doe met twice with Omar Feld in 2021, once in May'],
      ['Second meeting with Omar Feld', 'once in August'],
    ]);
  });

  it('places a nomination race in its riding', () => {
    const d = draft(['The media reported on the nomination race in Gull Harbour in 2019.']);
    expect(d.nodes.filter((n) => n.kind === 'Nomination').map((n) => [n.name, n.aliases, n.date])).toEqual([
      ['Gull Harbour nomination race', ['Gull Harbour nomination'], '2019'],
    ]);
    expect(edgeLines(d, ['LOCATED_IN'])).toEqual(['LOCATED_IN gull-harbour-nomination-race -> gull-harbour']);
  });
});

describe('calls and meetings that are had', () => {
  it('reads "had a call with X" as a call both attended', () => {
    const d = draft(['In October 2021, Jane Doe had a call with Omar Feld about the attack.']);
    expect(d.nodes.filter((n) => n.kind === 'Meeting').map((n) => [n.name, n.date])).toEqual([['Call with Omar Feld', '2021-10']]);
    expect(edgeLines(d, ['MET_WITH'])).toEqual(['MET_WITH jane-doe -> omar-feld']);
  });
});
