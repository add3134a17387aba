// Dates as the text gives them, as ISO 8601 with the text's precision: "2017" → 2017,
// "September 2019" → 2019-09, "March 5, 2024" → 2024-03-05, "between June and August 2021" →
// 2021-06/2021-08. Hand-written rules: the summaries use a handful of forms (dates.test.ts), all
// five gold sets' dates are among them, and a general parser (chrono-node) would add a dependency
// whose results need its certainty flags read back to keep "September 2019" a month, not a day.
import type { Span } from './text.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const YEAR = '((?:19|20)\\d\\d)';

export interface DateMention extends Span {
  iso: string;
}

function month(name: string): string {
  const n = MONTHS.findIndex((m) => m.startsWith(name.replace('.', '').toLowerCase().slice(0, 3)));
  return String(n + 1).padStart(2, '0');
}

function day(year: string, mon: string, d: string): string | undefined {
  const iso = `${year}-${mon}-${d.padStart(2, '0')}`;
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : undefined;
}

const FORMS: { re: RegExp; iso: (m: RegExpExecArray) => string | undefined }[] = [
  // between June and August 2021 / from June to August 2021
  {
    re: new RegExp(`\\b(?:between|from) ${MONTH} (?:and|to|until) ${MONTH},? ${YEAR}\\b`, 'g'),
    iso: (m) => `${m[3]}-${month(m[1] ?? '')}/${m[3]}-${month(m[2] ?? '')}`,
  },
  // March 5, 2024 / March 5 2024
  { re: new RegExp(`\\b${MONTH} (\\d{1,2}),? ${YEAR}\\b`, 'g'), iso: (m) => day(m[3] ?? '', month(m[1] ?? ''), m[2] ?? '') },
  // 5 March 2024
  { re: new RegExp(`\\b(\\d{1,2}) ${MONTH},? ${YEAR}\\b`, 'g'), iso: (m) => day(m[3] ?? '', month(m[2] ?? ''), m[1] ?? '') },
  // September 2019 / in September of 2019
  { re: new RegExp(`\\b${MONTH},? (?:of )?${YEAR}\\b`, 'g'), iso: (m) => `${m[2]}-${month(m[1] ?? '')}` },
  // between 2019 and 2021 / from 2019 to 2021
  { re: new RegExp(`\\b(?:between|from) ${YEAR} (?:and|to|until) ${YEAR}\\b`, 'g'), iso: (m) => `${m[1]}/${m[2]}` },
  // a bare year
  { re: new RegExp(`\\b${YEAR}\\b`, 'g'), iso: (m) => m[1] },
];

/** Every date in `text`, longest form first where forms overlap, in text order. Offsets are plus `offset`. */
export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = [];
  const taken: boolean[] = [];
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(text); m; m = form.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      const iso = form.iso(m);
      if (!iso) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      found.push({ start: offset + start, end: offset + end, text: m[0], iso });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The years a text names, in order, once each. */
export function yearsIn(text: string): number[] {
  return [...new Set([...text.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => Number(m[1])))];
}
