// Stance words: how disagreements(…) (server/src/store/disagreements.ts) finds two claims that judge
// the same thing in opposite words ("the briefings were useful" / "of little use"). A small table of
// themes, each with the words that judge one way and the other, written for assessments in general
// (usefulness, detail, adequacy, timing, clarity, fairness, effect, response), not for any one
// document. A word right after a negation ("not useful", "did not include anything specific")
// counts for the other side. A text that uses both sides of a theme takes no stance on it: the
// candidate is left to the annotators, who can state CONTRADICTS outright.
import { normaliseText } from './normalise.ts';

export type StancePole = 'positive' | 'negative';

export interface StanceTheme {
  /** What the words judge, in a few words ("usefulness") */
  theme: string;
  positive: readonly string[];
  negative: readonly string[];
}

export const STANCE_THEMES: readonly StanceTheme[] = [
  {
    theme: 'usefulness',
    positive: ['useful', 'helpful', 'valuable', 'worthwhile', 'informative', 'practical'],
    negative: ['useless', 'unhelpful', 'worthless', 'pointless', 'of no use', 'of little use', 'of no value', 'of little value'],
  },
  {
    theme: 'detail',
    positive: ['specific', 'detailed', 'precise', 'concrete', 'tailored', 'in depth'],
    negative: ['general', 'generic', 'high level', 'vague', 'superficial', 'too broad'],
  },
  {
    theme: 'adequacy',
    positive: ['adequate', 'sufficient', 'enough', 'satisfactory', 'satisfied'],
    negative: ['inadequate', 'insufficient', 'unsatisfactory', 'dissatisfied', 'lacking'],
  },
  {
    theme: 'timing',
    positive: ['timely', 'prompt', 'promptly', 'quickly', 'in time', 'on time'],
    negative: ['late', 'too late', 'slow', 'slowly', 'delayed', 'untimely'],
  },
  {
    theme: 'clarity',
    positive: ['clear', 'clearly', 'understandable'],
    negative: ['unclear', 'confusing', 'ambiguous', 'contradictory'],
  },
  {
    theme: 'fairness',
    positive: ['fair', 'fairly', 'legitimate', 'proper', 'properly'],
    negative: ['unfair', 'unfairly', 'illegitimate', 'improper', 'improperly', 'irregular', 'rigged'],
  },
  {
    theme: 'effect',
    positive: ['effective', 'effectively', 'successful', 'successfully', 'worked'],
    negative: ['ineffective', 'unsuccessful', 'failed', 'futile'],
  },
  {
    theme: 'response',
    positive: ['responsive', 'followed up', 'replied', 'responded'],
    negative: ['unresponsive', 'ignored', 'heard nothing', 'no reply', 'no response'],
  },
];

/** Set phrases in which a stance word judges nothing ("the general election"); read past as they stand. */
export const NEUTRAL_PHRASES: readonly string[] = [
  'general election',
  'general elections',
  'in general',
  'director general',
  'attorney general',
  'auditor general',
  'governor general',
  'secretary general',
  'general manager',
  'general secretary',
];

/** Words that turn the stance word after them to the other side. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'nothing', 'hardly', 'neither', 'nor', 'without', "n't"]);
/** How many words back a negation still reaches ("did not include any information specific"). */
const NEGATION_REACH = 4;

