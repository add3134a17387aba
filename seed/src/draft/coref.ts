// Simple coreference: a word that points back resolves to the last fitting mention before it, and
// the rule says so ("coref.pronoun", "coref.the-party", "coref.the-individual", "coref.the-group").
import { isTaken, take, type SentenceContext } from './context.ts';

interface Pointer {
  re: RegExp;
  rule: string;
  fits: (m: { kind: string; category?: string; named: boolean }) => boolean;
}

const POINTERS: Pointer[] = [
  // "he", "she": the last person named by name (the summaries call unnamed people "they" or "this person").
  { re: /\b(?:he|she|He|She|his|her|His|Her)\b/g, rule: 'coref.pronoun', fits: (m) => m.kind === 'Person' && m.named },
  // "the Party", "the party", "the Party's": the last party named.
  {
    re: /\b(?:the|The)\s+(?:Party|party|Alliance|Coalition|Bloc)\b(?!\s+(?:leaders|representatives|candidates|staff|booklet|rules))/g,
    rule: 'coref.the-party',
    fits: (m) => m.kind === 'Organization' && m.category === 'party',
  },
  // "the individual", "this person": the last person named by a description.
  {
    re: /\b(?:the|The|this|This|that|That)\s+(?:individual|person|employee|staffer|official)\b/g,
    rule: 'coref.the-individual',
    fits: (m) => m.kind === 'Person' && !m.named,
  },
  // "the Task Force", "the Centre", "the Commission": the last organization of that kind.
  {
    re: /\b(?:the|The)\s+(?:Task Force|Centre|Center|Agency|Commission|Committee|Panel)\b/g,
    rule: 'coref.the-organization',
    fits: (m) => m.kind === 'Organization' && m.category !== 'party' && m.category !== 'group',
  },
];

export function resolvePointers(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  for (const p of POINTERS) {
    for (const m of sentence.text.matchAll(p.re)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (isTaken(ctx, start, end)) continue;
      const target = b.last(ctx.paragraph, start, p.fits);
      if (!target) continue;
      // Pronouns stand in for a subject; they carry no evidence of their own for the node.
      if (p.rule !== 'coref.pronoun') b.cite(target.id, b.evidence(ctx.paragraph, start, end), p.rule, 0.6);
      const kind = b.kindOf(target.id) ?? target.kind;
      take(ctx, {
        id: target.id,
        kind,
        start,
        end,
        text: m[0],
        rule: p.rule,
        named: target.named,
        ...(target.category ? { category: target.category } : {}),
      });
    }
  }
}

const PLURAL =
  /\b(?:(?:the|The)\s+(?:two|three|four|five|six)\s+(?:men|women|of them|representatives|attendees|individuals)|(?:All|all)\s+(?:two|three|four|five|six)(?:\s+of them)?|(?:Both|both)(?:\s+of them)?|(?:They|they))\b/;

/** "The three men", "All three", "Both", "They": the people named together most recently. */
export function pluralPeople(ctx: SentenceContext, before: number): { ids: string[]; start: number; end: number } | undefined {
  const head = ctx.text.slice(ctx.sentence.start, before);
  const m = PLURAL.exec(head);
  if (!m) return undefined;
  const start = ctx.sentence.start + m.index;
  // The people named in this paragraph before the pointer, else in the paragraph before.
  for (const para of [ctx.paragraph, ctx.paragraph - 1]) {
    const people = ctx.b.mentions.filter(
      (x) => x.paragraph === para && x.kind === 'Person' && x.named && (para < ctx.paragraph || x.start < start),
    );
    const ids = [...new Set(people.map((x) => x.id))];
    if (ids.length >= 2) return { ids, start, end: start + m[0].length };
  }
  return undefined;
}
