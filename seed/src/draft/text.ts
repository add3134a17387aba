// Text helpers of the drafter: sentences with their offsets, word tokens, slugs, and the loose key
// two spellings of one name share. Every offset is into the paragraph's text as the seed parsed it,
// so a quote cut with them is an exact substring by construction.

export interface Span {
  /** Offset of the first character in the paragraph's text */
  start: number;
  /** Offset just past the last character */
  end: number;
  text: string;
}

/**
 * Abbreviations after which Intl.Segmenter wrongly ends a sentence ("Mr. Ishmael" → "Mr. " + "Ishmael…").
 * Honorifics, month abbreviations and a few Latin ones; a single capital letter is an initial ("J. Smith").
 */
const NO_BREAK_AFTER =
  /(?:\b(?:Mr|Ms|Mrs|Mx|Dr|Prof|Hon|St|Sr|Jr|Gen|Col|Capt|Lt|Sgt|Insp|Supt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|cf|e\.g|i\.e|approx)\.|\b\p{Lu}\.)\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The paragraph's sentences, trailing spaces cut, with their offsets. */
export function sentences(text: string, offset = 0): Span[] {
  const out: Span[] = [];
  let pending: { start: number; text: string } | undefined;
  for (const s of segmenter.segment(text)) {
    if (pending) {
      pending.text += s.segment;
    } else {
      pending = { start: s.index, text: s.segment };
    }
    const next = text.slice(s.index + s.segment.length);
    // Keep going when the break follows an abbreviation, or when the next piece starts lower-case
    // (a break the segmenter took for a sentence end, like "theirs. . there").
    if (next !== '' && (NO_BREAK_AFTER.test(pending.text) || /^\s*[\p{Ll}\d]/u.test(next))) continue;
    const trimmed = pending.text.replace(/\s+$/u, '');
    if (trimmed !== '') out.push({ start: offset + pending.start, end: offset + pending.start + trimmed.length, text: trimmed });
    pending = undefined;
  }
  if (pending) {
    const trimmed = pending.text.replace(/\s+$/u, '');
    if (trimmed !== '') out.push({ start: offset + pending.start, end: offset + pending.start + trimmed.length, text: trimmed });
  }
  return out;
}

export interface Token extends Span {
  /** The word without a possessive ending ("Party's" → "Party") */
  word: string;
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Word tokens of a text, with offsets (plus `offset`); possessives are split off the word. */
export function tokens(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let raw = m[0];
    // A trailing hyphen or apostrophe belongs to what follows or to nothing ("pre- and post-").
    raw = raw.replace(/['’-]+$/u, '');
    const possessive = /['’]s$/u.test(raw);
    const word = possessive ? raw.slice(0, -2) : raw;
    out.push({ start: offset + m.index, end: offset + m.index + raw.length, text: raw, word, possessive });
  }
  return out;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A readable id: "Braeden Caley" → "braeden-caley"; accents dropped; at most 60 characters, cut at a word. */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= 60) return s || 'item';
  const cut = s.slice(0, 60);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : 60).replace(/-+$/, '');
}

/**
 * The key two spellings of one name share: case, accents, spaces, hyphens, apostrophes, a leading
 * "the" and the British/American endings (Centre/Center, -ise/-ize) ignored. "Canadian Center for
 * Cybersecurity" and "Canadian Centre for Cyber Security" have the same key.
 */
export function looseKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/['’]s\b/g, '')
    .replace(/\b(\w+?)er\b/g, (w, stem: string) => (CENTRE_WORDS.has(`${stem}er`) ? `${stem}re` : w))
    .replace(/\b(\w{3,})iz(e|es|ed|ing|ation|ations)\b/g, '$1is$2')
    .replace(/[^a-z0-9]+/g, '');
}

const CENTRE_WORDS = new Set(['center', 'theater', 'meter', 'liter', 'fiber']);

/** Cut a quote so it stays readable: the whole text when short, else up to the first clause end after `max`. */
export function clip(text: string, max = 160): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const at = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '));
  return (at > 40 ? cut.slice(0, at) : cut.slice(0, cut.lastIndexOf(' ') > 40 ? cut.lastIndexOf(' ') : max)).replace(/[\s,;:]+$/u, '');
}
