// A document's NAME (its file stem and id) from its title:
// "Stage 1 Interview Summary: Azam Ishmael" → "stage1-interview-summary-azam-ishmael".

/** Names stay readable in a listing and well under the 200-character id limit. */
export const MAX_NAME_LENGTH = 100;

/**
 * Lower case, accents dropped (é → e), apostrophes dropped inside words (O'Toole → otoole), a
 * number of one or two digits joined to the word before it ("Stage 1" → "stage1", "Part 2" →
 * "part2"; years stay apart), every other run of non-letters a single hyphen; cut at a hyphen to
 * MAX_NAME_LENGTH. Undefined when nothing of the title is left.
 */
export function documentName(title: string): string | undefined {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\p{L})['’](\p{L})/gu, '$1$2')
    .replace(/ß/g, 'ss')
    .replace(/([a-z])\s+(\d{1,2})(?![\d.,:]?\d)/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let name = '';
  for (const word of words) {
    const next = name === '' ? word : `${name}-${word}`;
    if (next.length > MAX_NAME_LENGTH) break;
    name = next;
  }
  if (name === '' && words[0]) name = words[0].slice(0, MAX_NAME_LENGTH);
  return name === '' ? undefined : name;
}
