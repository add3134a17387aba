// Elections, briefings, meetings and nominations: the events these summaries place people at.
// A briefing is known by who gave it and for which election ("SITE briefings in respect of the 2019
// federal election", or "these briefings" in a section about 2021); a meeting by who met whom.
import type { KnownEntity } from './known.ts';
import { lookup } from './known.ts';
import { isTaken, take, type Found, type SentenceContext } from './context.ts';
import { findDates } from './dates.ts';
import { looseKey } from './text.ts';

const ELECTION =
  /\b(?:the\s+)?((?:19|20)\d\d)(?:\s+and\s+((?:19|20)\d\d))?\s+(?:(federal|general|provincial|municipal|American|U\.S\.|US|presidential)\s+)?(elections?|campaigns?|election campaigns?)\b/g;
/** Years that compare rather than place: "As in 2019", "as compared to 2019", "since 2017". */
const COMPARED_YEAR = /\b(?:as in|compared (?:to|with)|than in|since|unlike in|like in|as it had in)\s+(?:those in\s+)?((?:19|20)\d\d)\b/gi;

export function electionId(
  ctx: SentenceContext,
  year: number,
  qualifier: string | undefined,
  start: number,
  end: number,
  rule: string,
): string {
  const { b } = ctx;
  const foreign = qualifier && !/^(?:federal|general)$/i.test(qualifier);
  const name = foreign ? `${year} ${qualifier} election` : `${year} federal election`;
  const known = lookup(b.known, name, 'Election') ?? (foreign ? undefined : lookup(b.known, `${year} election`, 'Election'));
  const ev = b.evidence(ctx.paragraph, start, end);
  if (known) return b.linked(known, ev, rule, 0.95);
  return b.node(
    { kind: 'Election', name, ...(foreign ? {} : { aliases: [`${year} election`] }), date: String(year), properties: { year } },
    ev,
    rule,
    0.85,
  );
}

export function findElections(ctx: SentenceContext): void {
  const { sentence } = ctx;
  for (const m of sentence.text.matchAll(ELECTION)) {
    const start = sentence.start + m.index + (m[0].startsWith('the ') ? 4 : 0);
    const end = sentence.start + m.index + m[0].length;
    if (isTaken(ctx, start, end)) continue;
    for (const y of [m[1], m[2]]) {
      if (!y) continue;
      const id = electionId(ctx, Number(y), m[3], start, end, 'election.year');
      take(ctx, { id, kind: 'Election', start, end, text: ctx.text.slice(start, end), rule: 'election.year', named: true });
    }
  }
}

/** The election year a sentence is about: an election it names, else a year it does not merely compare with, else its section's. */
export function yearOf(ctx: SentenceContext): number | undefined {
  const election = ctx.found.find((f) => f.kind === 'Election');
  if (election) {
    const y = /\b((?:19|20)\d\d)\b/.exec(election.text);
    if (y) return Number(y[1]);
  }
  const compared = new Set([...ctx.sentence.text.matchAll(COMPARED_YEAR)].map((m) => m[1]));
  const years = [...ctx.sentence.text.matchAll(/\b((?:19|20)\d\d)\b/g)].map((m) => m[1]).filter((y) => !compared.has(y));
  return years.length ? Number(years[0]) : ctx.sectionYear;
}

