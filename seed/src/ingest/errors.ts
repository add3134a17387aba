// What goes wrong with one input file of `npm run ingest`, said with the file's name.

export class IngestError extends Error {
  readonly file: string;
  /** More lines (e.g. every problem the parser found), shown under the message */
  readonly details: readonly string[];
  constructor(file: string, message: string, details: readonly string[] = []) {
    super(`${file}: ${message}${details.length ? `\n${details.map((d) => `  ${d}`).join('\n')}` : ''}`);
    this.name = 'IngestError';
    this.file = file;
    this.details = details;
  }
}