/** Words of normalised text: letters and digits; hyphens and punctuation split ("high-level" → high, level). */
function words(text: string): string[] {
  return normaliseText(text)
    .replace(/n't\b/g, " n't")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, '') || w)
    .filter((w) => w.length > 0);
}

interface Phrase {
  words: string[];
  theme: string;
  pole: StancePole | null;
}

const PHRASES: readonly Phrase[] = [
  ...NEUTRAL_PHRASES.map((p): Phrase => ({ words: words(p), theme: '', pole: null })),
  ...STANCE_THEMES.flatMap((t) => [
    ...t.positive.map((p): Phrase => ({ words: words(p), theme: t.theme, pole: 'positive' })),
    ...t.negative.map((p): Phrase => ({ words: words(p), theme: t.theme, pole: 'negative' })),
  ]),
  // Longest first, so "of no use" is read before "no", and "general election" before "general".
].sort((a, b) => b.words.length - a.words.length);

export interface StanceWord {
  theme: string;
  pole: StancePole;
  /** The words as the text has them, with the negation that turned them ("not useful") */
  text: string;
}

/** Every stance word of the text, in text order. */
export function stanceWords(text: string): StanceWord[] {
  const tokens = words(text);
  const found: StanceWord[] = [];
  let i = 0;
  while (i < tokens.length) {
    const phrase = PHRASES.find((p) => p.words.every((w, k) => tokens[i + k] === w));
    if (!phrase) {
      i++;
      continue;
    }
    if (phrase.pole !== null) {
      const before = tokens.slice(Math.max(0, i - NEGATION_REACH), i);
      let negation = before.length - 1;
      while (negation >= 0 && !NEGATIONS.has(before[negation] ?? '')) negation--;
      const negated = negation >= 0 && !NEGATIONS.has(phrase.words[0] ?? '');
      const pole: StancePole = negated === (phrase.pole === 'positive') ? 'negative' : 'positive';
      const shown = negated ? [...before.slice(negation), ...phrase.words] : phrase.words;
      found.push({ theme: phrase.theme, pole, text: shown.join(' ') });
    }
    i += phrase.words.length;
  }
  return found;
}

/** The stance a text takes on each theme it judges one way only. */
export function stances(text: string): Map<string, StanceWord> {
  const byTheme = new Map<string, StanceWord[]>();
  for (const w of stanceWords(text)) byTheme.set(w.theme, [...(byTheme.get(w.theme) ?? []), w]);
  const taken = new Map<string, StanceWord>();
  for (const [theme, found] of byTheme) {
    const first = found[0];
    if (first && found.every((w) => w.pole === first.pole)) taken.set(theme, first);
  }
  return taken;
}

export interface OpposedStance {
  theme: string;
  first: string;
  second: string;
}

/** The first theme (in table order) on which two stances (as stances() gives them) are opposite, or null. */
export function opposedStances(a: ReadonlyMap<string, StanceWord>, b: ReadonlyMap<string, StanceWord>): OpposedStance | null {
  for (const { theme } of STANCE_THEMES) {
    const x = a.get(theme);
    const y = b.get(theme);
    if (x && y && x.pole !== y.pole) return { theme, first: x.text, second: y.text };
  }
  return null;
}

/** The first theme (in table order) the two texts take opposite stances on, or null. */
export function opposedStance(first: string, second: string): OpposedStance | null {
  return opposedStances(stances(first), stances(second));
}

/** Words that say nothing of their own about what a claim asserts (with NEGATIONS, left out of sharedWords). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than that this these those there here of in on at to for from by with about as into onto over ' +
    "under after before during between through it its it's they them their he him his she her we us our you your i me my " +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'so such very too also only just any some all each every both either other another more most much many few ' +
    'who whom whose which what when where why how said says say told tell believes believe thought think noted recalled ' +
    'mr ms mrs dr one two'
  ).split(' '),
);

/** A word's plain form for comparing two claims: a plural's or third person's final s dropped. */
function stem(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The words of a text as sharedWords compares them: each once, in text order, without a final s. */
export function plainWords(text: string): string[] {
  return [...new Set(words(text).map(stem))];
}

/** The content words of a text, as sharedWords compares them: not function words or negations, at least three letters. */
export function contentWords(text: string): string[] {
  return plainWords(text).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w) && !NEGATIONS.has(w));
}

/**
 * The content words two texts share, in the first text's order: not function words or negations,
 * at least three letters, compared without a final s, and none of the words of `ignore` (the
 * names of what both are about, which they share by definition).
 */
export function sharedWords(first: string, second: string, ignore: readonly string[] = []): string[] {
  const ignored = new Set(ignore.flatMap(plainWords));
  const other = new Set(contentWords(second));
  return contentWords(first).filter((w) => other.has(w) && !ignored.has(w));
}
