// RECOMMENDED and ADDRESSED_TO. Summaries list recommendations in their own section ("4.
// Recommendations"), often after "X provided the following recommendations:", one paragraph each;
// or inline ("X recommended that the Task Force should …"). The addressee is the actor that
// "should" act, or the one by whom something "should be done".
import type { Paragraph } from '../../../graph/src/model.ts';
import type { DraftBuilder } from './builder.ts';
import type { Found, SentenceContext } from './context.ts';
import { clip } from './text.ts';

const INTRO =
  /\b(?:provided|made|offered|gave|shared|put forward|proposed|suggested|had)\s+(?:the\s+following|several|a number of|two|three|four|five|these)\s+(?:recommendations?|measures|changes|improvements|proposals|suggestions|steps)\b|\brecommend(?:ed|s)?(?:\s+the following)?\s*:/;
const INLINE = /\b(?:(?:recommended|recommends|suggested|proposed|urged)\s+that|called for)\s+/;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface RecommendationState {
  /** Who made the list being read, and the evidence of the intro */
  by?: { id: string; paragraph: number; quote: string; section: string };
}

/** The actor that should act: the subject before "should", or the agent of "should be …ed by X". */
function addressee(found: Found[], text: string, from: number, end: number): Found | undefined {
  const actors = found
    .filter((f) => (f.kind === 'Organization' || f.kind === 'Person') && f.start >= from && f.end <= end)
    .sort((a, b) => a.start - b.start);
  const should = text.slice(from, end).search(/\b(?:should|must|ought to|needs? to|could)\b/);
  if (should < 0) return undefined;
  const at = from + should;
  const passive = /^\w+\s+be\s+\w+\s+by\s+(?:the\s+)?/.exec(text.slice(at, end));
  if (passive) return actors.find((f) => f.start >= at + passive[0].length - 1 && f.start <= at + passive[0].length + 1);
  // Subject: an actor before "should", at the start or modifying the subject noun ("SITE meetings should").
  return actors.filter((f) => f.end <= at).at(0);
}

export function findRecommendations(
  ctx: SentenceContext,
  para: Paragraph,
  state: RecommendationState,
  witness: () => string | undefined,
): void {
  const { b, sentence } = ctx;
  const intro = INTRO.exec(sentence.text);
  if (intro) {
    const speaker = ctx.found
      .filter((f) => (f.kind === 'Person' || f.kind === 'Organization') && f.end <= sentence.start + intro.index)
      .at(-1);
    const id = speaker?.id ?? witness();
    if (id) state.by = { id, paragraph: ctx.paragraph, quote: sentence.text, section: para.section };
    return;
  }
  const inList = state.by && state.by.section === para.section && state.by.paragraph < ctx.paragraph;
  const inSection = /recommendation/i.test(ctx.section?.title ?? '');
  const inlineMatch = INLINE.exec(sentence.text);
  // Inline ("X recommended that …") needs its speaker before the verb; in a list, only then does it override the list's author.
  const inlineSpeaker = inlineMatch
    ? ctx.found.filter((f) => (f.kind === 'Person' || f.kind === 'Organization') && f.end <= sentence.start + inlineMatch.index).at(-1)
    : undefined;
  const inline = inlineMatch && (inlineSpeaker || !(inList || inSection)) ? inlineMatch : null;
  if (!inList && !inSection && !inline) return;
  // In a list, the paragraph's first sentence is the recommendation; later ones explain it.
  if ((inList || inSection) && !inline && sentence.start !== 0) return;
  const from = inline ? sentence.start + inline.index + inline[0].length : sentence.start;
  const what = ctx.text
    .slice(from, sentence.end)
    .replace(/[\s.;]+$/u, '')
    .replace(/;\s*and$/u, '');
  if (what.length < 15) return;
  const by = inline ? inlineSpeaker?.id : (state.by?.id ?? witness());
  if (!by) return;
  const rec = b.node(
    { kind: 'Recommendation', name: capitalise(clip(what, 100)), descriptive: true },
    b.evidence(ctx.paragraph, from, from + what.length),
    inline ? 'recommendation.inline' : 'recommendation.list-item',
    0.7,
  );
  const ev = b.evidence(ctx.paragraph, from, from + what.length);
  const rule = inline ? 'recommended.inline' : state.by ? 'recommended.following-list' : 'recommended.recommendations-section';
  b.edge('RECOMMENDED', by, rec, ev, rule, 0.75);
  if (!inline && state.by) addIntro(b, by, rec, state.by);
  const to = addressee(ctx.found, ctx.text, from, from + what.length);
  if (to) b.edge('ADDRESSED_TO', rec, to.id, b.quote(ctx.paragraph, clip(what, 160)), 'addressed-to.should', 0.65);
  for (const f of ctx.found)
    if (f.start >= from && f.id !== to?.id && (f.kind === 'Organization' || f.kind === 'Person') && f.category === 'group')
      b.edge('ABOUT', rec, f.id, b.evidence(ctx.paragraph, f.start, f.end), 'about.named-in-recommendation', 0.4);
}

function addIntro(b: DraftBuilder, by: string, rec: string, intro: { paragraph: number; quote: string }): void {
  const edge = b.edges.get(`${by}--recommended--${rec}`);
  if (edge && !edge.evidence.some((e) => e.paragraph === intro.paragraph)) edge.evidence.unshift(b.quote(intro.paragraph, intro.quote));
}
