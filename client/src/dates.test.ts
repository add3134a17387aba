import { describe, expect, it } from 'vitest';
import { formatDate, parseDate } from './dates.ts';

describe('dates written for people', () => {
  it('writes a year, a month and a day as words', () => {
    expect(['2019', '2021-09', '2024-03-05'].map(formatDate)).toEqual(['2019', 'September 2021', '5 March 2024']);
  });

  it('writes an interval inside a period as the period and its bound', () => {
    expect(['2021/2021-09-20', '2021/2021-09', '2021-09/2021-09-20', '2021-03-01/2021', '2021-09-20/2021-09'].map(formatDate)).toEqual([
      '2021, before 20 September',
      '2021, before September',
      'September 2021, before 20 September',
      '2021, from 1 March',
      'September 2021, from 20 September',
    ]);
  });

  it('writes the shared year and month of an interval once', () => {
    expect(
      ['2024-03-03/2024-03-05', '2024-03-03/2024-04-05', '2024-03/2024-06', '2019/2021', '2019-10-01/2021-09-20', '2021/2021'].map(
        formatDate,
      ),
    ).toEqual([
      '3–5 March 2024',
      '3 March – 5 April 2024',
      'March – June 2024',
      '2019 – 2021',
      '1 October 2019 – 20 September 2021',
      '2021',
    ]);
  });

  it('shows text that is not a date of the graph as it is', () => {
    expect(['spring 2021', '2021-13', '2021-02-30', '2021/2020', ''].map(formatDate)).toEqual([
      'spring 2021',
      '2021-13',
      '2021-02-30',
      '2021/2020',
      '',
    ]);
  });

  it('says what is wrong with a malformed date', () => {
    expect(() => parseDate('2021-02-30')).toThrow('Date "2021-02-30": February 2021 has no day 30');
    expect(() => parseDate('2021-13')).toThrow('Date "2021-13": month 13 does not exist');
    expect(() => parseDate('2021/2020')).toThrow('Date "2021/2020": the interval ends before it starts');
    expect(() => parseDate('2019/2020/2021')).toThrow('Date "2019/2020/2021": an interval has two sides, this has 3');
    expect(() => parseDate('Sept 2021')).toThrow('Date "Sept 2021": "Sept 2021" is not a year, a month or a day');
  });
});
