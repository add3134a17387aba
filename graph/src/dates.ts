// The dates of the graph (ISO 8601 with the precision the text gives: 2019, 2019-09, 2024-03-05,
// intervals 2021/2021-09-20) as the span of days they can mean. One function for the timeline of
// both stores and for its from/to arguments, so a year is always the same band of days.

/** The months in English, January first: how the viewer writes dates, and words the drafter knows are no names. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY' | 'INTERVAL';

export interface DateSpan {
  /** First day the date can mean, YYYY-MM-DD (2019 → 2019-01-01) */
  start: string;
  /** Last day it can mean, YYYY-MM-DD (2019 → 2019-12-31) */
  end: string;
  precision: DatePrecision;
}

const PART = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** One side of a date: a year, a month or a day; null when it is not a real date of that form. */
function partSpan(text: string): DateSpan | null {
  const match = PART.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: `${match[1]}-01-01`, end: `${match[1]}-12-31`, precision: 'YEAR' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (match[3] === undefined)
    return { start: `${match[1]}-${match[2]}-01`, end: `${match[1]}-${match[2]}-${pad(last)}`, precision: 'MONTH' };
  const day = Number(match[3]);
  if (day < 1 || day > last) return null;
  return { start: text, end: text, precision: 'DAY' };
}

/**
 * The days a date can mean: a year, a month or a day, or an interval of two of these (from the
 * first day of its start to the last day of its end). null for anything else, or an interval
 * that ends before it starts.
 */
export function dateSpan(date: string): DateSpan | null {
  const sides = date.split('/');
  if (sides.length === 1) return partSpan(date);
  if (sides.length !== 2) return null;
  const from = partSpan(sides[0] ?? '');
  const to = partSpan(sides[1] ?? '');
  if (!from || !to || to.end < from.start) return null;
  return { start: from.start, end: to.end, precision: 'INTERVAL' };
}

/** Earliest start first, then the shorter span (of two that start on the same day, the one that ends first). */
export function compareSpans(a: Pick<DateSpan, 'start' | 'end'>, b: Pick<DateSpan, 'start' | 'end'>): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return 0;
}

/** Whether two spans share a day. */
export function spansOverlap(a: Pick<DateSpan, 'start' | 'end'>, b: Pick<DateSpan, 'start' | 'end'>): boolean {
  return a.start <= b.end && b.start <= a.end;
}
