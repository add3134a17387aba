// Incidents and what was done about them, in order: "The Party reported the incident to SITE and to
// the social media platform, and the individual changed the password for the account. No further
// steps were taken." Each step is a Response (RESPONDED_WITH with its order, PERFORMED by whoever
// did it); a report is also REPORTED_TO its recipient; "no further steps" is a negative last step.
import { INCIDENT_NOUNS } from './lexicon.ts';
import { take, type Found, type SentenceContext } from './context.ts';
import { nextClauseEnd, subjectsBefore } from './events.ts';
import { clip } from './text.ts';

const NOTICED = /\b(noticed|discovered|detected|realized|realised|learned|found out|became aware)\s+that\s+/g;
const REPORTED = /\b(reported|flagged|raised|escalated|referred|notified|informed|alerted)\b(?:\s+(the incident|the breach|the matter|the issue|it|this|the attempt|the activity|the account|them|the messages?|the emails?))?\s+(?:to|with)?\s*/g;
const ACTION = /\b(changed|reset|deleted|removed|blocked|suspended|closed|secured|enabled|updated|disabled|locked|reported|contacted|hired|retained|issued|filed|sent|asked|requested|warned|took down|shut down)\b/g;
const NO_FURTHER = /\b(?:No|no)\s+(?:further\s+)?(?:steps|action|actions|measures|follow-up)\s+(?:was|were)\s+taken\b[^.;]*|\b(?:did not|didn't)\s+take\s+any\s+(?:further\s+)?(?:steps|action)\b[^.;]*|\bnothing (?:further|more) was done\b/g;

/** The incident this sentence is about: one it names, else the last one in this paragraph or the one before. */
function currentIncident(ctx: SentenceContext): string | undefined {
  const here = ctx.found.find((f) => f.kind === 'Incident');
  return here?.id ?? ctx.b.last(ctx.paragraph, ctx.sentence.start + 1, (m) => m.kind === 'Incident' && m.paragraph >= ctx.paragraph - 1)?.id;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function findIncidents(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  // "a senior director … noticed that their login information … had been changed"
  for (const m of sentence.text.matchAll(NOTICED)) {
    const at = sentence.start + m.index;
    const from = at + m[0].length;
    const end = nextClauseEnd(ctx.text, from, sentence.end);
    const what = ctx.text.slice(from, end).replace(/[\s.]+$/u, '');
    if (what.length < 10) continue;
    const ev = b.evidence(ctx.paragraph, from, from + what.length);
    const id = b.node({ kind: 'Incident', name: capitalise(clip(what, 90)), descriptive: true }, ev, 'incident.noticed-that', 0.6);
    for (const s of subjectsBefore(ctx, at)) {
      b.edge('NOTICED', s.id, id, b.evidence(ctx.paragraph, s.start, from + what.length), 'noticed.subject', 0.7);
      b.edge('TARGETED', id, s.id, ev, 'targeted.noticer', 0.4);
    }
    take(ctx, { id, kind: 'Incident', start: from, end: from + what.length, text: what, rule: 'incident.noticed-that', named: false });
  }
  if (ctx.found.some((f) => f.kind === 'Incident')) return;
  // "Russian attempts to interfere with …", "a phishing email", "the breach of the Party's database"
  const cue = INCIDENT_NOUNS.exec(sentence.text);
  if (!cue) return;
  let from = sentence.start + cue.index;
  const lead = /(?:(?:\p{Lu}\p{Ll}+|[a-z]+-?[a-z]+)\s+){0,2}$/u.exec(ctx.text.slice(sentence.start, from));
  if (lead) {
    const words = lead[0].trim().split(/\s+/).filter(Boolean);
    const keep: string[] = [];
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i] ?? '';
      if (/^(?:the|a|an|of|about|to|in|on|and|or|that|was|were|had|has|been|by|with|for|response|reporting|reports?)$/i.test(w)) break;
      keep.unshift(w);
    }
    if (keep.length) from -= keep.join(' ').length + 1;
  }
  if (/^the\s+(?:incident|breach|attempt|attack|matter)\b/i.test(ctx.text.slice(from - 4, from + 20))) {
    const id = currentIncident(ctx);
    if (id) take(ctx, { id, kind: 'Incident', start: from, end: from + cue[0].length, text: cue[0], rule: 'coref.the-incident', named: false });
    return;
  }
  const end = Math.min(nextClauseEnd(ctx.text, from, sentence.end), (() => {
    const andAt = ctx.text.slice(from, sentence.end).search(/\s+and\s+(?:related|other|the)\b|,/);
    return andAt > 0 ? from + andAt : sentence.end;
  })());
  const what = ctx.text.slice(from, end).replace(/[\s.]+$/u, '');
  if (what.length < 6) return;
  const id = b.node({ kind: 'Incident', name: capitalise(clip(what, 90)), descriptive: true }, b.evidence(ctx.paragraph, from, from + what.length), 'incident.cue-noun', 0.55);
  take(ctx, { id, kind: 'Incident', start: from, end: from + what.length, text: what, rule: 'incident.cue-noun', named: false });
  const actor = ctx.found.find((f) => f.kind === 'Organization' && f.category === 'government' && f.start >= from - 30 && f.start < from + what.length);
  if (actor) b.edge('PERFORMED', actor.id, id, b.evidence(ctx.paragraph, from, from + what.length), 'performed.state-actor', 0.6);
}

