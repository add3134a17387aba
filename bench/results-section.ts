// bench/RESULTS.md holds the benchmark's report and sections other scripts write (the drafter's
// evaluation, PDF extraction), each between `<!-- NAME:start … -->` and `<!-- NAME:end -->`. One
// way to write such a section, and one way for the benchmark's report to keep them when it
// rewrites the file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const startOf = (name: string) => `<!-- ${name}:start`;
const endOf = (name: string) => `<!-- ${name}:end -->`;

/** Every marked section of the text, whole (markers included), in order. */
export function markedSections(text: string): string[] {
  return [...text.matchAll(/<!-- ([a-z][a-z0-9:-]*?):start[^>]*-->[\s\S]*?<!-- \1:end -->/g)].map((m) => m[0]);
}

/** The text with its section NAME replaced by `section` (markers included), or with it appended. */
export function withSection(text: string, name: string, section: string): string {
  const at = text.indexOf(startOf(name));
  const end = text.indexOf(endOf(name));
  if (at >= 0 && end > at) return `${text.slice(0, at)}${section}${text.slice(end + endOf(name).length)}`;
  return `${text.replace(/\n*$/, '\n\n')}${section}\n`;
}

/**
 * Writes section NAME of `file`: a heading, when it ran, then `body`. `note` goes in the start
 * marker (e.g. which script writes it).
 */
export function writeSection(file: string, name: string, heading: string, body: string, note = ''): void {
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const start = `${startOf(name)}${note ? ` (${note})` : ''} -->`;
  const section = `${start}\n## ${heading}\n\nLast run: ${when} UTC, Node ${process.version}.\n\n${body.trimEnd()}\n${endOf(name)}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  writeFileSync(file, withSection(current, name, section));
}
