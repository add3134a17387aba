// Parser for the Foreign Interference Commission's interview summaries, as text extracted from
// the PDF. It relies only on the series' conventions (a title line, "X, the …, was interviewed
// by Y on DATE.", "Notes to reader", numbered headings, paragraphs numbered [n]) and repairs what
// extraction leaves behind, without ever dropping or duplicating a paragraph.
import type { Document, Paragraph, Section } from '../../graph/src/model.ts';
import type { Problem } from './problems.ts';
import { INTERVIEW_FORMS, joinNames, splitNames, witnessesFromTitle } from './title-forms.ts';

export interface ParseResult {
  document?: Document;
  problems: Problem[];
}

const PARAGRAPH_START = /^(?:[-–—•*·▪●◦]\s*)?\[(\d+)\]\s*(.*)$/;
const BULLET = /^[-–—•*·▪●◦]\s+(.*)$/;
const HEADING = /^(\d+(?:\.\d+)*)(?:\.(?!\d)|(?=\s))\s*(\S.*)$/;
const PAGE_ARTIFACT = /^(?:page\s+)?\d{1,3}(?:\s+(?:of|\/)\s+\d{1,3})?$/i;
const NOTES_HEADING = /^notes?\s+to\s+(?:the\s+)?readers?:?$/i;
/** A line that is a note in square brackets as a whole ("[Translated from French]"), not a paragraph number */
const BRACKET_NOTE = /^\[(?!\d+\])([^\]]+)\]$/;
const BRACKET_IN_TITLE = /\s*\[([^\]]+)\]/g;

