// ATTENDED: who was at which briefing or meeting. The summaries say it with a verb ("attended",
// "took part in"), as representation ("one of the Party's representatives at SITE briefings",
// "The other two Party representatives were A and B"), or negatively ("did not attend").
import type { SentenceContext, Found } from './context.ts';
import { pluralPeople } from './coref.ts';
import { subjectsBefore } from './events.ts';

const ATTEND =
  /\b(attended|attend|attends|attending|was present at|were present at|participated in|took part in|sat in on|joined|went to|go to|was at|were at)\b/g;
/** Verbs too common to mean attendance unless a briefing or meeting is named after them. */
const NEEDS_EVENT = new Set(['went to', 'go to', 'was at', 'were at']);
const NEGATED =
  /\b(?:did not|didn't|never|was unable to|were unable to|could not|couldn't|declined to|chose not to|no longer)\s+(?:\w+\s+)?$/;
const REPRESENTATIVE = /\brepresentatives?\b/g;

function eventsIn(ctx: SentenceContext, from: number): Found[] {
  return ctx.found.filter((f) => (f.kind === 'Briefing' || f.kind === 'Meeting') && f.start >= from);
}

/** The briefing this sentence is about when it names none: the last one in this paragraph or the one before. */
function contextEvent(ctx: SentenceContext, before = ctx.sentence.start): string | undefined {
  return ctx.b.last(ctx.paragraph, before, (m) => (m.kind === 'Briefing' || m.kind === 'Meeting') && m.paragraph >= ctx.paragraph - 1)?.id;
}

