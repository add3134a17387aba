// Proper names: defined terms ("Security and Intelligence Threats to Elections Task Force (SITE)"),
// runs of capitalised words (people, organizations, places), "Mr. Surname", and nationality
// adjectives that stand for a state ("Russian attempts"). Each is linked to a known entity or to one
// this document already named when its name or alias has the same loose key.
// Past 300 lines: the name rules run in one pass over a sentence's capitalised runs, in an order that matters.
import { lookup } from './known.ts';
import { HONORIFIC, NATIONALITIES, NOT_NAME, ORG_HEADS, ORG_STARTS, ROLE_HEADS, STATE_ACT_NOUNS, SYNONYMS } from './lexicon.ts';
import { isTaken, take, type Found, type SentenceContext } from './context.ts';
import { isCapitalised, looseKey, tokens, type Token } from './text.ts';

const CONNECTORS = new Set(['of', 'for', 'to', 'and', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'et']);
/** Words a sentence or clause may start with that are not part of the name after them. */
const LEADING = new Set(
  [...NOT_NAME].filter(
    (w) =>
      !ORG_HEADS.has(w) &&
      !ORG_STARTS.has(w) &&
      ![
        'Liberal',
        'Conservative',
        'Democratic',
        'Green',
        'National',
        'Federal',
        'Canadian',
        'Security',
        'Cyber',
        'Intelligence',
        'Canada',
        'Task',
        'Party',
        'Prime',
        'House',
        'Elections',
        'Government',
        'Commission',
        'Media',
        'Internet',
        'English',
        'French',
      ].includes(w),
  ),
);
/** Provinces, territories and regions: places whatever stands before them. */
const PROVINCES = new Set([
  'Prairies',
  'Maritimes',
  'Atlantic Canada',
  'Western Canada',
  'Northern Ontario',
  'Lower Mainland',
  'Greater Toronto Area',
  'Ontario',
  'Quebec',
  'Québec',
  'British Columbia',
  'Alberta',
  'Manitoba',
  'Saskatchewan',
  'Nova Scotia',
  'New Brunswick',
  'Prince Edward Island',
  'Newfoundland and Labrador',
  'Yukon',
  'Nunavut',
  'Northwest Territories',
]);
const PLACE_BEFORE = /(?:\b(?:in|riding of|district of|city of|town of|province of|near|throughout|across|constituency of)\s+(?:the\s+)?)$/;
const PLACE_AFTER = /^\s+(?:riding|nomination|electoral district|constituency|by-election|area)\b/;

/** The category an organization's head word gives: the last word, or a head before "of"/"for" ("Centre for Cyber Security"). */
function categoryOf(words: string[]): string | undefined {
  const last = words.at(-1) ?? '';
  const first = words[0] ?? '';
  if (words.length >= 2 && words.slice(-2).join(' ') === 'Task Force') return 'task force';
  const inner = words.findIndex((w, i) => ORG_HEADS.has(w) && i > 0 && ['of', 'for', 'on'].includes(words[i + 1] ?? ''));
  return (
    ORG_HEADS.get(last) ??
    (inner > 0 ? ORG_HEADS.get(words[inner] ?? '') : undefined) ??
    (words.length >= 2 ? ORG_STARTS.get(first) : undefined)
  );
}

/** Runs of capitalised words joined by spaces, with connectors inside ("Centre for Cyber Security"). */
function runs(ts: Token[], text: string): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && !isCapitalised(run.at(-1)?.word ?? '')) run.pop();
    if (run.length) out.push(run);
    run = [];
  };
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (!t) continue;
    const prev = run.at(-1);
    // Joined by a space, or by a plural possessive's apostrophe inside a name ("Citizens' Forward Alliance").
    const gap = prev ? text.slice(prev.end, t.start) : '';
    const joined = prev !== undefined && !prev.possessive && (gap === ' ' || (/^['’] $/.test(gap) && /s$/.test(prev.word)));
    if (isCapitalised(t.word) && !/^\d/.test(t.word)) {
      if (!joined) flush();
      run.push(t);
    } else if (
      joined &&
      CONNECTORS.has(t.word) &&
      isCapitalised(ts[i + 1]?.word ?? '') &&
      text.slice(t.end, ts[i + 1]?.start ?? 0) === ' '
    ) {
      run.push(t);
    } else {
      flush();
    }
    if (t.possessive) flush();
  }
  flush();
  return out;
}

function nameLike(t: Token): boolean {
  return (
    /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}'’-]+)?$/u.test(t.word) &&
    !NOT_NAME.has(t.word) &&
    !ORG_HEADS.has(t.word) &&
    !ROLE_HEADS.has(t.word.toLowerCase())
  );
}