function knownBriefing(ctx: SentenceContext, organizer: string | undefined, year: number | undefined): KnownEntity | undefined {
  const org = organizer ? (ctx.b.known.byId.get(organizer) ?? ctx.b.nodes.get(organizer)) : undefined;
  const orgKeys = org ? [org.name, ...(org.aliases ?? [])].map(looseKey).filter((k) => k.length >= 3) : [];
  const hits = ctx.b.known.entities.filter((e) => {
    if (e.kind !== 'Briefing') return false;
    const keys = [e.name, ...e.aliases].map(looseKey);
    return (
      (year === undefined || keys.some((k) => k.includes(String(year)))) &&
      (orgKeys.length === 0 || keys.some((k) => orgKeys.some((o) => k.includes(o))))
    );
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/** Who organized a briefing this draft has. */
function organizerOf(ctx: SentenceContext, briefing: string): string | undefined {
  for (const e of ctx.b.edges.values()) if (e.type === 'ORGANIZED' && e.target === briefing) return e.source;
  return undefined;
}

/** The short name of an organization for a briefing's name: its abbreviation when it has one. */
function labelOf(ctx: SentenceContext, org: string): string {
  const node = ctx.b.nodes.get(org) ?? ctx.b.known.byId.get(org);
  const abbr = (node?.aliases ?? []).find((a) => /^\p{Lu}{2,}$/u.test(a));
  return abbr ?? node?.name ?? org;
}

/** "SITE briefings", "briefings from the Cyber Centre", "these briefings". */
export function findBriefings(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  for (const m of sentence.text.matchAll(/\b(briefings?|debriefings?)\b/g)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (isTaken(ctx, start, end)) continue;
    const before = ctx.found.filter(
      (f) => f.kind === 'Organization' && f.end <= start && /^\)?(?:['’]s)?\s*$/u.test(ctx.text.slice(f.end, start)),
    );
    const afterText = ctx.text.slice(end, end + 40);
    const after = /^\s+(?:held |given |provided |organized |organised )?(?:by|from|of|with)\s+(?:the\s+)?/.exec(afterText)
      ? ctx.found.find((f) => f.kind === 'Organization' && f.start > end && f.start <= end + 40)
      : undefined;
    const organizer = before.at(-1) ?? after;
    const determiner = /\b(these|those|the|such|each|all|both)\s+(?:\w+\s+)?$/i
      .exec(ctx.text.slice(Math.max(0, start - 30), start))?.[1]
      ?.toLowerCase();
    const year = yearOf(ctx);
    let id: string | undefined;
    let rule = 'briefing.organizer-year';
    const qStart = organizer && organizer.end <= start ? organizer.start : start;
    const qEnd = organizer && organizer.start > end ? organizer.end : end;
    const ev = b.evidence(ctx.paragraph, qStart, qEnd);
    const lastBriefing = b.last(ctx.paragraph, start, (x) => x.kind === 'Briefing');
    const lastYear = lastBriefing
      ? (b.nodes.get(lastBriefing.id)?.date ?? /\b((?:19|20)\d\d)\b/.exec(b.known.byId.get(lastBriefing.id)?.name ?? '')?.[1])
      : undefined;
    // "these briefings" in a sentence about another year are that year's briefings by the same organizer.
    const sameSeries = lastBriefing && (year === undefined || lastYear === undefined || String(year) === lastYear);
    if (!organizer && !determiner && !lastBriefing) continue;
    if (!organizer && lastBriefing && sameSeries) {
      id = lastBriefing.id;
      rule = 'coref.these-briefings';
      b.cite(id, b.evidence(ctx.paragraph, determiner ? Math.max(0, start - (determiner.length + 1)) : start, end), rule, 0.7);
    } else if (!organizer && lastBriefing && year !== undefined) {
      const org = organizerOf(ctx, lastBriefing.id);
      if (!org) continue;
      rule = 'coref.these-briefings-other-year';
      const known = knownBriefing(ctx, org, year);
      const label = labelOf(ctx, org);
      const qs = determiner ? Math.max(0, start - (determiner.length + 1)) : start;
      id = known
        ? b.linked(known, b.evidence(ctx.paragraph, qs, end), rule, 0.65)
        : b.node(
            { kind: 'Briefing', name: `${label} briefings for the ${year} election`, date: String(year) },
            b.evidence(ctx.paragraph, qs, end),
            rule,
            0.65,
          );
      b.edge('ORGANIZED', org, id, b.evidence(ctx.paragraph, qs, end), 'briefing.organized-by', 0.6);
    } else if (organizer && year === undefined && lastBriefing && organizerOf(ctx, lastBriefing.id) === organizer.id) {
      id = lastBriefing.id;
      rule = 'coref.organizer-briefings';
      b.cite(id, ev, rule, 0.6);
    } else if (organizer) {
      const known = knownBriefing(ctx, organizer.id, year);
      const label = organizer.text.replace(/^.*\((?:the\s+)?[“"]?([^)”"]+)[”"]?\)(?:\s+.*)?$/u, '$1').replace(/['’]s$/u, '');
      const name = `${label} briefings${year ? ` for the ${year} election` : ''}`;
      id = known
        ? b.linked(known, ev, 'briefing.known', 0.9)
        : b.node({ kind: 'Briefing', name, ...(year ? { date: String(year) } : {}) }, ev, rule, 0.8);
      if (known) rule = 'briefing.known';
      b.edge('ORGANIZED', organizer.id, id, ev, 'briefing.organized-by', 0.8);
      if (year) {
        const election = ctx.found.find((f) => f.kind === 'Election' && f.text.includes(String(year)));
        const electionNode =
          election?.id ??
          (lookup(b.known, `${year} federal election`, 'Election') ?? lookup(b.known, `${year} election`, 'Election'))?.id ??
          (b.nodes.has(`election-${year}`) ? `election-${year}` : undefined);
        if (electionNode) b.edge('PART_OF', id, electionNode, ev, 'briefing.for-election', 0.7);
      }
    } else {
      continue;
    }
    take(ctx, { id, kind: 'Briefing', start, end, text: m[0], rule, named: false, ...(organizer ? {} : {}) });
  }
}

const MET =
  /\b(met|meets|meet|spoke|talked|had|held)\b(?:\s+(?:once|twice|several times|regularly|briefly|separately|again|in person|virtually|privately|directly))*(\s+(?:a|an|one|two|several)\s+(?:[a-z-]+\s+)?(?:call|meeting|conversation|discussion)s?)?\s+(with|to)\s+/g;

/** "X met (once) with Y": a meeting both attended, and X MET_WITH Y. */
export function findMeetings(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  for (const m of sentence.text.matchAll(MET)) {
    // "met with", or "had a call with" / "held a meeting with" (the noun names the meeting).
    const noun = /(call|meeting|conversation|discussion)s?$/.exec(m[2] ?? '')?.[1];
    if ((m[1] === 'had' || m[1] === 'held') && !noun) continue;
    if (!['met', 'meets', 'meet', 'had', 'held'].includes(m[1] ?? '') || (m[3] === 'to' && !noun && m[1] !== 'met')) continue;
    const verbAt = sentence.start + m.index;
    const objStart = verbAt + m[0].length;
    const clauseEnd = nextClauseEnd(ctx.text, objStart, sentence.end);
    const actors = (f: Found) => f.kind === 'Person' || f.kind === 'Organization';
    // The first actor after "with", and any joined to it by "and" ("with X and Y"), not one inside it ("the head of X").
    const objects: Found[] = [];
    for (const f of ctx.found.filter((x) => actors(x) && x.start >= objStart && x.start < clauseEnd).sort((x, y) => x.start - y.start)) {
      const prev = objects.at(-1);
      if (!prev ? f.start - objStart <= 4 : /^,?\s+(?:and|,)\s+(?:the\s+)?$/.test(ctx.text.slice(prev.end, f.start))) objects.push(f);
    }
    const subjects = subjectsBefore(ctx, verbAt);
    const first = objects[0];
    if (!first) continue;
    const date = findDates(ctx.text.slice(sentence.start, sentence.end), sentence.start).find((d) => d.iso.length > 4)?.iso;
    const objText = ctx.text.slice(objStart, first.end);
    const qStart = subjects[0]?.start ?? verbAt;
    const ev = b.evidence(ctx.paragraph, Math.min(qStart, verbAt), first.end);
    // "met twice with X …, once in May and once in August": one meeting per occasion the sentence counts.
    const times = /\btwice\b/.test(m[0]) ? 2 : /\bthree times\b/.test(m[0]) ? 3 : 1;
    const occasions = [
      ...ctx.text.slice(first.end, sentence.end).matchAll(/\bonce\s+(?:in|on|during)\s+[^,;.]+?(?=,|;|\.|\s+and\s+once\b|$)/g),
    ];
    const ordinals = ['First', 'Second', 'Third'];
    for (let i = 0; i < times; i++) {
      const occasion = times > 1 ? occasions[i] : undefined;
      const oStart = occasion ? first.end + occasion.index : -1;
      const mev = occasion
        ? b.evidence(ctx.paragraph, i === 0 ? Math.min(qStart, verbAt) : oStart, oStart + (occasion?.[0].length ?? 0))
        : ev;
      const what = noun ? noun.charAt(0).toUpperCase() + noun.slice(1) : 'Meeting';
      const name = times > 1 ? `${ordinals[i] ?? `Meeting ${i + 1}:`} ${what.toLowerCase()} with ${objText}` : `${what} with ${objText}`;
      const meeting = b.node(
        { kind: 'Meeting', name, descriptive: true, ...(date && times === 1 ? { date } : {}) },
        mev,
        times > 1 ? 'meeting.met-n-times' : 'meeting.met-with',
        0.7,
      );
      if (i === 0)
        take(ctx, {
          id: meeting,
          kind: 'Meeting',
          start: verbAt,
          end: verbAt + (m[1]?.length ?? 3),
          text: m[1] ?? 'met',
          rule: 'meeting.met-with',
          named: false,
        });
      for (const s of subjects) b.edge('ATTENDED', s.id, meeting, mev, 'attended.met-with', 0.75);
      for (const o of objects)
        b.edge('ATTENDED', o.id, meeting, i === 0 ? b.evidence(ctx.paragraph, verbAt, o.end) : mev, 'attended.met-with', 0.7);
    }
    for (const s of subjects) for (const o of objects) b.edge('MET_WITH', s.id, o.id, ev, 'met-with.verb', 0.8);
  }
}

/** "the nomination race in Don Valley North", "the Don Valley North nomination". */
export function findNominations(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  for (const m of sentence.text.matchAll(/\bnomination(?:\s+(?:race|contest|process|campaign|vote|meeting))?\b/g)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const place = ctx.found.find(
      (f) =>
        f.kind === 'Place' &&
        ((f.start > end && f.start <= end + 10 && /^\s+(?:in|for|of)\s+$/.test(ctx.text.slice(end, f.start))) ||
          (f.end < start && /^\s+$/.test(ctx.text.slice(f.end, start)))),
    );
    if (!place || isTaken(ctx, start, end)) continue;
    const qStart = Math.min(place.start, start);
    const qEnd = Math.max(place.end, end);
    const year = /\b((?:19|20)\d\d)\b/.exec(ctx.text.slice(qEnd, qEnd + 10))?.[1];
    const ev = b.evidence(ctx.paragraph, qStart, year ? qEnd + ctx.text.slice(qEnd).indexOf(year) + 4 : qEnd);
    const id = b.node(
      { kind: 'Nomination', name: `${place.text} nomination race`, aliases: [`${place.text} nomination`], ...(year ? { date: year } : {}) },
      ev,
      'nomination.place',
      0.75,
    );
    b.edge('LOCATED_IN', id, place.id, ev, 'nomination.located-in', 0.8);
    take(ctx, { id, kind: 'Nomination', start, end, text: m[0], rule: 'nomination.place', named: false });
  }
}

/** Where the clause that starts at `from` ends: a semicolon, a sentence end, or ", who/which". */
export function nextClauseEnd(text: string, from: number, limit: number): number {
  const rest = text.slice(from, limit);
  const m = /[;:]|,\s+(?:who|which|where|and|but|so)\b|\.\s/.exec(rest);
  return m ? from + m.index : limit;
}

/** The people (or, failing them, organizations) named in the clause before `at`. */
export function subjectsBefore(ctx: SentenceContext, at: number): Found[] {
  const clauseStart = Math.max(
    ctx.sentence.start,
    ...[...ctx.text.slice(ctx.sentence.start, at).matchAll(/[;:]|,\s+(?:and|but|so|while)\s+/g)].map(
      (m) => ctx.sentence.start + m.index + m[0].length,
    ),
  );
  const before = ctx.found.filter((f) => f.end <= at && f.start >= clauseStart).sort((a, b) => a.start - b.start);
  const people = before.filter((f) => f.kind === 'Person');
  if (people.length) return people;
  const orgs = before.filter((f) => f.kind === 'Organization');
  return orgs.length ? [orgs[0] as Found] : [];
}
