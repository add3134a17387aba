// What a rule sees: one sentence of one paragraph, the section it stands in, and what the rules
// before it found there.
import type { NodeKind, Section } from '../../../graph/src/model.ts';
import type { DraftBuilder } from './builder.ts';
import type { Span } from './text.ts';

export interface Found {
  id: string;
  kind: NodeKind;
  /** Offsets in the paragraph's text */
  start: number;
  end: number;
  text: string;
  rule: string;
  category?: string;
  /** A proper name (not a description such as "a senior director of the Party") */
  named: boolean;
  /** Stands for several people ("the three men", "volunteer researchers") */
  plural?: boolean;
}

export interface SentenceContext {
  b: DraftBuilder;
  paragraph: number;
  /** The paragraph's whole text */
  text: string;
  sentence: Span;
  section?: Section;
  /** The election year the section heading names ("3. The 2021 Federal Election"), if any */
  sectionYear?: number;
  /** Entities found so far in this sentence, in text order once sorted */
  found: Found[];
  /** Character offsets of the paragraph already claimed by a mention */
  taken: Uint8Array;
}

export function isTaken(ctx: SentenceContext, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (ctx.taken[i]) return true;
  return false;
}

export function take(ctx: SentenceContext, f: Found): Found {
  for (let i = f.start; i < f.end; i++) ctx.taken[i] = 1;
  ctx.found.push(f);
  ctx.b.mention({
    id: f.id,
    kind: f.kind,
    paragraph: ctx.paragraph,
    start: f.start,
    end: f.end,
    named: f.named,
    ...(f.category ? { category: f.category } : {}),
  });
  return f;
}

/** The sentence's entities in text order. */
export function inOrder(ctx: SentenceContext): Found[] {
  return [...ctx.found].sort((a, b) => a.start - b.start);
}
