import { describe, expect, it } from 'vitest';
import { findDates } from './dates.ts';

describe('findDates', () => {
  it('keeps the precision the text gives', () => {
    const text = 'Since 2017; in September 2019; on March 5, 2024; on 3 June 2021; between June and August 2021; from 2019 to 2021.';
    expect(findDates(text).map((d) => [d.text, d.iso])).toEqual([
      ['2017', '2017'],
      ['September 2019', '2019-09'],
      ['March 5, 2024', '2024-03-05'],
      ['3 June 2021', '2021-06-03'],
      ['between June and August 2021', '2021-06/2021-08'],
      ['from 2019 to 2021', '2019/2021'],
    ]);
  });

  it('ignores a day that does not exist', () => {
    expect(findDates('on February 30, 2021').map((d) => d.iso)).toEqual(['2021']);
  });
});
