// Cypher lives in cypher/*.cypher, never in strings in the code; this reads it once per name.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
const cache = new Map<string, string>();

/** The text without its comment lines: they are for readers, and would go over the wire with every query. */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** The text of cypher/NAME.cypher (NAME may include a folder: "seed/nodes"), its comment lines left out. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = withoutCommentLines(readFileSync(`${CYPHER_DIR}${name}.cypher`, 'utf8'));
    cache.set(name, text);
  }
  return text;
}

/** Split a file of several statements (schema.cypher) on the semicolons that end them. */
export function statements(text: string): string[] {
  return withoutCommentLines(text)
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
