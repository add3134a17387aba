import { describe, expect, it } from 'vitest';
import { compareSpans, dateSpan, spansOverlap } from './dates.ts';

describe('dateSpan', () => {
  it('gives a year, a month and a day the first and last day they can mean', () => {
    expect(dateSpan('2019')).toEqual({ start: '2019-01-01', end: '2019-12-31', precision: 'YEAR' });
    expect(dateSpan('2019-09')).toEqual({ start: '2019-09-01', end: '2019-09-30', precision: 'MONTH' });
    expect(dateSpan('2024-03-05')).toEqual({ start: '2024-03-05', end: '2024-03-05', precision: 'DAY' });
  });

  it('knows the length of February in leap years and others', () => {
    expect(dateSpan('2024-02')?.end).toBe('2024-02-29');
    expect(dateSpan('2023-02')?.end).toBe('2023-02-28');
    expect(dateSpan('2000-02')?.end).toBe('2000-02-29');
    expect(dateSpan('1900-02')?.end).toBe('1900-02-28');
  });

  it('spans an interval from the first day of its start to the last day of its end, whatever their precisions', () => {
    expect(dateSpan('2021/2021-09-20')).toEqual({ start: '2021-01-01', end: '2021-09-20', precision: 'INTERVAL' });
    expect(dateSpan('2019-09/2019-10')).toEqual({ start: '2019-09-01', end: '2019-10-31', precision: 'INTERVAL' });
    expect(dateSpan('2019-09-11/2019-10-21')).toEqual({ start: '2019-09-11', end: '2019-10-21', precision: 'INTERVAL' });
  });

  it.each([
    ['', 'empty'],
    ['19', 'a two-digit year'],
    ['2019-13', 'a thirteenth month'],
    ['2019-00', 'month zero'],
    ['2019-02-30', 'a day February does not have'],
    ['2019-9', 'a month without its leading zero'],
    ['2019-09-20T10:00', 'a time of day'],
    ['2021-09-20/2021-09-01', 'an interval that ends before it starts'],
    ['2022/2021', 'an interval whose end year is before its start year'],
    ['2019/2020/2021', 'three parts'],
    ['2019/', 'an open interval'],
    ['September 2019', 'words'],
  ])('refuses %j (%s)', (text) => {
    expect(dateSpan(text)).toBeNull();
  });
});

describe('ordering and overlap of spans', () => {
  it('puts the earliest start first, then the span that ends first', () => {
    const spans = ['2021-09-20', '2021', '2021/2021-09-20', '2019-09', '2021-09'].map((d) => ({ d, ...dateSpan(d)! }));
    expect(spans.sort(compareSpans).map((s) => s.d)).toEqual(['2019-09', '2021/2021-09-20', '2021', '2021-09', '2021-09-20']);
  });

  it('says two spans overlap when they share a day, the ends included', () => {
    expect(spansOverlap(dateSpan('2019')!, dateSpan('2019-12-31')!)).toBe(true);
    expect(spansOverlap(dateSpan('2019')!, dateSpan('2020-01-01')!)).toBe(false);
    expect(spansOverlap(dateSpan('2019-09/2019-10')!, dateSpan('2019-10-21')!)).toBe(true);
  });
});