export function findAttendance(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  const done = new Set<string>();
  const attend = (
    person: string,
    event: string,
    ev: { start: number; end: number },
    rule: string,
    confidence: number,
    negative: boolean,
  ) => {
    const key = `${person} ${event} ${negative}`;
    if (done.has(key)) return;
    done.add(key);
    b.edge('ATTENDED', person, event, b.evidence(ctx.paragraph, ev.start, ev.end), rule, confidence, undefined, negative);
  };

  for (const m of sentence.text.matchAll(ATTEND)) {
    const at = sentence.start + m.index;
    const negative = NEGATED.test(ctx.text.slice(Math.max(sentence.start, at - 30), at));
    const events = eventsIn(ctx, at).filter((e) => !NEEDS_EVENT.has(m[1] ?? '') || e.start <= at + m[0].length + 24);
    if (NEEDS_EVENT.has(m[1] ?? '') && events.length === 0) continue;
    const target = events.length ? events.map((e) => e.id) : [contextEvent(ctx)].filter((x): x is string => x !== undefined);
    let subjects = subjectsBefore(ctx, at).filter((f) => f.kind === 'Person');
    let rule = negative ? 'attended.negated-verb' : 'attended.verb';
    let qStart = subjects[0]?.start ?? at;
    if (subjects.length === 0) {
      const group = pluralPeople(ctx, at);
      if (group) {
        subjects = group.ids.map((id) => ({
          id,
          kind: 'Person',
          start: group.start,
          end: group.end,
          text: '',
          rule: 'coref.plural-people',
          named: true,
        }));
        rule = 'attended.verb+coref.plural-people';
        qStart = group.start;
      }
    }
    const qEnd = Math.min(sentence.end, Math.max(at + m[0].length, ...events.map((e) => e.end)));
    for (const s of subjects)
      for (const t of target) attend(s.id, t, { start: Math.min(qStart, s.start), end: qEnd }, rule, events.length ? 0.8 : 0.6, negative);
  }

  // "the Party sent Ms. A and Mr. B to the SITE briefings"
  for (const m of sentence.text.matchAll(/\b(?:sent|delegated|assigned|dispatched)\s+/g)) {
    const from = sentence.start + m.index + m[0].length;
    const to = ctx.text.slice(from, sentence.end).search(/\s(?:to|at)\s/);
    if (to < 0) continue;
    const event = eventsIn(ctx, from + to)[0];
    const people = ctx.found.filter((f) => f.kind === 'Person' && f.start >= from && f.end <= from + to);
    if (!event) continue;
    for (const p of people) attend(p.id, event.id, { start: sentence.start + m.index, end: event.end }, 'attended.sent-to', 0.7, false);
  }
  // "Ms. X represented the Party at them", "Mr. Y represented the Party at the SITE briefings"
  for (const m of sentence.text.matchAll(/\brepresented\s+(?:the|its|their|his|her)\s+[\w’'-]+\s+at\s+/g)) {
    const at = sentence.start + m.index;
    const from = at + m[0].length;
    const event =
      eventsIn(ctx, from).find((e) => e.start <= from + 30)?.id ??
      (/^(?:them|these|those|it)\b/.test(ctx.text.slice(from, from + 6)) ? contextEvent(ctx, from) : undefined);
    if (!event) continue;
    for (const s of subjectsBefore(ctx, at).filter((f) => f.kind === 'Person'))
      attend(s.id, event, { start: s.start, end: Math.min(sentence.end, from + 12) }, 'attended.represented-at', 0.7, false);
  }
  // "the Party was represented at SITE briefings by its Deputy Director, Priya Ramaswami-Holt"
  for (const m of sentence.text.matchAll(/\brepresented\s+(?:at|in)\s+/g)) {
    const from = sentence.start + m.index + m[0].length;
    const event = eventsIn(ctx, from)[0];
    // "… at SITE briefings (for the 2019 election) by X": the agent follows the event and what qualifies it.
    const by = event ? /^[^.;]{0,60}?\s+by\s+/.exec(ctx.text.slice(event.end, sentence.end)) : null;
    if (!event || !by) continue;
    const agentAt = event.end + by[0].length;
    const clauseEnd = ctx.text.slice(agentAt, sentence.end).search(/[;.]|\s(?:and|but)\s(?!Mr|Ms|Mrs|Dr)/);
    const limit = clauseEnd < 0 ? sentence.end : agentAt + clauseEnd;
    for (const p of ctx.found.filter((f) => f.kind === 'Person' && f.named && f.start >= agentAt && f.start < limit)) {
      attend(p.id, event.id, { start: sentence.start + m.index, end: p.end }, 'attended.represented-at-by', 0.7, false);
    }
  }

  // "X was one of the Party's representatives at SITE briefings", "X served as the Party's representative at these briefings".
  for (const m of sentence.text.matchAll(REPRESENTATIVE)) {
    const at = sentence.start + m.index;
    const rest = ctx.text.slice(at + m[0].length, sentence.end);
    const events = eventsIn(ctx, at);
    const atEvent = /^\s+(?:at|to|for|in)\b/.test(rest) && events.length > 0;
    const listed = /^\s+(?:were|was|included|being)\s/.exec(rest);
    if (atEvent) {
      const subjects = subjectsBefore(ctx, at).filter((f) => f.kind === 'Person' && f.named);
      const negative = /\b(?:not|never|no longer)\b/.test(ctx.text.slice(subjects[0]?.end ?? at, at));
      for (const s of subjects)
        for (const e of events.slice(0, 1))
          attend(s.id, e.id, { start: s.start, end: e.end }, 'attended.representative-at', 0.75, negative);
    } else if (listed) {
      // "The other two Party representatives were Braeden Caley and Mathieu Lafrance." → the briefing in context.
      const from = at + m[0].length + listed[0].length;
      const people = ctx.found.filter((f) => f.kind === 'Person' && f.named && f.start >= from);
      const event = events[0]?.id ?? contextEvent(ctx);
      if (!event) continue;
      for (const p of people)
        attend(
          p.id,
          event,
          { start: sentence.start, end: sentence.end },
          'attended.representatives-were+coref.context-briefing',
          0.65,
          false,
        );
    } else if (events.length === 0 && /^\s+who\s+(?:attended|were at)/.test(rest)) {
    }
  }
}
