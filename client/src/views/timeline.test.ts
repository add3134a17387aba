import { describe, expect, it } from 'vitest';
import { dayNumber, markOf, timeAxis } from './timeline.ts';

const event = (date: string, start: string, end: string, precision: 'YEAR' | 'MONTH' | 'DAY' | 'INTERVAL') => ({
  date,
  start,
  end,
  precision,
});
const year = event('2019', '2019-01-01', '2019-12-31', 'YEAR');
const day = event('2021-09-20', '2021-09-20', '2021-09-20', 'DAY');
const month = event('2019-09', '2019-09-01', '2019-09-30', 'MONTH');
const span = event('2021/2021-09-20', '2021-01-01', '2021-09-20', 'INTERVAL');

describe('the timeline axis', () => {
  it('runs from 1 January of the first year to 31 December of the last, with a tick per year', () => {
    const axis = timeAxis([day, year]);
    expect(axis).toEqual({
      first: dayNumber('2019-01-01'),
      last: dayNumber('2021-12-31'),
      years: [2019, 2020, 2021].map((y) => ({ year: y, day: dayNumber(`${y}-01-01`) })),
    });
    expect(timeAxis([])).toBeNull();
  });

  it('refuses a date that is not an ISO day, naming it', () => {
    expect(() => dayNumber('2019-9-1')).toThrow('the timeline has a date that is not an ISO day (YYYY-MM-DD): "2019-9-1"');
  });
});

describe('each date drawn with its precision', () => {
  const axis = timeAxis([year, day]);
  if (!axis) throw new Error('no axis');
  const days = axis.last + 1 - axis.first; // 1096: 2019, 2020 (leap) and 2021
  const at = (d: string) => ((dayNumber(d) - axis.first) / days) * 100;
  // Per cent of the axis, to a millionth: the sums of the two sides differ in the last binary digit.
  const r = (m: { shape: string; x: number; width: number }) => ({ ...m, x: Number(m.x.toFixed(6)), width: Number(m.width.toFixed(6)) });

  it('a year is a band over the whole year, a month a band over its month', () => {
    expect(r(markOf(year, axis))).toEqual(r({ shape: 'band', x: 0, width: (365 / days) * 100 }));
    expect(r(markOf(month, axis))).toEqual(r({ shape: 'band', x: at('2019-09-01'), width: (30 / days) * 100 }));
  });

  it('a day is a point in the middle of its day, an interval a bar from its first to its last day', () => {
    expect(r(markOf(day, axis))).toEqual(r({ shape: 'point', x: at('2021-09-20') + (0.5 / days) * 100, width: 0 }));
    expect(r(markOf(span, axis))).toEqual(
      r({ shape: 'bar', x: at('2021-01-01'), width: ((dayNumber('2021-09-20') + 1 - dayNumber('2021-01-01')) / days) * 100 }),
    );
  });
});