/** Link or classify one run of capitalised words; returns the mentions it yields. */
function classify(ctx: SentenceContext, run: Token[]): void {
  while (run.length && (LEADING.has(run[0]?.word ?? '') || CONNECTORS.has(run[0]?.word ?? ''))) run = run.slice(1);
  while (run.length && CONNECTORS.has(run.at(-1)?.word ?? '')) run = run.slice(0, -1);
  // Words another rule already read ("Ms. Okafor and Rafael Dumont": the honorific took "Okafor") are cut off.
  while (run.length && isTaken(ctx, run[0]?.start ?? 0, run[0]?.end ?? 0)) run = run.slice(1);
  while (run.length && isTaken(ctx, run.at(-1)?.start ?? 0, run.at(-1)?.end ?? 0)) run = run.slice(0, -1);
  while (run.length && (LEADING.has(run[0]?.word ?? '') || CONNECTORS.has(run[0]?.word ?? ''))) run = run.slice(1);
  if (run.length === 0) return;
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last || isTaken(ctx, first.start, last.end)) return;
  const surface = ctx.text.slice(first.start, last.end);
  const words = run.map((t) => t.word);
  const { b } = ctx;

  // A synonym stands for its canonical name ("Government of Canada" → "Federal government").
  const synonym = SYNONYMS.get(surface);
  if (synonym) {
    const ev = b.evidence(ctx.paragraph, first.start, last.end);
    const known = lookup(b.known, synonym, 'Organization');
    const id = known
      ? b.linked(known, ev, 'link.synonym', 0.9)
      : b.node({ kind: 'Organization', name: synonym, aliases: [surface], category: 'government' }, ev, 'organization.synonym', 0.8);
    take(ctx, {
      id,
      kind: 'Organization',
      start: first.start,
      end: last.end,
      text: surface,
      rule: 'link.synonym',
      category: 'government',
      named: true,
    });
    return;
  }
  // The whole run names something this document or the corpus knows.
  const localId = b.localId(surface);
  const known = localId ? undefined : lookup(b.known, surface);
  if (localId || known) {
    const id = localId ?? b.linked(known!, b.evidence(ctx.paragraph, first.start, last.end), 'link.known-name', 0.95);
    if (localId) b.cite(localId, b.evidence(ctx.paragraph, first.start, last.end), 'link.document-name', 0.9);
    take(ctx, {
      id,
      kind: b.kindOf(id) ?? 'Organization',
      start: first.start,
      end: last.end,
      text: surface,
      rule: localId ? 'link.document-name' : 'link.known-name',
      named: true,
    });
    return;
  }
  // A shorter run inside it does ("the Liberal Party National Director" → "Liberal Party").
  if (run.length > 1) {
    for (let len = run.length - 1; len >= 1; len--) {
      for (let i = 0; i + len <= run.length; i++) {
        const sub = run.slice(i, i + len);
        const s = ctx.text.slice(sub[0]?.start ?? 0, sub.at(-1)?.end ?? 0);
        if (CONNECTORS.has(sub[0]?.word ?? '') || CONNECTORS.has(sub.at(-1)?.word ?? '')) continue;
        if (b.localId(s) || (s.length > 2 && lookup(b.known, s))) {
          classify(ctx, sub);
          classify(ctx, run.slice(0, i));
          classify(ctx, run.slice(i + len));
          return;
        }
      }
    }
  }
  const category = categoryOf(words);
  // "the Task Force", "the Commission": a generic head alone points back (coref.ts), it names nothing new.
  if (
    words.every((w) => ORG_HEADS.has(w) || w === 'Task') &&
    /\b(?:the|The)\s+$/.test(ctx.text.slice(Math.max(0, first.start - 4), first.start))
  )
    return;
  if (category && run.length >= 2) {
    const id = b.node(
      { kind: 'Organization', name: surface, category },
      b.evidence(ctx.paragraph, first.start, last.end),
      'organization.name-head',
      0.8,
    );
    take(ctx, {
      id,
      kind: 'Organization',
      start: first.start,
      end: last.end,
      text: surface,
      rule: 'organization.name-head',
      category,
      named: true,
    });
    return;
  }
  // "Braeden Caley and Mathieu Lafrance": two names, not one.
  const and = words.indexOf('and');
  if (and > 0) {
    classify(ctx, run.slice(0, and));
    classify(ctx, run.slice(and + 1));
    return;
  }
  if (words.some((w) => CONNECTORS.has(w))) return;
  const before = ctx.text.slice(Math.max(0, first.start - 40), first.start);
  const after = ctx.text.slice(last.end, last.end + 40);
  const isPlace =
    PROVINCES.has(surface) ||
    ((PLACE_BEFORE.test(before) || PLACE_AFTER.test(after)) &&
      run.every((t) => /^\p{Lu}\p{Ll}/u.test(t.word) && !t.possessive && !NOT_NAME.has(t.word)) &&
      !words.includes('Canada'));
  if (isPlace) {
    const id = b.node({ kind: 'Place', name: surface }, b.evidence(ctx.paragraph, first.start, last.end), 'place.after-preposition', 0.6);
    take(ctx, { id, kind: 'Place', start: first.start, end: last.end, text: surface, rule: 'place.after-preposition', named: true });
    return;
  }
  // "Director of Digital Operations": the words after a title and "of" complete the title.
  const titled =
    /\b(?:Director|Manager|Head|Chief|Minister|Officer|Secretary|Coordinator|President|Vice-President|Chair|Lead)\s+of\s+$/.test(before);
  if (run.length >= 2 && run.length <= 4 && run.every(nameLike) && !titled) {
    const id = b.node({ kind: 'Person', name: surface }, b.evidence(ctx.paragraph, first.start, last.end), 'person.full-name', 0.75);
    b.defineLocal(`surname ${last.word}`, id);
    take(ctx, { id, kind: 'Person', start: first.start, end: last.end, text: surface, rule: 'person.full-name', named: true });
  }
}

