// Incidents and what was done about them, in order: "The Party reported the incident to SITE and to
// the social media platform, and the individual changed the password for the account. No further
// steps were taken." Each step is a Response (RESPONDED_WITH with its order, PERFORMED by whoever
// did it); a report is also REPORTED_TO its recipient; "no further steps" is a negative last step.
// Past 300 lines: an incident, its ordered responses and their reports are read in one walk over the paragraph's sentences.
import { INCIDENT_NOUNS } from './lexicon.ts';
import { take, type Found, type SentenceContext } from './context.ts';
import { nextClauseEnd, subjectsBefore } from './events.ts';
import { findDates } from './dates.ts';
import { clip, sentences } from './text.ts';

const NOTICED = /\b(noticed|discovered|detected|realized|realised|learned|found out|became aware)\s+that\s+/g;
/** A report: "reported the incident to X", "forwarded the message to X", "informed X of the incident". */
const REPORTED =
  /\b(reported|report|flagged|raised|escalated|referred|forwarded|passed|notified|informed|alerted|filed a complaint|complained|lodged a complaint)\b((?:\s+(?!to\b|with\b)[\w’'-]+){0,5}?)\s+(?:on\s+to|to|with)\s+|\b(notified|informed|alerted|told|contacted)\s+(?=\S)/g;
const NEGATED = /\b(?:did not|didn't|never|chose not to|decided not to|declined to)\s+$/;
const ACTION =
  /\b(changed|reset|deleted|removed|blocked|suspended|closed|secured|enabled|updated|disabled|locked|reported|contacted|hired|retained|issued|filed|sent|asked|requested|warned|took down|shut down)\b/g;
const NO_FURTHER =
  /\b(?:No|no)\s+(?:further\s+)?(?:steps|action|actions|measures|follow-up)\s+(?:was|were)\s+taken\b[^.;]*|\b(?:did not|didn't)\s+take\s+any\s+(?:further\s+)?(?:steps|action)\b[^.;]*|\bnothing (?:further|more) was done\b|\bheard nothing (?:further|more|back)\b/g;

/** The incident this sentence is about: one it names, else the last one in this paragraph or the one before. */
function currentIncident(ctx: SentenceContext): string | undefined {
  const here = ctx.found.find((f) => f.kind === 'Incident');
  return (
    here?.id ?? ctx.b.last(ctx.paragraph, ctx.sentence.start + 1, (m) => m.kind === 'Incident' && m.paragraph >= ctx.paragraph - 1)?.id
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function findIncidents(ctx: SentenceContext): void {
  const before = new Set(ctx.b.nodes.keys());
  detectIncidents(ctx);
  placeInTime(ctx, before);
}

const LEAD_UP =
  /\b(?:in the lead[- ]up to|in the run-up to|ahead of|in advance of|during)\s+the\s+(?:19|20)\d\d\s+(?:federal\s+|general\s+)?(?:election|campaign)/i;

/**
 * The date the sentence gives a new incident, with its precision ("In August 2019" → 2019-08), not a
 * year that only names an election; and PRECEDED when it says "in the lead up to the 2021 election".
 */
function placeInTime(ctx: SentenceContext, before: ReadonlySet<string>): void {
  const { b, sentence } = ctx;
  const incidents = ctx.found.filter((f) => f.kind === 'Incident' && !before.has(f.id));
  if (incidents.length === 0) return;
  const elections = ctx.found.filter((f) => f.kind === 'Election');
  const date = findDates(sentence.text, sentence.start).find((d) => !elections.some((e) => d.start >= e.start && d.end <= e.end));
  const lead = LEAD_UP.exec(sentence.text);
  const election = lead
    ? elections.find((e) => e.start >= sentence.start + lead.index && e.start <= sentence.start + lead.index + lead[0].length)
    : undefined;
  for (const f of incidents) {
    const node = b.nodes.get(f.id);
    if (node && date && !node.date) node.date = date.iso;
    if (lead && election)
      b.edge(
        'PRECEDED',
        f.id,
        election.id,
        b.evidence(ctx.paragraph, sentence.start + lead.index, sentence.start + lead.index + lead[0].length),
        'preceded.lead-up-to',
        0.7,
      );
  }
}

function detectIncidents(ctx: SentenceContext): void {
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
  received(ctx);
  mediaReports(ctx);
  if (ctx.found.some((f) => f.kind === 'Incident')) return;
  // "the phishing email", "the video", "the incident": the incident this paragraph or the one before described.
  const definite =
    /\b(?:the|this|that)\s+((?:[a-z-]+\s+)?(?:incident|breach|attack|attempt|matter|email|message|video|account|post|call|activity|phishing email))\b/.exec(
      sentence.text,
    );
  if (definite) {
    const at = sentence.start + definite.index;
    const id = currentIncident(ctx) ?? describedBefore(ctx);
    if (id) {
      b.cite(id, b.evidence(ctx.paragraph, at, at + definite[0].length), 'coref.the-incident', 0.55);
      take(ctx, {
        id,
        kind: 'Incident',
        start: at,
        end: at + definite[0].length,
        text: definite[0],
        rule: 'coref.the-incident',
        named: false,
      });
      return;
    }
  }
  // "Russian attempts to interfere with …", "a phishing email", "the breach of the Party's database";
  // not in a recommendation, which speaks of what should happen, not of what did.
  const cue = /\b(?:should|recommend\w*)\b/.test(sentence.text) ? null : INCIDENT_NOUNS.exec(sentence.text);
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
    if (id)
      take(ctx, { id, kind: 'Incident', start: from, end: from + cue[0].length, text: cue[0], rule: 'coref.the-incident', named: false });
    return;
  }
  const end = Math.min(
    nextClauseEnd(ctx.text, from, sentence.end),
    (() => {
      const andAt = ctx.text.slice(from, sentence.end).search(/\s+and\s+(?:related|other|the)\b|,/);
      return andAt > 0 ? from + andAt : sentence.end;
    })(),
  );
  const what = ctx.text.slice(from, end).replace(/[\s.]+$/u, '');
  if (what.length < 6) return;
  const id = b.node(
    { kind: 'Incident', name: capitalise(clip(what, 90)), descriptive: true },
    b.evidence(ctx.paragraph, from, from + what.length),
    'incident.cue-noun',
    0.55,
  );
  take(ctx, { id, kind: 'Incident', start: from, end: from + what.length, text: what, rule: 'incident.cue-noun', named: false });
  const actor = ctx.found.find(
    (f) => f.kind === 'Organization' && f.category === 'government' && f.start >= from - 30 && f.start < from + what.length,
  );
  if (actor) b.edge('PERFORMED', actor.id, id, b.evidence(ctx.paragraph, from, from + what.length), 'performed.state-actor', 0.6);
}

/** "received an email that impersonated Elections Canada": the email is the incident, aimed at whoever received it. */
function received(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  const m =
    /\b(?:received|(?:was|were) sent|got)\s+(?:an?|several|two|three|many|multiple|a series of|a number of)\s+(?:[a-z-]+\s+){0,2}?(?:emails?|messages?|texts?|text messages?|calls?|phone calls?|letters?|friend requests?|direct messages?)\s+(?:that|which|from|claiming|asking|purporting|pretending|impersonating|threatening)\b[^.;]*/.exec(
      sentence.text,
    );
  if (!m) return;
  const start = sentence.start + m.index + (/^\S+\s+sent\s/.test(m[0]) ? m[0].indexOf('sent') + 5 : m[0].indexOf(' ') + 1);
  const what = ctx.text.slice(start, sentence.start + m.index + m[0].length).replace(/[\s,.]+$/u, '');
  const ev = b.evidence(ctx.paragraph, start, start + what.length);
  const id = b.node(
    { kind: 'Incident', name: capitalise(clip(what.replace(/^(?:an?|several)\s+/, ''), 90)), descriptive: true },
    ev,
    'incident.received',
    0.6,
  );
  for (const s of subjectsBefore(ctx, sentence.start + m.index))
    b.edge('TARGETED', id, s.id, b.evidence(ctx.paragraph, s.start, start + what.length), 'targeted.receiver', 0.6);
  take(ctx, { id, kind: 'Incident', start, end: start + what.length, text: what, rule: 'incident.received', named: false });
}

/** "The media reported on X", "a newspaper … reported that X": a publication by the press, about an incident X. */
function mediaReports(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  const m = /\breported\s+(?:on|that)\s+([^.;]+)/.exec(sentence.text);
  if (!m?.[1]) return;
  const at = sentence.start + m.index;
  const media = ctx.found.find(
    (f) =>
      f.kind === 'Organization' &&
      (f.category === 'media' ||
        /\b(?:newspaper|media|outlet|journalists?|reporters?|press)\b/.test(
          ctx.text.slice(Math.max(sentence.start, f.start - 30), f.end),
        )) &&
      f.end <= at,
  );
  if (!media) return;
  const from = at + m[0].length - m[1].length;
  const end = nextClauseEnd(ctx.text, from, sentence.end);
  const what = ctx.text.slice(from, end).replace(/[\s,.]+$/u, '');
  if (what.length < 12) return;
  const ev = b.evidence(ctx.paragraph, from, from + what.length);
  const incident = b.node({ kind: 'Incident', name: capitalise(clip(what, 90)), descriptive: true }, ev, 'incident.media-reported', 0.55);
  const report = b.node(
    { kind: 'Publication', name: `Reports that ${clip(what, 80)}`, descriptive: true },
    b.evidence(ctx.paragraph, media.start, from + what.length),
    'publication.media-report',
    0.55,
  );
  b.edge('PUBLISHED', media.id, report, b.evidence(ctx.paragraph, media.start, at + 'reported'.length), 'published.media-reported', 0.6);
  b.edge('ABOUT', report, incident, ev, 'about.media-report', 0.55);
  take(ctx, {
    id: incident,
    kind: 'Incident',
    start: from,
    end: from + what.length,
    text: what,
    rule: 'incident.media-reported',
    named: false,
  });
}

/** An incident a later sentence points back to ("reported the incident") but no cue word named: the sentence before it. */
function describedBefore(ctx: SentenceContext): string | undefined {
  const before = sentences(ctx.text)
    .filter((s) => s.end <= ctx.sentence.start)
    .at(-1);
  if (!before) return undefined;
  const text = before.text.replace(/[\s.]+$/u, '');
  return ctx.b.node(
    { kind: 'Incident', name: capitalise(clip(text, 90)), descriptive: true },
    ctx.b.evidence(ctx.paragraph, before.start, before.start + text.length),
    'incident.described-before-coref',
    0.45,
  );
}

export interface ResponseState {
  /** Responses per incident, to number the next step */
  steps: Map<string, number>;
}

function step(
  ctx: SentenceContext,
  state: ResponseState,
  incident: string,
  name: string,
  start: number,
  end: number,
  performer: Found | undefined,
  rule: string,
  negative = false,
): string {
  const { b } = ctx;
  const ev = b.evidence(ctx.paragraph, start, end);
  const id = b.node({ kind: 'Response', name, descriptive: true, negative }, ev, rule, 0.6);
  if (!b.edges.has(`${incident}--responded-with--${id}`)) {
    const order = (state.steps.get(incident) ?? 0) + 1;
    if (b.edge('RESPONDED_WITH', incident, id, ev, `responded-with.${rule}`, 0.6, { order })) state.steps.set(incident, order);
  }
  if (performer)
    b.edge('PERFORMED', performer.id, id, b.evidence(ctx.paragraph, Math.min(performer.start, start), end), 'performed.subject', 0.65);
  return id;
}

export function findResponses(ctx: SentenceContext, state: ResponseState): void {
  const { b, sentence } = ctx;
  const incident = currentIncident(ctx);
  if (!incident) return;
  const actors = (f: Found) => f.kind === 'Person' || f.kind === 'Organization';
  const reports: number[] = [];
  for (const m of sentence.text.matchAll(REPORTED)) {
    const at = sentence.start + m.index;
    reports.push(at);
    const from = at + m[0].length;
    const clauseEnd = nextClauseEnd(ctx.text, from, sentence.end);
    // "to SITE and to the social media platform": every actor up to the end of the clause, each at "to"/"and".
    let recipients = ctx.found.filter(
      (f) =>
        actors(f) &&
        f.start >= from - 1 &&
        f.start < clauseEnd &&
        (f.start <= from + 4 ||
          /\b(?:and|or)\s+(?:to\s+)?(?:the\s+)?(?:\p{Lu}[\w-]*['’]s\s+)?$/u.test(ctx.text.slice(Math.max(from, f.start - 24), f.start))),
    );
    // "to the Party's hosting provider": the possessor is not the recipient.
    recipients = recipients.filter((f) => !/^['’]s\b/.test(ctx.text.slice(f.end, f.end + 2)));
    recipients.sort((x, y) => x.start - y.start);
    if (m[3]) recipients = recipients.filter((f) => f.start <= from + 4).slice(0, 1);
    const performer = subjectsBefore(ctx, at)[0];
    if (NEGATED.test(ctx.text.slice(Math.max(sentence.start, at - 16), at))) {
      // "the Party did not report the account to SITE": a step that was not taken, and no REPORTED_TO.
      const end = recipients.at(-1)?.end ?? clauseEnd;
      const neg = /\b(?:did not|didn't|never|chose not to|decided not to|declined to)\s+$/.exec(
        ctx.text.slice(Math.max(sentence.start, at - 16), at),
      );
      const start = at - (neg?.[0].length ?? 0);
      step(ctx, state, incident, capitalise(ctx.text.slice(start, end)), start, end, performer, 'not-reported', true);
      continue;
    }
    for (const r of recipients) {
      const end = r.end;
      const ev = b.evidence(ctx.paragraph, performer && performer.start < at ? performer.start : at, end);
      b.edge('REPORTED_TO', incident, r.id, ev, 'reported-to.verb', 0.75);
      const response = step(
        ctx,
        state,
        incident,
        `Reported the incident to ${r.text}`,
        performer && performer.start < at ? performer.start : at,
        end,
        performer,
        'report',
      );
      b.edge('REPORTED_TO', response, r.id, b.evidence(ctx.paragraph, at, end), 'reported-to.response', 0.7);
    }
  }
  for (const m of sentence.text.matchAll(ACTION)) {
    if (m[1] === 'reported') continue;
    const at = sentence.start + m.index;
    if (NEGATED.test(ctx.text.slice(Math.max(sentence.start, at - 16), at))) continue;
    // A verb inside (or just before) the incident's own description ("login information had been changed",
    // "was sent a series of messages") is no response; nor is one a report already took ("filed a complaint with").
    if (ctx.found.some((f) => f.kind === 'Incident' && f.start - 12 <= at && at < f.end)) continue;
    if (reports.includes(at)) continue;
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
