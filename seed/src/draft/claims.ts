// ASSERTED: what someone "stated", "noted", "indicated", "believes". The claim is the clause after
// the verb (after "that" when there is one), negative when the clause or the verb denies.
import { SPEECH_VERBS } from './lexicon.ts';
import type { Found, SentenceContext } from './context.ts';
import { pluralPeople } from './coref.ts';
import { clip } from './text.ts';

const NEGATION = /\b(?:not|no|never|none|nothing|no one|nobody|neither|nor|without)\b|n't\b/;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Mr. X did not receive any complaints", "she never saw any": what the witness did not experience is a negative claim of theirs. */
const NOT_EXPERIENCED =
  /\b(?:did not|didn't|never|had not|has not)\s+(?:receive|received|see|seen|hear|heard|notice|noticed|observe|observed|learn|learned|find|found|experience|experienced|encounter|encountered|become aware)\b/;

function negativeExperience(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  const m = NOT_EXPERIENCED.exec(sentence.text);
  if (!m) return;
  const at = sentence.start + m.index;
  const speaker = ctx.found
    .filter(
      (f) =>
        (f.kind === 'Person' || f.kind === 'Organization') &&
        f.end <= at &&
        f.start >= sentence.start &&
        /^\s+(?:also\s+)?$/.test(ctx.text.slice(f.end, at)),
    )
    .at(-1);
  if (!speaker) return;
  const end = sentence.end - (/[.;]$/.test(sentence.text) ? 1 : 0);
  const what = ctx.text.slice(at, end);
  const id = b.node(
    { kind: 'Claim', name: capitalise(clip(what, 100)), descriptive: true, negative: true },
    b.evidence(ctx.paragraph, speaker.start, end),
    'claim.not-experienced',
    0.55,
  );
  b.edge('ASSERTED', speaker.id, id, b.evidence(ctx.paragraph, speaker.start, end), 'asserted.not-experienced', 0.6);
  for (const f of ctx.found) {
    if (f.start >= at && ['Election', 'Briefing', 'Meeting', 'Incident', 'Nomination', 'Place'].includes(f.kind))
      b.edge('ABOUT', id, f.id, b.evidence(ctx.paragraph, f.start, f.end), 'about.named-in-claim', 0.5);
  }
}

export function findClaims(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  // A sentence ending in ":" introduces a list (recommendations); it states nothing itself.
  if (/:\s*$/.test(sentence.text)) return;
  const verb = SPEECH_VERBS.exec(sentence.text);
  if (!verb) {
    negativeExperience(ctx);
    return;
  }
  const at = sentence.start + verb.index;
  const actors = ctx.found
    .filter((f) => (f.kind === 'Person' || f.kind === 'Organization') && f.end <= at && f.start >= sentence.start)
    .sort((a, b) => a.start - b.start);
  // The speaker is the subject: the last actor before the verb that is not inside a prepositional tail ("of the Party").
  const speaker: Found | undefined = actors
    .filter((f) => !/\b(?:of|for|with|from|to|at|by)\s+(?:the\s+)?$/.test(ctx.text.slice(Math.max(sentence.start, f.start - 10), f.start)))
    .at(-1);
  if (!speaker && pluralPeople(ctx, at)) return;
  // "In the view of …", "From the Party's perspective": a stance with no verb is left to the reviewer.
  if (!speaker) return;
  let from = at + verb[0].length;
  const that = /^\s+(?:that\s+|to\s+\w+\s+that\s+)?/.exec(ctx.text.slice(from, sentence.end));
  if (that) from += that[0].length;
  const what = ctx.text.slice(from, sentence.end).replace(/[\s.;]+$/u, '');
  if (what.length < 12) return;
  const negative = NEGATION.test(verb[0]) || NEGATION.test(what.split(/[,;]/)[0] ?? what);
  const ev = b.evidence(ctx.paragraph, speaker.start, sentence.end);
  const id = b.node(
    { kind: 'Claim', name: capitalise(clip(what, 100)), descriptive: true, negative },
    b.evidence(ctx.paragraph, from, from + what.length),
    negative ? 'claim.speech-verb-negative' : 'claim.speech-verb',
    0.55,
  );
  b.edge('ASSERTED', speaker.id, id, ev, `asserted.${verb[1]?.replace(/\s+/g, '-') ?? 'verb'}`, 0.65);
  // What the claim is about: the events, elections and places it names.
  for (const f of ctx.found) {
    if (
      f.start >= from &&
      ['Election', 'Briefing', 'Meeting', 'Incident', 'Nomination', 'Place', 'Publication', 'Process'].includes(f.kind)
    ) {
      b.edge('ABOUT', id, f.id, b.evidence(ctx.paragraph, f.start, f.end), 'about.named-in-claim', 0.5);
    }
  }
}
