// Dates written for people. The graph keeps dates as ISO 8601 with the precision the text gives
// (2019, 2019-09, 2024-03-05, and intervals such as 2021/2021-09-20, "some time in 2021, up to
// 20 September"); every view shows them through formatDate, so "2021/2021-09-20" never reaches a
// reader and one date reads the same in the trace, the details and the table.
import { MONTH_NAMES } from '../../graph/src/dates.ts';

/** One side of a date: a year, a month of a year, or a day. */
export interface DatePart {
  year: number;
  month: number | null;
  day: number | null;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function parsePart(text: string, whole: string): DatePart {
  const match = PART.exec(text);
  if (!match) throw new Error(`Date "${whole}": "${text}" is not a year, a month or a day (2021, 2021-09, 2021-09-20)`);
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) throw new Error(`Date "${whole}": month ${match[2]} does not exist`);
  if (month !== null && day !== null) {
    // Day 0 of the next month is the last day of this one; UTC, so no time zone moves it.
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > last) throw new Error(`Date "${whole}": ${MONTH_NAMES[month - 1]} ${year} has no day ${match[3]}`);
  }
  return { year, month, day };
}

/** A date of the graph as one part or an interval of two; throws, saying what is wrong, for anything else. */
export function parseDate(text: string): { from: DatePart; to: DatePart | null } {
  const sides = text.split('/');
  if (sides.length > 2) throw new Error(`Date "${text}": an interval has two sides, this has ${sides.length}`);
  const from = parsePart(sides[0] ?? '', text);
  const to = sides[1] === undefined ? null : parsePart(sides[1], text);
  if (to && key(to, 'end') < key(from, 'start')) throw new Error(`Date "${text}": the interval ends before it starts`);
  return { from, to };
}

/** A sortable key for the first or last day a part can mean. */
function key(part: DatePart, side: 'start' | 'end'): string {
  const month = part.month ?? (side === 'start' ? 1 : 12);
  const day = part.day ?? (side === 'start' ? 1 : 31);
  return `${part.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2021", "September 2021", "20 September 2021"; without the year when the context already gives it. */
function words(part: DatePart, withYear = true): string {
  const year = withYear ? String(part.year) : '';
  if (part.month === null) return year;
  const month = MONTH_NAMES[part.month - 1] ?? '';
  return [part.day, month, year].filter((w) => w !== null && w !== '').join(' ');
}

/** Whether `outer` (less precise) is a period that contains all of `inner`. */
function contains(outer: DatePart, inner: DatePart): boolean {
  if (outer.year !== inner.year) return false;
  if (outer.month === null) return inner.month !== null;
  return outer.day === null && inner.month === outer.month && inner.day !== null;
}

function intervalWords(from: DatePart, to: DatePart): string {
  // "Some time in 2021, up to 20 September": a period, then a bound inside it.
  if (contains(from, to)) return `${words(from)}, before ${words(to, false)}`;
  if (contains(to, from)) return `${words(to)}, from ${words(from, false)}`;
  if (from.year === to.year) {
    if (from.month !== null && to.month !== null) {
      // Both days (or both months) of one year: write the year once, and the month once if shared.
      if (from.month === to.month && from.day !== null && to.day !== null)
        return `${from.day}–${to.day} ${MONTH_NAMES[to.month - 1]} ${to.year}`;
      return `${words(from, false)} – ${words(to)}`;
    }
    return words(from);
  }
  return `${words(from)} – ${words(to)}`;
}

/**
 * A date as people write it: "2019", "September 2021", "20 September 2021", "3–5 March 2024",
 * "2021, before 20 September". Text that is not a date of the graph's form is shown as it is:
 * the document's own words are better than nothing, and the seed reports such dates itself.
 */
export function formatDate(text: string): string {
  let date: ReturnType<typeof parseDate>;
  try {
    date = parseDate(text);
  } catch {
    return text;
  }
  if (!date.to || key(date.from, 'start') === key(date.to, 'start')) return words(date.from);
  return intervalWords(date.from, date.to);
}