/** "Mr. Ishmael" is the person of that surname this document or the corpus named; else a person of their own. */
function honorifics(ctx: SentenceContext, ts: Token[]): void {
  const { b } = ctx;
  for (let i = 0; i < ts.length - 1; i++) {
    const h = ts[i];
    const s = ts[i + 1];
    if (!h || !s || !HONORIFIC.test(`${h.word}.`) || ctx.text.slice(h.end, s.start) !== '. ' || !isCapitalised(s.word)) continue;
    let end = s;
    const next = ts[i + 2];
    if (next && ctx.text.slice(s.end, next.start) === ' ' && nameLike(next) && !s.possessive) end = next;
    if (isTaken(ctx, h.start, end.end)) continue;
    const surname = end.word;
    const label = ctx.text.slice(h.start, end.end);
    const ev = b.evidence(ctx.paragraph, h.start, end.end);
    let id = b.localId(`surname ${surname}`) ?? b.localId(label);
    let rule = 'person.honorific-surname';
    if (!id) {
      const known = lookup(b.known, label, 'Person') ?? uniqueBySurname(ctx, surname);
      if (known) {
        id = b.linked(known, ev, 'person.honorific-known', 0.85);
        rule = 'person.honorific-known';
      }
    } else {
      b.cite(id, ev, rule, 0.9);
      b.addAlias(id, label);
    }
    if (!id) {
      // The interview line names the witness in full ("Declan Achterberg, the Executive Director …"),
      // though the paragraphs call them only "Mr. Achterberg".
      const witness = b.document.interviewee;
      const isWitness = witness.split(/\s+/).at(-1) === surname && witness.split(/\s+/).length >= 2;
      id = isWitness
        ? b.node({ kind: 'Person', name: witness, aliases: [label] }, ev, 'person.honorific-witness', 0.8)
        : b.node({ kind: 'Person', name: label }, ev, 'person.honorific-only', 0.6);
      b.defineLocal(`surname ${surname}`, id);
      rule = isWitness ? 'person.honorific-witness' : 'person.honorific-only';
    }
    take(ctx, { id, kind: 'Person', start: h.start, end: end.end, text: label, rule, named: true });
  }
}

function uniqueBySurname(ctx: SentenceContext, surname: string) {
  const people = ctx.b.known.entities.filter(
    (e) => e.kind === 'Person' && e.name.split(/\s+/).at(-1) === surname && /^\p{Lu}\p{Ll}+ /u.test(e.name),
  );
  return people.length === 1 ? people[0] : undefined;
}

