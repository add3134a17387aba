import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../test/csv-read.ts';
import { csvBlob, csvField, csvOf, toCsv } from './csv.ts';

describe('writing CSV', () => {
  it('writes a header row and CRLF line ends, quoting only the fields that need it', () => {
    const csv = toCsv(
      ['Name', 'Quote', 'Paragraph'],
      [
        ['Braeden Caley', 'The other two Party representatives were Braeden Caley and Mathieu Lafrance.', 5],
        ['Party, the', 'He said "no"\nthen left', null],
      ],
    );
    expect(csv).toBe(
      'Name,Quote,Paragraph\r\n' +
        'Braeden Caley,The other two Party representatives were Braeden Caley and Mathieu Lafrance.,5\r\n' +
        '"Party, the","He said ""no""\nthen left",\r\n',
    );
  });

  it('reads back as the rows it was written from', () => {
    const header = ['Person', 'Briefing', 'Attended'];
    const rows = [
      ['Azam Ishmael', 'SITE briefings (2021)', 'yes'],
      ['Jane Roe (fictional)', '', 'not stated'],
    ];
    expect(parseCsv(toCsv(header, rows))).toEqual([header, ...rows]);
  });

  it('reads back any text, including quotes, commas, line breaks and accents', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', '¶', ',', '"', '\r', '\n', ' ', '\r\n') });
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cell, { minLength: 4, maxLength: 4 })),
        (header, rows) => {
          const width = header.length;
          const table = rows.map((r) => r.slice(0, width));
          expect(parseCsv(toCsv(header, table))).toEqual([header, ...table]);
        },
      ),
    );
  });

  it('takes rows of any shape through a list of columns', () => {
    const people = [
      { name: 'Azam Ishmael', roles: ['National Director'] },
      { name: 'Mathieu Lafrance', roles: [] },
    ];
    const csv = csvOf(
      [
        { header: 'Name', value: (p: (typeof people)[number]) => p.name },
        { header: 'Roles', value: (p: (typeof people)[number]) => p.roles.join('; ') },
      ],
      people,
    );
    expect(parseCsvRecords(csv)).toEqual([
      { Name: 'Azam Ishmael', Roles: 'National Director' },
      { Name: 'Mathieu Lafrance', Roles: '' },
    ]);
  });

  it('refuses a row whose length differs from the header, saying which row', () => {
    expect(() => toCsv(['A', 'B'], [['1', '2'], ['3']])).toThrow('CSV: row 2 has 1 cells, the header has 2 (A, B)');
    expect(() => toCsv([], [])).toThrow('CSV: a table needs at least one column');
    expect(() => csvField(Number.NaN)).toThrow('CSV: a cell holds NaN');
  });

  it('offers the file as UTF-8 with a byte order mark, so spreadsheets read "¶" and accents', async () => {
    const blob = csvBlob(toCsv(['Para'], [['¶5 Lafrance é']]));
    expect(blob.type).toBe('text/csv;charset=utf-8;header=present');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(await blob.text())).toEqual([['Para'], ['¶5 Lafrance é']]);
  });
});

describe('the test reader', () => {
  it('rejects malformed CSV with where it is', () => {
    expect(() => parseCsv('a,b\r\n"x,y\r\n')).toThrow('CSV line 2: a quoted field opened here is not closed');
    expect(() => parseCsv('a\nb\r\n')).toThrow('CSV line 1: LF without CR');
    expect(() => parseCsv('a,b\r\nc\r\n')).toThrow('CSV record 2 has 1 fields, the header has 2');
    expect(() => parseCsv('a,b"c\r\n')).toThrow('CSV line 1: a double quote inside an unquoted field');
  });
});