export interface ResponseState {
  /** Responses per incident, to number the next step */
  steps: Map<string, number>;
}

function step(ctx: SentenceContext, state: ResponseState, incident: string, name: string, start: number, end: number, performer: Found | undefined, rule: string, negative = false): string {
  const { b } = ctx;
  const ev = b.evidence(ctx.paragraph, start, end);
  const id = b.node({ kind: 'Response', name, descriptive: true, ...(negative ? { properties: { negative: true } } : {}) }, ev, rule, 0.6);
  if (!b.edges.has(`${incident}--responded-with--${id}`)) {
    const order = (state.steps.get(incident) ?? 0) + 1;
    if (b.edge('RESPONDED_WITH', incident, id, ev, `responded-with.${rule}`, 0.6, { order })) state.steps.set(incident, order);
  }
  if (performer) b.edge('PERFORMED', performer.id, id, b.evidence(ctx.paragraph, Math.min(performer.start, start), end), 'performed.subject', 0.65);
  return id;
}

export function findResponses(ctx: SentenceContext, state: ResponseState): void {
  const { b, sentence } = ctx;
  const incident = currentIncident(ctx);
  if (!incident) return;
  const actors = (f: Found) => f.kind === 'Person' || f.kind === 'Organization';
  for (const m of sentence.text.matchAll(REPORTED)) {
    const at = sentence.start + m.index;
    const from = at + m[0].length;
    const clauseEnd = nextClauseEnd(ctx.text, from, sentence.end);
    // "to SITE and to the social media platform": every actor up to the end of the clause.
    let recipients = ctx.found.filter((f) => actors(f) && f.start >= from - 1 && f.start < clauseEnd);
    if (m[1] === 'notified' || m[1] === 'informed' || m[1] === 'alerted') recipients = recipients.slice(0, 1);
    const performer = subjectsBefore(ctx, at)[0];
    for (const r of recipients) {
      const end = r.end;
      const ev = b.evidence(ctx.paragraph, performer && performer.start < at ? performer.start : at, end);
      b.edge('REPORTED_TO', incident, r.id, ev, 'reported-to.verb', 0.75);
      const response = step(ctx, state, incident, `Reported the incident to ${r.text}`, performer && performer.start < at ? performer.start : at, end, performer, 'report');
      b.edge('REPORTED_TO', response, r.id, b.evidence(ctx.paragraph, at, end), 'reported-to.response', 0.7);
    }
  }
  for (const m of sentence.text.matchAll(ACTION)) {
    if (m[1] === 'reported') continue;
    const at = sentence.start + m.index;
    // A verb inside the incident's own description ("login information had been changed") is no response.
    if (ctx.found.some((f) => f.kind === 'Incident' && f.start <= at && at < f.end)) continue;
    const end = nextClauseEnd(ctx.text, at, sentence.end);
    const what = ctx.text.slice(at, end).replace(/[\s.]+$/u, '');
    if (what.length < 8) continue;
    const performer = subjectsBefore(ctx, at)[0];
    step(ctx, state, incident, capitalise(clip(what, 80)), performer ? performer.start : at, at + what.length, performer, 'action');
  }
  for (const m of sentence.text.matchAll(NO_FURTHER)) {
    const at = sentence.start + m.index;
    const text = m[0].replace(/[\s.]+$/u, '');
    step(ctx, state, incident, capitalise(text), at, at + text.length, undefined, 'no-further-steps', true);
  }
}
