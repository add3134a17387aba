// Full-text search over paragraphs, shared by both stores so that "ranked hits" means one thing
// (the viewer's reader marks a hit's words with it too): the in-memory store scores every
// paragraph with it; the Neo4j store lets its Lucene index (cypher/text-search.cypher) find the
// candidates and then orders them with the same score, because Lucene's BM25 scores cannot be reproduced here (nor ours in Lucene).
//
// Words are Unicode word segments (UAX #29, Intl.Segmenter), the rule Lucene's standard tokenizer
// implements too, each compared in the form graph/src/normalise.ts gives (case and accents
// ignored). A query matches a paragraph that has at least one of its words, stop words aside; the
// phrase (all its words in order, adjacent, stop words included) ranks first.
import { normaliseText } from './normalise.ts';

/** A word of a text: its normalised form and where it stands (UTF-16 offsets, end exclusive). */
export interface Word {
  word: string;
  start: number;
  end: number;
}

/** A part of a paragraph's text to highlight: [start, end) in UTF-16 code units, as String.slice takes. */
export interface TextRange {
  start: number;
  end: number;
}

/** How well a paragraph matches: compared field by field, each higher is better (textScoreOrder). */
export interface TextScore {
  /** Occurrences of the whole query, its words adjacent and in order */
  phrases: number;
  /** How many of the query's distinct words the paragraph has */
  words: number;
  /** Occurrences of any query word */
  occurrences: number;
}

export interface TextMatch {
  score: TextScore;
  highlights: TextRange[];
}

/**
 * Words too common to find a paragraph by: Lucene's English stop words, which the full-text index's
 * analyzer (standard-folding) leaves out of the index, so neither store can find "the". They still
 * count inside a phrase ("Director of the Party"). server/src/store/text-search-analyzer.test.ts holds it to
 * the analyzer's own.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'but',
  'by',
  'for',
  'if',
  'in',
  'into',
  'is',
  'it',
  'no',
  'not',
  'of',
  'on',
  'or',
  'such',
  'that',
  'the',
  'their',
  'then',
  'there',
  'these',
  'they',
  'this',
  'to',
  'was',
  'will',
  'with',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The words of a text in order, each normalised; punctuation and spaces are not words. */
export function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const word = normaliseText(s.segment);
    if (word !== '') words.push({ word, start: s.index, end: s.index + s.segment.length });
  }
  return words;
}

/** The query's words in order (repeats kept: they are part of the phrase). */
export function queryWords(text: string): string[] {
  return wordsOf(text).map((w) => w.word);
}

/** The words of a query that find paragraphs: its words but the stop words, once each. */
export function findingWords(query: readonly string[]): string[] {
  return [...new Set(query.filter((w) => !STOP_WORDS.has(w)))];
}

/**
 * How a paragraph matches the query's words, or null when it has none of its finding words.
 * Highlights cover each phrase occurrence as one range and every other occurrence of a finding
 * word, merged where they touch, in text order.
 */
export function matchText(text: string, query: readonly string[]): TextMatch | null {
  const wanted = new Set(findingWords(query));
  if (wanted.size === 0) return null;
  const words = wordsOf(text);
  const ranges: TextRange[] = [];
  const found = new Set<string>();
  let occurrences = 0;
  let phrases = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!wanted.has(w.word)) continue;
    occurrences++;
    found.add(w.word);
    ranges.push({ start: w.start, end: w.end });
    if (query.length > 1 && query.every((q, k) => words[i + k]?.word === q)) {
      phrases++;
      ranges.push({ start: w.start, end: words[i + query.length - 1]!.end });
    }
  }
  if (occurrences === 0) return null;
  if (query.length === 1) phrases = occurrences;
  return { score: { phrases, words: found.size, occurrences }, highlights: mergeRanges(ranges) };
}

/** Ranges sorted and joined where they overlap. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Better matches first: more phrase occurrences, then more distinct words, then more occurrences. */
export function textScoreOrder(a: TextScore, b: TextScore): number {
  return b.phrases - a.phrases || b.words - a.words || b.occurrences - a.occurrences;
}

/** A paragraph as text search reads it. */
export interface SearchableParagraph {
  document: string;
  number: number;
  text: string;
}

/**
 * The best `first` paragraphs for the query, best first; ties in document id, then paragraph
 * order, so the answer is the same whichever store (and whichever order) the candidates come from.
 */
export function rankParagraphs<P extends SearchableParagraph>(
  paragraphs: Iterable<P>,
  text: string,
  first: number,
): { paragraph: P; match: TextMatch }[] {
  const query = queryWords(text);
  const hits: { paragraph: P; match: TextMatch }[] = [];
  for (const paragraph of paragraphs) {
    const match = matchText(paragraph.text, query);
    if (match) hits.push({ paragraph, match });
  }
  return hits
    .sort(
      (a, b) =>
        textScoreOrder(a.match.score, b.match.score) ||
        (a.paragraph.document < b.paragraph.document ? -1 : a.paragraph.document > b.paragraph.document ? 1 : 0) ||
        a.paragraph.number - b.paragraph.number,
    )
    .slice(0, first);
}

/** Characters Lucene's classic query parser gives a meaning to (inside quotes only \ and " matter). */
const LUCENE_QUOTED_SPECIAL = /["\\]/g;

/**
 * The Lucene query that finds every paragraph having one of the query's finding words: each word
 * quoted (so AND, OR, NOT, *, ~, field: and the like are just words) and escaped, joined with OR.
 * Null when the text has no such words (nothing can match).
 */
export function luceneQuery(text: string): string | null {
  const words = findingWords(queryWords(text));
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replace(LUCENE_QUOTED_SPECIAL, (c) => `\\${c}`)}"`).join(' OR ');
}
