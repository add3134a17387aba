import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDate, parseDocument, repairText } from './parse.ts';
import { ISHMAEL_DOCUMENT_FILE } from '../../test/fixtures.ts';

const ISHMAEL = readFileSync(ISHMAEL_DOCUMENT_FILE, 'utf8');

/** A small summary in the series' format, to vary without touching the real document. */
function summary(
  body: string,
  header = 'Stage 1 Interview Summary: Jane Doe\n\nJane Doe, the Chief of Staff, was interviewed by Commission counsel on February 9, 2024.\n\n',
): string {
  return `\n\n${header}${body}`;
}

describe('parsing the Ishmael interview summary', () => {
  const { document, problems } = parseDocument(ISHMAEL, 'documents/ishmael.txt', 'ishmael');

  it('reports no problems', () => {
    expect(problems).toEqual([]);
  });

  it('reads the title, interviewee, interviewer and interview date', () => {
    expect(
      document && { title: document.title, interviewee: document.interviewee, interviewer: document.interviewer, date: document.date },
    ).toEqual({
      title: 'Stage 1 Interview Summary: Azam Ishmael',
      interviewee: 'Azam Ishmael',
      interviewer: 'Commission counsel',
      date: '2024-03-05',
    });
  });

  it('yields paragraphs 1 to 22, in order, each once', () => {
    expect(document?.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
  });

  it('joins paragraphs 2 and 17 across their page breaks', () => {
    const text = (n: number) => document?.paragraphs.find((p) => p.number === n)?.text;
    expect(text(2)).toContain("oversaw the updating of the Party's approach to cybersecurity. While this work");
    expect(text(2)).toMatch(/exposed to\.$/);
    expect(text(17)).toContain('subsequent media reporting on foreign interference, the Liberal Party does not believe');
    expect(text(17)).toMatch(/particular riding\.$/);
  });

  it('removes bullet markers and stray punctuation, and says so', () => {
    const p3 = document?.paragraphs.find((p) => p.number === 3);
    const p9 = document?.paragraphs.find((p) => p.number === 9);
    expect(p3?.text.startsWith('The Canadian Center for Cybersecurity')).toBe(true);
    expect(p3?.repairs).toEqual(['removed a bullet marker before the paragraph number']);
    expect(p9?.text).toContain('was not theirs. There was no apparent activity');
    expect(p9?.repairs).toEqual(['removed stray punctuation']);
  });

  it('reads the numbered sections and puts each paragraph in its innermost section', () => {
    expect(document?.sections.map((s) => s.number)).toEqual([
      '1',
      '2',
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '2.5',
      '3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '4',
    ]);
    expect(document?.sections.find((s) => s.number === '2.4')?.title).toBe('Social media account breach and response');
    expect(Object.fromEntries(document?.paragraphs.map((p) => [p.number, p.section]) ?? [])).toMatchObject({
      1: '1',
      2: '2.1',
      5: '2.3',
      9: '2.4',
      14: '3.4',
      18: '4',
      22: '4',
    });
  });

  it('keeps the notes to reader', () => {
    expect(document?.notes).toHaveLength(2);
    expect(document?.notes[0]).toBe('Commission Counsel have provided explanatory notes in square brackets to assist the reader.');
  });

  it('keeps typographic characters exactly as the source has them', () => {
    expect(document?.paragraphs.find((p) => p.number === 14)?.text).toContain('the “ordinarily reside in Canada” requirement');
  });
});

describe('parsing other summaries of the series', () => {
  it('does not depend on the section titles or the number of paragraphs', () => {
    const { document, problems } = parseDocument(
      summary('1. Role\n\n[1] First.\n\n2. Events\n\n2.1 A meeting\n\n[2] Second.\n\n[3] Third.\n'),
      'x.txt',
      'x',
    );
    expect(problems).toEqual([]);
    expect(document?.paragraphs).toEqual([
      { number: 1, section: '1', text: 'First.' },
      { number: 2, section: '2.1', text: 'Second.' },
      { number: 3, section: '2.1', text: 'Third.' },
    ]);
    expect(document?.sections).toEqual([
      { number: '1', title: 'Role' },
      { number: '2', title: 'Events' },
      { number: '2.1', title: 'A meeting' },
    ]);
  });

  it('joins a paragraph split by a form feed, a page number and CRLF line ends', () => {
    const { document, problems } = parseDocument(
      summary('1. Background\r\n\r\n[1] The text runs\r\n\f\r\n3\r\n\r\nonto the next page.\r\n'),
      'x.txt',
      'x',
    );
    expect(problems).toEqual([]);
    expect(document?.paragraphs[0]?.text).toBe('The text runs onto the next page.');
  });

  it('collapses odd whitespace (non-breaking spaces, tabs, zero-width spaces)', () => {
    const { document } = parseDocument(summary('1. B\n\n[1]\u00A0A\tB\u200B  C .\n'), 'x.txt', 'x');
    expect(document?.paragraphs[0]?.text).toBe('A B C.');
  });

  it('accepts "5 March 2024" dates and panel interviews', () => {
    const header = 'Interview Summary: Panel\n\nJane Doe and John Roe were interviewed by Commission counsel on 5 March 2024.\n\n';
    const { document, problems } = parseDocument(summary('1. B\n\n[1] Text.\n', header), 'x.txt', 'x');
    expect(problems).toEqual([]);
    expect(document && [document.interviewee, document.witnesses, document.date]).toEqual([
      'Jane Doe and John Roe',
      ['Jane Doe', 'John Roe'],
      '2024-03-05',
    ]);
  });
});

describe('reporting malformed documents', () => {
  const problemsOf = (text: string) => parseDocument(text, 'documents/bad.txt', 'bad').problems;

  it('rejects an empty document', () => {
    expect(problemsOf('  \n\n')).toEqual([{ file: 'documents/bad.txt', message: 'the document is empty' }]);
  });

  it('rejects binary data', () => {
    expect(problemsOf('%PDF-1.7\u0000\u0001\u0002binary')[0]?.message).toMatch(/not text/);
  });

  it('names the line of a duplicated paragraph number', () => {
    expect(problemsOf(summary('1. B\n\n[1] One.\n\n[2] Two.\n\n[2] Again.\n'))).toEqual([
      { file: 'documents/bad.txt', line: 13, message: 'paragraph [2] appears twice (first at line 11)' },
    ]);
  });

  it('names a missing paragraph number', () => {
    expect(problemsOf(summary('1. B\n\n[1] One.\n\n[3] Three.\n'))).toEqual([
      { file: 'documents/bad.txt', line: 11, message: 'paragraph [2] is missing before [3]' },
    ]);
  });

  it('reports a document without a title', () => {
    expect(problemsOf('[1] Text.\n')[0]).toEqual({
      file: 'documents/bad.txt',
      line: 1,
      message: 'the document has no title: its first line should be the title, e.g. "Stage 1 Interview Summary: Jane Doe"',
    });
  });

  it('reports a missing interview line and an impossible date', () => {
    expect(problemsOf('Title\n\n1. B\n\n[1] Text.\n').map((p) => p.message)).toEqual([
      'no interview line was found: expected "NAME, the ROLE, was interviewed by WHOM on MONTH D, YYYY." before the first paragraph',
    ]);
    const header = 'Title\n\nJane Doe, the Chief, was interviewed by Commission counsel on February 30, 2024.\n\n';
    expect(problemsOf(summary('1. B\n\n[1] Text.\n', header)).map((p) => p.message)).toEqual([
      'the interview date "February 30, 2024" is not a date like "March 5, 2024"',
    ]);
  });

  it('reports text that belongs to no numbered paragraph instead of dropping it', () => {
    expect(problemsOf(summary('1. B\n\nStray prose.\n\n[1] Text.\n'))).toEqual([
      { file: 'documents/bad.txt', line: 9, message: 'text outside any numbered paragraph: "Stray prose."' },
    ]);
  });

  it('reports a document with no numbered paragraphs', () => {
    expect(problemsOf(summary('1. B\n')).map((p) => p.message)).toEqual(['the document has no numbered paragraphs ([1], [2], …)']);
  });
});

describe('small helpers', () => {
  it('parses dates in both orders and rejects nonsense', () => {
    expect([
      parseDate('March 5, 2024'),
      parseDate('5 March 2024'),
      parseDate('Sept. 20, 2021'),
      parseDate('Smarch 5, 2024'),
      parseDate('2024'),
    ]).toEqual(['2024-03-05', '2024-03-05', '2021-09-20', undefined, undefined]);
  });

  it('repairs stray punctuation without touching ellipses or abbreviations', () => {
    expect(repairText('theirs. . There').text).toBe('theirs. There');
    expect(repairText('Mr. Ishmael met the U.S. team').text).toBe('Mr. Ishmael met the U.S. team');
    expect(repairText('wait... what').text).toBe('wait... what');
  });
});
