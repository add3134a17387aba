// What the reader marks in a paragraph, without DOM: where the entities it names stand (their names
// and aliases, case and accents ignored, whole words), where the evidence quotes stand (exact, as
// the seed checked them), and the words of a text search; then the text cut into segments, each
// saying which of those cover it, so the view can render them as text nodes (never as HTML).

export interface Range {
  start: number;
  end: number;
}

/** What a mark points at: a node or a relation of the graph. */
export interface MarkTarget {
  type: 'node' | 'edge';
  id: string;
  /** For the tooltip and the screen reader */
  label: string;
}

export interface Mark extends Range {
  kind: 'mention' | 'quote' | 'hit';
  target?: MarkTarget;
}

export interface MarkedSegment {
  text: string;
  start: number;
  mention?: MarkTarget;
  quote?: MarkTarget;
  hit: boolean;
}

/** One character's folded form: accents removed, lower case (what graph/src/normalise.ts does, per character). */
function fold(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Every place `names` stand in `text`, whole words, case and accents ignored; offsets into the
 * original text. Longer names are preferred where two overlap ("Liberal Party" over "Liberal").
 */
export function findNames(text: string, names: readonly string[]): Range[] {
  // The folded text, and for each of its characters the offset in `text` it came from.
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(code);
    const f = fold(char);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += char.length;
  }
  origin.push(text.length);
  const found: Range[] = [];
  const wanted = [...new Set(names.map((n) => fold(n).replace(/\s+/g, ' ').trim()).filter((n) => n !== ''))].sort(
    (a, b) => b.length - a.length,
  );
  for (const name of wanted) {
    for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (WORD_CHAR.test(folded.charAt(at - 1)) || WORD_CHAR.test(folded.charAt(end))) continue;
      const range = { start: origin[at] ?? 0, end: origin[end] ?? text.length };
      if (found.some((r) => r.start < range.end && range.start < r.end)) continue;
      found.push(range);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every place a quote stands in the text (quotes are exact substrings). */
export function findQuote(text: string, quote: string): Range[] {
  const found: Range[] = [];
  if (quote === '') return found;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length))
    found.push({ start: at, end: at + quote.length });
  return found;
}

/**
 * The text cut at every mark's edges, each piece with what covers it: the first mention and the
 * first quote given (marks are given in priority order) and whether a search hit does.
 */
export function segmentText(text: string, marks: readonly Mark[]): MarkedSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    if (m.start >= m.end || m.start < 0 || m.end > text.length) continue;
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: MarkedSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    const mention = covering.find((m) => m.kind === 'mention')?.target;
    const quote = covering.find((m) => m.kind === 'quote')?.target;
    const segment: MarkedSegment = { text: text.slice(start, end), start, hit: covering.some((m) => m.kind === 'hit') };
    if (mention) segment.mention = mention;
    if (quote) segment.quote = quote;
    segments.push(segment);
  }
  return segments;
}