/** "Russian attempts to interfere": the state, as an organization. */
function nationalities(ctx: SentenceContext, ts: Token[]): void {
  for (let i = 0; i < ts.length - 1; i++) {
    const t = ts[i];
    const n = ts[i + 1];
    const country = t ? NATIONALITIES.get(t.word) : undefined;
    if (!t || !n || !country || !STATE_ACT_NOUNS.has(n.word.toLowerCase()) || isTaken(ctx, t.start, t.end)) continue;
    const id = ctx.b.node(
      { kind: 'Organization', name: country, aliases: [t.word], category: 'government' },
      ctx.b.evidence(ctx.paragraph, t.start, n.end),
      'organization.nationality',
      0.6,
    );
    take(ctx, {
      id,
      kind: 'Organization',
      start: t.start,
      end: t.end,
      text: t.word,
      rule: 'organization.nationality',
      category: 'government',
      named: true,
    });
  }
}

/** "Long Name (ABBR)": an organization with its abbreviation as an alias, linked when either is known. */
function definedTerms(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  const re =
    /((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|for|to|on|and|the|de|du|des|la|le|et|\p{Lu}[\p{L}'’-]*))*\s+\p{Lu}[\p{L}'’-]*)\s+\((?:the\s+)?[“"]?(\p{Lu}[\p{L}\d&.-]{1,15}(?:\s\p{Lu}[\p{L}]*){0,3})[”"]?\)/gu;
  for (const m of sentence.text.matchAll(re)) {
    let long = m[1] ?? '';
    const abbr = m[2] ?? '';
    let start = sentence.start + m.index;
    const lead = /^(?:(?:The|A|An|In|As|At|On|For|From|With|By|And|Or|But|If|When|While|Attended|Both)\s+)+/.exec(long);
    if (lead) {
      start += lead[0].length;
      long = long.slice(lead[0].length);
    }
    const words = long.split(/\s+/);
    const abbrUpper = /^\p{Lu}[\p{Lu}\d&.-]+$/u.test(abbr);
    const category = categoryOf(words) ?? (abbrUpper ? 'agency' : undefined);
    if (!category || isTaken(ctx, start, start + long.length)) continue;
    const end = sentence.start + m.index + m[0].length;
    const ev = b.evidence(ctx.paragraph, start, end);
    const known = lookup(b.known, long, 'Organization') ?? lookup(b.known, abbr, 'Organization');
    const id = known
      ? b.linked(known, ev, 'organization.defined-term-known', 0.95)
      : (b.localId(long) ??
        b.localId(abbr) ??
        b.node({ kind: 'Organization', name: long, aliases: [abbr], category }, ev, 'organization.defined-term', 0.9));
    b.defineLocal(abbr, id);
    b.defineLocal(long, id);
    take(ctx, {
      id,
      kind: 'Organization',
      start,
      end,
      text: ctx.text.slice(start, end),
      rule: known ? 'organization.defined-term-known' : 'organization.defined-term',
      category,
      named: true,
    });
  }
}

/** "Security and Intelligence Threats to Elections (SITE) Task Force": the abbreviation inside the name. */
function innerDefinedTerms(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  const re =
    /(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|to|on|and|the|\p{Lu}[\p{L}'’-]*))*)\s+\((\p{Lu}[\p{Lu}\d&.-]+)\)\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)/gu;
  for (const m of sentence.text.matchAll(re)) {
    const tail = m[3] ?? '';
    const category = categoryOf(tail.split(/\s+/));
    if (!category) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (isTaken(ctx, start, end)) continue;
    const abbr = m[2] ?? '';
    const long = `${m[1]} ${tail}`;
    const ev = b.evidence(ctx.paragraph, start, end);
    const known =
      lookup(b.known, `${abbr} ${tail}`, 'Organization') ?? lookup(b.known, long, 'Organization') ?? lookup(b.known, abbr, 'Organization');
    const id = known
      ? b.linked(known, ev, 'organization.defined-term-known', 0.95)
      : b.node({ kind: 'Organization', name: long, aliases: [abbr, `${abbr} ${tail}`], category }, ev, 'organization.defined-term', 0.9);
    for (const label of [abbr, long, `${abbr} ${tail}`]) b.defineLocal(label, id);
    take(ctx, {
      id,
      kind: 'Organization',
      start,
      end,
      text: m[0],
      rule: known ? 'organization.defined-term-known' : 'organization.defined-term',
      category,
      named: true,
    });
  }
}

export function findNames(ctx: SentenceContext): void {
  const ts = tokens(ctx.sentence.text, ctx.sentence.start);
  innerDefinedTerms(ctx);
  definedTerms(ctx);
  honorifics(ctx, ts);
  nationalities(ctx, ts);
  for (const run of runs(ts, ctx.text)) classify(ctx, run);
}

export type { Found };
export { looseKey };