function interviewLine(line: string): { subject: string; by: string; date: string; names?: string } | undefined {
  for (const form of INTERVIEW_FORMS) {
    const g = form.pattern.exec(line)?.groups;
    if (g?.['subject'] && g['by'] && g['date'])
      return { subject: g['subject'], by: g['by'], date: g['date'], ...(g['names'] ? { names: g['names'] } : {}) };
  }
  return undefined;
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MAX_HEADING_LENGTH = 160;

/** "March 5, 2024" or "5 March 2024" → "2024-03-05" */
export function parseDate(text: string): string | undefined {
  const t = text.trim().replace(/\s+/g, ' ');
  const monthFirst = /^([A-Za-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(t);
  const dayFirst = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(t);
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  if (!monthName || !day || !year) return undefined;
  const month = MONTHS.findIndex((m) => m.startsWith(monthName.toLowerCase()) && monthName.length >= 3);
  const d = Number(day);
  if (month < 0 || d < 1 || d > 31) return undefined;
  const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // Reject dates that do not exist (February 30) by round-tripping through Date.
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

/** Normalise extraction artefacts that are never meaningful: CRLF, form feeds, odd spaces, BOM. */
function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '');
}

/** Collapse whitespace and remove stray punctuation ("theirs. . There" → "theirs. There"). */
export function repairText(text: string): { text: string; repairs: string[] } {
  const repairs: string[] = [];
  let t = text.replace(/\s+/g, ' ').trim();
  const stray = /([.!?;:,])(\s+[.,])+(?=\s|$)/g;
  if (stray.test(t)) {
    t = t.replace(stray, '$1');
    repairs.push('removed stray punctuation');
  }
  const spaceBefore = /(\w)\s+([,;:](?=\s|$)|\.(?=\s|$))/g;
  if (spaceBefore.test(t)) {
    t = t.replace(spaceBefore, '$1$2');
    repairs.push('removed a space before punctuation');
  }
  return { text: t, repairs };
}

/** The line of the first sign that the file is not text (a NUL, or many control characters), or undefined. */
function binaryLine(text: string): number | undefined {
  const sample = text.slice(0, 4096);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what marks a binary file
  const bad = sample.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  const nul = text.indexOf('\u0000');
  if (nul < 0 && bad <= sample.length / 50) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: as above
  const at = nul >= 0 ? nul : sample.search(/[\uFFFD\u0001-\u0008\u000E-\u001F]/);
  return text.slice(0, at).split('\n').length;
}

/** A long piece of input quoted in a message, cut so the message stays readable. */
function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * The witnesses: as the title names them (./title-forms.ts), else as the interview line lists them
 * after a colon or in its subject ("A, the Director, and B were interviewed …"); for a title no form
 * knows, the interview line's first name, as the series' single-witness summaries give it.
 */
function whoWasInterviewed(title: string, interview: { subject: string; names: string[] }): { interviewee: string; witnesses: string[] } {
  const fromTitle = witnessesFromTitle(title);
  const single = interview.subject.split(',')[0]?.trim() ?? '';
  const fromLine = interview.names.length ? interview.names : splitNames(interview.subject);
  if (fromTitle?.witnesses.length) return { interviewee: joinNames(fromTitle.witnesses), witnesses: fromTitle.witnesses };
  if (fromTitle?.panel) {
    const people = fromLine.length ? fromLine : splitNames(interview.subject);
    return { interviewee: people.length ? joinNames(people) : fromTitle.interviewee, witnesses: people };
  }
  return { interviewee: single, witnesses: [single] };
}

interface OpenParagraph {
  number: number;
  section: string;
  line: number;
  parts: string[];
  repairs: string[];
  /** A blank line was seen since the last part: the next part continues across a page break */
  gap: boolean;
}

/**
 * Parse one interview summary. `file` names it in problems; `id` becomes the Document.id.
 * Returns every problem found; `document` is set only when there are none.
 */
export function parseDocument(raw: string, file: string, id: string): ParseResult {
  const problems: Problem[] = [];
  const problem = (message: string, line?: number) => problems.push(line === undefined ? { file, message } : { file, line, message });

  if (raw.trim() === '') {
    problem('the document is empty');
    return { problems };
  }
  const binaryAt = binaryLine(raw);
  if (binaryAt !== undefined) {
    problem('the document is not text (it contains binary data); give the text extracted from the PDF', binaryAt);
    return { problems };
  }

  const lines = normaliseText(raw).split('\n');
  let title: string | undefined;
  let interview: { subject: string; names: string[]; interviewer: string; date: string; line: string } | undefined;
  const notes: string[] = [];
  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const seen = new Map<number, number>();
  let region: 'preamble' | 'notes' | 'body' = 'preamble';
  /** Where the body (the first heading or paragraph) starts: what a missing preamble line is reported against */
  let bodyLine: number | undefined;
  let section = '';
  let open: OpenParagraph | undefined;
  let noteOpen = false;

  const close = () => {
    if (!open) return;
    const { text, repairs } = repairText(open.parts.join(' '));
    if (text === '') problem(`paragraph [${open.number}] is empty`, open.line);
    const all = [...open.repairs, ...repairs];
    paragraphs.push({ number: open.number, section: open.section, text, ...(all.length ? { repairs: all } : {}) });
    open = undefined;
  };

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.trim();
    if (line === '') {
      if (open) open.gap = true;
      noteOpen = false;
      return;
    }
    if (PAGE_ARTIFACT.test(line) && region !== 'preamble') {
      if (open) open.repairs.push(`removed page number "${line}"`);
      return;
    }
    if (title === undefined) {
      if (PARAGRAPH_START.test(line) || HEADING.test(line) || NOTES_HEADING.test(line) || interviewLine(line) !== undefined) {
        problem('the document has no title: its first line should be the title, e.g. "Stage 1 Interview Summary: Jane Doe"', lineNo);
        title = '';
      } else {
        // "[Translated from French]" in a title is a note of the Commission's, not part of the name.
        for (const m of line.matchAll(BRACKET_IN_TITLE)) notes.push((m[1] ?? '').trim());
        title = line.replace(BRACKET_IN_TITLE, '').trim();
        return;
      }
    }

    const bracketNote = BRACKET_NOTE.exec(line);
    if (bracketNote && !(open && !open.gap)) {
      // A note in square brackets between paragraphs is the Commission's note, kept as one, not paragraph text.
      notes.push((bracketNote[1] ?? '').trim());
      noteOpen = false;
      return;
    }

    const para = PARAGRAPH_START.exec(line);
    if (para) {
      close();
      region = 'body';
      bodyLine ??= lineNo;
      const number = Number(para[1]);
      const first = seen.get(number);
      if (first !== undefined) {
        problem(`paragraph [${number}] appears twice (first at line ${first})`, lineNo);
      } else {
        seen.set(number, lineNo);
      }
      open = {
        number,
        section,
        line: lineNo,
        parts: [para[2] ?? ''],
        repairs: /^[-–—•*·▪●◦]/.test(line) ? ['removed a bullet marker before the paragraph number'] : [],
        gap: false,
      };
      return;
    }

    const heading = HEADING.exec(line);
    if (heading && line.length <= MAX_HEADING_LENGTH && !/[.,;:]$/.test(line) && !(open && !open.gap)) {
      close();
      region = 'body';
      bodyLine ??= lineNo;
      section = heading[1] ?? '';
      sections.push({ number: section, title: (heading[2] ?? '').trim() });
      return;
    }

    if (NOTES_HEADING.test(line) && region === 'preamble') {
      region = 'notes';
      return;
    }

    if (open) {
      if (open.gap) open.repairs.push(`joined text continued after a break at line ${lineNo}`);
      open.parts.push(line);
      open.gap = false;
      return;
    }

    if (region === 'notes') {
      const bullet = BULLET.exec(line);
      if (bullet) notes.push(bullet[1] ?? '');
      else if (noteOpen && notes.length) notes[notes.length - 1] += ` ${line}`;
      else notes.push(line);
      noteOpen = true;
      return;
    }

    if (region === 'preamble') {
      const m = interviewLine(line);
      if (m && !interview) {
        const date = parseDate(m.date);
        if (!date) problem(`the interview date "${excerpt(m.date)}" is not a date like "March 5, 2024"`, lineNo);
        interview = { subject: m.subject, names: m.names ? splitNames(m.names) : [], interviewer: m.by.trim(), date: date ?? '', line };
      }
      // Other preamble lines (a subtitle, a sub-heading) carry nothing the graph needs.
      return;
    }

    problem(`text outside any numbered paragraph: "${excerpt(line)}"`, lineNo);
  });
  close();

  if (title === undefined) problem('the document has no title');
  if (!interview) {
    problem(
      'no interview line was found: expected "NAME, the ROLE, was interviewed by WHOM on MONTH D, YYYY." before the first paragraph',
      bodyLine,
    );
  }
  if (paragraphs.length === 0) problem('the document has no numbered paragraphs ([1], [2], …)');

  const numbers = [...seen.keys()].sort((a, b) => a - b);
  numbers.forEach((n, i) => {
    const expected = i === 0 ? 1 : (numbers[i - 1] ?? 0) + 1;
    if (n < expected) problem(`paragraph numbers start at [1], not [${n}]`, seen.get(n));
    else if (n === expected + 1) problem(`paragraph [${expected}] is missing before [${n}]`, seen.get(n));
    else if (n > expected) problem(`paragraphs [${expected}]–[${n - 1}] are missing before [${n}]`, seen.get(n));
  });
  paragraphs.forEach((p, i) => {
    const prev = paragraphs[i - 1];
    if (prev && p.number < prev.number) {
      problem(`paragraph [${p.number}] comes after [${prev.number}]: paragraphs must be in order`, seen.get(p.number));
    }
  });

  if (problems.length > 0 || !interview || title === undefined) return { problems };
  const { interviewee, witnesses } = whoWasInterviewed(title, interview);
  return {
    problems,
    document: {
      id,
      title,
      interviewee,
      witnesses,
      interviewer: interview.interviewer,
      date: interview.date,
      interviewLine: interview.line,
      notes,
      sections,
      paragraphs,
    },
  };
}
