// An RFC 4180 reader for the tests: exported CSV files are checked by reading them back with a
// parser written from the RFC, independently of client/src/csv.ts's writer. Strict: a stray quote
// or a ragged row is an error saying where, so a malformed export cannot pass by accident.

/** The records of a CSV text (a leading byte order mark is dropped), header row included. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  // Whether the current record has begun: a last line holding one empty quoted field is a record.
  let started = false;
  let i = 0;
  let line = 1;
  const endField = () => {
    record.push(field);
    field = '';
    started = true;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    started = false;
    line += 1;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && field === '') {
      // A quoted field runs to the next lone quote; "" inside stands for one quote.
      const opened = line;
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error(`CSV line ${opened}: a quoted field opened here is not closed`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (text[i] === '\n') line += 1;
        field += text[i];
        i += 1;
      }
      const next = text[i];
      if (next !== undefined && next !== ',' && next !== '\r') throw new Error(`CSV line ${line}: text after a closing quote`);
      started = true;
      continue;
    }
    if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CSV line ${line}: CR without LF (RFC 4180 ends lines with CRLF)`);
      endRecord();
      i += 2;
    } else if (c === '\n') {
      throw new Error(`CSV line ${line}: LF without CR (RFC 4180 ends lines with CRLF)`);
    } else if (c === '"') {
      throw new Error(`CSV line ${line}: a double quote inside an unquoted field`);
    } else {
      field += c;
      started = true;
      i += 1;
    }
  }
  if (started) endRecord();
  const rows = records;
  const width = rows[0]?.length ?? 0;
  rows.forEach((r, index) => {
    if (r.length !== width) throw new Error(`CSV record ${index + 1} has ${r.length} fields, the header has ${width}`);
  });
  return rows;
}

/** The rows as objects keyed by the header, for comparing whole exported tables. */
export function parseCsvRecords(input: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(input);
  if (!header) throw new Error('CSV: no header row');
  return rows.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}
