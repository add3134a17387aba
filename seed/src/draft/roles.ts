// Roles and groups. A role attached to an organization ("the National Director of the Liberal
// Party", "the Party's IT Director") is HELD_ROLE for the person it stands beside, or an unnamed
// person of its own ("a senior director of the Liberal Party"). A plural noun of people with its
// modifiers ("volunteer researchers", "Liberal Party candidates") is a group.
// Past 300 lines: the role and group rules share one token walk and its coreference state; apart they would pass that state around.
import { COLLECTIVE_HEADS, GROUP_HEADS, GROUP_OF_ONLY, GROUP_NEEDS_MODIFIER, ROLE_HEADS, WEAK_ROLE_HEADS } from './lexicon.ts';
import { isTaken, take, type Found, type SentenceContext } from './context.ts';
import { findDates } from './dates.ts';

const ROLE_WORD = /^(?:[A-Z]{2,}|[A-Za-z][a-z-]+)$/;
const NOT_ROLE_MODIFIER = new Set([
  'the',
  'a',
  'an',
  'of',
  'its',
  'their',
  'his',
  'her',
  'and',
  'or',
  'was',
  'were',
  'is',
  'as',
  'who',
  'that',
  'one',
  'other',
  'also',
  'been',
  'has',
  'had',
  'served',
  'be',
  'to',
  'by',
  'with',
  'for',
  'in',
  'on',
  'at',
  'all',
  'three',
  'two',
]);
const STOP_MODIFIER = new Set([
  ...NOT_ROLE_MODIFIER,
  'any',
  'some',
  'many',
  'several',
  'these',
  'those',
  'such',
  'both',
  'each',
  'more',
  'most',
  'few',
  'only',
  'about',
  'our',
  'approximately',
  'no',
  'not',
  'from',
  'into',
  'about',
  'than',
  'which',
  'whom',
  'whose',
  'if',
  'so',
  'but',
  'they',
  'them',
  'it',
  'this',
  'are',
  'would',
  'could',
  'should',
  'may',
  'might',
  'can',
  'will',
  'over',
  'under',
  'between',
  'among',
  'four',
  'five',
  'six',
  'ten',
  'up',
  'out',
  'told',
  'said',
  'asked',
  'directed',
  'impressed',
  'informed',
  'briefed',
  'other',
  'own',
  'new',
  'certain',
  'various',
  'against',
  'across',
  'within',
  'without',
  'toward',
  'towards',
  'upon',
  'via',
  'per',
  'like',
  'unlike',
  'including',
  'after',
  'before',
  'during',
  'since',
]);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The words of a role ending at a role head, read backwards from `end` (exclusive) in `text`. */
function roleBefore(text: string, end: number): { start: number; role: string } | undefined {
  const words = [...text.slice(Math.max(0, end - 60), end).matchAll(/[A-Za-z][A-Za-z-]*/g)];
  const base = Math.max(0, end - 60);
  const last = words.at(-1);
  if (!last || base + last.index + last[0].length !== end || !ROLE_HEADS.has(last[0].toLowerCase())) return undefined;
  let i = words.length - 1;
  while (i > 0) {
    const w = words[i - 1];
    if (!w || NOT_ROLE_MODIFIER.has(w[0].toLowerCase()) || !ROLE_WORD.test(w[0]) || words.length - i >= 3) break;
    const gap = text.slice(base + w.index + w[0].length, base + (words[i]?.index ?? 0));
    if (gap !== ' ') break;
    i--;
  }
  const first = words[i];
  if (!first) return undefined;
  return { start: base + first.index, role: text.slice(base + first.index, end) };
}

/** "ROLE of (the) ORG" and "ORG's ROLE": the role, the organization, and where the phrase starts and ends. */
function rolePhrases(ctx: SentenceContext): { start: number; end: number; role: string; org: Found; capitalised: boolean }[] {
  const out: { start: number; end: number; role: string; org: Found; capitalised: boolean }[] = [];
  for (const org of ctx.found.filter((f) => f.kind === 'Organization')) {
    const of = /\s(?:of|at|for|with|from)\s+(?:the\s+)?$/.exec(ctx.text.slice(Math.max(ctx.sentence.start, org.start - 12), org.start));
    if (of) {
      const r = roleBefore(ctx.text, org.start - of[0].length);
      if (r && r.start >= ctx.sentence.start)
        out.push({ start: r.start, end: org.end, role: r.role, org, capitalised: /^\p{Lu}/u.test(r.role) });
    }
    const poss = /^['’]s\s+((?:[A-Za-z][A-Za-z-]*\s+){0,2}[A-Za-z][A-Za-z-]*)/.exec(ctx.text.slice(org.end, org.end + 50));
    if (poss?.[1]) {
      const words = poss[1].split(/\s+/);
      const headAt = words.findIndex((w) => ROLE_HEADS.has(w.toLowerCase()));
      if (headAt >= 0) {
        const role = words.slice(0, headAt + 1).join(' ');
        if (!words.slice(0, headAt).some((w) => NOT_ROLE_MODIFIER.has(w.toLowerCase()))) {
          const end = org.end + 3 + role.length;
          out.push({ start: org.start, end, role, org, capitalised: /^\p{Lu}/u.test(role) });
        }
      }
    }
  }
  // "its Deputy Director": the organization is the last one named (coreference).
  for (const m of ctx.sentence.text.matchAll(/\b(?:its|their|Its|Their)\s+((?:[A-Za-z][A-Za-z-]*\s+){0,2}[A-Za-z][A-Za-z-]*)/g)) {
    const words = (m[1] ?? '').split(/\s+/);
    // The last role head of the phrase: "Deputy Director" is one role, not "Deputy".
    let headAt = -1;
    words.forEach((w, i) => {
      if (ROLE_HEADS.has(w.toLowerCase()) && (i === 0 || headAt === i - 1 || /^\p{Lu}/u.test(w))) headAt = i;
    });
    if (headAt < 0 || words.slice(0, headAt).some((w) => NOT_ROLE_MODIFIER.has(w.toLowerCase()))) continue;
    const start = ctx.sentence.start + m.index;
    const prior = ctx.b.last(ctx.paragraph, start, (x) => x.kind === 'Organization' && x.named && x.category !== 'group');
    if (!prior) continue;
    const pronounEnd = start + m[0].length - (m[1] ?? '').length;
    const headEnd = pronounEnd + words.slice(0, headAt + 1).join(' ').length;
    // "its Director of Digital Operations": a title with its own complement of capitalised words.
    const complement = /^\s+of\s+(?:\p{Lu}[\p{L}-]*)(?:\s+(?:and\s+)?\p{Lu}[\p{L}-]*)*/u.exec(ctx.text.slice(headEnd, ctx.sentence.end));
    const role = ctx.text.slice(pronounEnd, complement ? headEnd + complement[0].length : headEnd);
    const org: Found = {
      id: prior.id,
      kind: 'Organization',
      start,
      end: pronounEnd - 1,
      text: m[0].slice(0, pronounEnd - start - 1),
      rule: 'coref.its',
      named: true,
      ...(prior.category ? { category: prior.category } : {}),
    };
    out.push({ start, end: pronounEnd + role.length, role, org, capitalised: /^\p{Lu}/u.test(role) });
  }
  return out.filter((p) => p.end <= ctx.sentence.end);
}

/** Between a named person and a role phrase: "X, the", "X has served as the", "X was the", "X, the Party's". */
const HOLDS_BETWEEN =
  /^(?:,\s*|\s+(?:has|had|have)?\s*(?:also\s+)?(?:been\s+|served\s+as\s+|serves\s+as\s+|acted\s+as\s+|worked\s+as\s+|became\s+|was\s+|is\s+|remained\s+|continued\s+as\s+)?)(?:the\s+|a\s+|an\s+|its\s+)?$/;

export function findRoles(ctx: SentenceContext): void {
  const { b } = ctx;
  for (const p of rolePhrases(ctx)) {
    if (isTaken(ctx, p.start, p.start + p.role.length) && !p.org.text.endsWith('’s') && p.start !== p.org.start) continue;
    const head = p.role.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const roleStart = p.start === p.org.start ? p.end - p.role.length : p.start;
    const people = ctx.found.filter((f) => f.kind === 'Person' && f.named);
    const holder =
      people.filter((f) => f.end <= p.start && HOLDS_BETWEEN.test(ctx.text.slice(f.end, p.start))).at(-1) ??
      // "As National Director of the Party, Mr. X …"; "the Party's treasurer, Hamid Okonjo, …" (an appositive name).
      people.find(
        (f) =>
          f.start >= p.end &&
          /^,\s*$/.test(ctx.text.slice(p.end, f.start)) &&
          (/^(?:As|as)\s+(?:the\s+)?$/.test(
            ctx.text.slice(Math.max(ctx.sentence.start, p.start - 7), p.start).replace(/^.*?(?=As|as)/, ''),
          ) ||
            /^(?:,|\.|;|$|\s+(?:was|were|is|has|had|who|went|reported|and)\b)/.test(ctx.text.slice(f.end, f.end + 12))),
      );
    // "X has served as its Chief Organizer", "X led the team as its Campaign Director": the sentence's subject.
    const asRole =
      /\b(?:as|became|becomes|become|was named|was appointed|appointed)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?$/.test(
        ctx.text.slice(Math.max(ctx.sentence.start, p.start - 10), p.start),
      ) || /\bas\s+$/.test(ctx.text.slice(Math.max(0, p.start - 4), p.start));
    const subject = !holder && asRole ? people.find((f) => f.end <= p.start) : undefined;
    const sinceAt = /^[^.;]{0,12}?\bsince\s+/.exec(ctx.text.slice(p.end, p.end + 40));
    const sinceDate = sinceAt
      ? findDates(ctx.text.slice(p.end + sinceAt[0].length, p.end + sinceAt[0].length + 20), p.end + sinceAt[0].length).find(
          (d) => d.start === p.end + sinceAt[0].length,
        )
      : undefined;
    const since = sinceDate?.iso;
    if (subject) {
      const ev = b.evidence(ctx.paragraph, subject.start, sinceDate ? sinceDate.end : p.end);
      b.edge('HELD_ROLE', subject.id, p.org.id, ev, 'held-role.served-as', 0.7, { role: capitalise(p.role), ...(since ? { since } : {}) });
      continue;
    }
    const role = capitalise(p.role);
    const quoteStart = holder && holder.end <= p.start ? holder.start : p.start;
    const quoteEnd = sinceDate ? sinceDate.end : holder && holder.start > p.end ? holder.end : p.end;
    const ev = b.evidence(ctx.paragraph, quoteStart, quoteEnd);
    if (holder) {
      b.edge('HELD_ROLE', holder.id, p.org.id, ev, 'held-role.beside-name', 0.8, {
        role: p.role.charAt(0).toUpperCase() + p.role.slice(1),
        ...(since ? { since } : {}),
      });
      continue;
    }
    // A role with no name beside it is a person of its own, unless it is a vague one ("a member of").
    const modifiers = p.role.split(/\s+/).length - 1;
    if (WEAK_ROLE_HEADS.has(head) && modifiers === 0) continue;
    if (asRole) continue;
    const orgName = b.nodes.get(p.org.id)?.name ?? b.known.byId.get(p.org.id)?.name ?? p.org.text;
    const name = `${role} of ${/^the\s/i.test(orgName) ? orgName : `the ${orgName}`}`;
    const id = b.node({ kind: 'Person', name, aliases: [p.role], descriptive: true }, ev, 'person.unnamed-role', 0.65);
    b.edge('HELD_ROLE', id, p.org.id, ev, 'held-role.unnamed-role', 0.7, { role });
    take(ctx, {
      id,
      kind: 'Person',
      start: roleStart,
      end: roleStart + p.role.length,
      text: p.role,
      rule: 'person.unnamed-role',
      named: false,
    });
  }
}

const BARE_GROUPS: { re: RegExp; name?: string; category: string; link: boolean }[] = [
  // The press and the federal government are the same actors in every summary: linked by name.
  { re: /\b(?:the|The)\s+media\b|\bmedia\s+report(?:s|ed|ing)\b/g, name: 'The media', category: 'media', link: true },
  {
    re: /\b(?:the|The)\s+(?:federal\s+)?government\b|\b(?:the\s+)?Government of Canada\b/g,
    name: 'Federal government',
    category: 'government',
    link: true,
  },
  // A platform or the police of one story are that story's own: named by the words the text uses.
  {
    re: /\b(?:the|a|an|The|A|An)\s+(?:social media|messaging|online|technology|tech|[a-z]+-sharing)\s+(?:platform|company|provider|service)\b/g,
    category: 'platform',
    link: false,
  },
  {
    re: /\b(?:the|The)\s+(?:local|provincial|municipal|regional|city)\s+police(?:\s+(?:service|force|department))?\b/g,
    category: 'agency',
    link: false,
  },
  {
    re: /\b(?:hosting|email|web|internet|cloud|software|security|IT)\s+(?:provider|company|vendor|firm|contractor)\b/g,
    category: 'platform',
    link: false,
  },
];

/** Words of a noun phrase that may modify a group head. */
function modifierOk(ctx: SentenceContext, at: number, word: string, next: number): boolean {
  if (STOP_MODIFIER.has(word.toLowerCase()) || /(?:ed|ly|ing)$/.test(word) || ctx.text.slice(at + word.length, next) !== ' ') return false;
  // Verbs are not modifiers: a word after a modal, "to", or a relative pronoun; nor is a possessive.
  if (/\b(?:to|should|would|could|must|will|can|may|might|who|which)\s+$/.test(ctx.text.slice(Math.max(0, at - 8), at))) return false;
  // After "that" a word may be a verb ("accounts that impersonate parties") or an adjective ("that social media companies").
  if (/\bthat\s+$/.test(ctx.text.slice(Math.max(0, at - 6), at)) && !/(?:al|ic|ive|ous|ary|ian|ese|ish)$/.test(word)) return false;
  return !/['’]$/.test(ctx.text.slice(at - 2, at)) && !isTaken(ctx, at, at + word.length);
}

function orgName(ctx: SentenceContext, id: string, fallback: string): string {
  const name = ctx.b.nodes.get(id)?.name ?? ctx.b.known.byId.get(id)?.name ?? fallback;
  return /^the\s/i.test(name) ? name : `the ${name}`;
}

/** Groups of people and the generic actors these summaries name (the media, the federal government, a platform). */
export function findGroups(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  for (const g of BARE_GROUPS) {
    for (const m of sentence.text.matchAll(g.re)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (isTaken(ctx, start, end)) continue;
      const phrase = m[0].replace(/^(?:the|a|an)\s+/i, '');
      const ev = b.evidence(ctx.paragraph, start, end);
      const id = b.node(
        { kind: 'Organization', name: g.name ?? capitalise(phrase), category: g.category, ...(g.link ? {} : { descriptive: true }) },
        ev,
        'organization.generic-actor',
        0.6,
      );
      take(ctx, {
        id,
        kind: 'Organization',
        start,
        end,
        text: m[0],
        rule: 'organization.generic-actor',
        category: g.category,
        named: false,
      });
    }
  }
  // "the platform", "the company": the last one named.
  for (const m of sentence.text.matchAll(/\b(?:the|The)\s+(?:platform|company|provider|police)\b/g)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (isTaken(ctx, start, end)) continue;
    const prior = b.last(
      ctx.paragraph,
      start,
      (x) =>
        x.kind === 'Organization' &&
        (x.category === 'platform' || (m[0].endsWith('police') && x.category === 'agency')) &&
        x.paragraph >= ctx.paragraph - 2,
    );
    if (!prior) continue;
    b.cite(prior.id, b.evidence(ctx.paragraph, start, end), 'coref.the-platform', 0.55);
    take(ctx, {
      id: prior.id,
      kind: 'Organization',
      start,
      end,
      text: m[0],
      rule: 'coref.the-platform',
      category: prior.category ?? 'platform',
      named: false,
    });
  }
  for (const m of sentence.text.matchAll(/[A-Za-z][A-Za-z-]*/g)) {
    const head = m[0];
    const collective = COLLECTIVE_HEADS.has(head);
    const ofOnly = GROUP_OF_ONLY.has(head);
    if (!/^[a-z]/.test(head)) continue;
    if (!GROUP_HEADS.has(head) && !collective && !ofOnly) continue;
    const headStart = sentence.start + m.index;
    const end = headStart + head.length;
    let start = headStart;
    if (isTaken(ctx, start, end)) continue;
    // A head followed by a role head is a title ("Executive Director"), not a group.
    if (/^\s+\p{Lu}/u.test(ctx.text.slice(end, end + 3)) && collective) continue;
    const modifiers: string[] = [];
    const before = [...ctx.text.slice(Math.max(sentence.start, start - 40), start).matchAll(/[A-Za-z][A-Za-z-]*/g)];
    const base = Math.max(sentence.start, start - 40);
    for (let i = before.length - 1; i >= 0 && modifiers.length < 2; i--) {
      const w = before[i];
      const next = i === before.length - 1 ? start : base + (before[i + 1]?.index ?? 0);
      if (!w || !modifierOk(ctx, base + w.index, w[0], next)) break;
      modifiers.unshift(w[0]);
      start = base + w.index;
    }
    const phrase = ctx.text.slice(start, end);
    // Whose group: "officials of the Cyber Centre", "the Party's nomination committee", "its candidates", "all staff".
    const of = /^\s+of\s+(?:the\s+|every\s+|all\s+|its\s+)?/.exec(ctx.text.slice(end, end + 12));
    const ofOrg = of
      ? ctx.found.find((f) => f.kind === 'Organization' && f.start >= end && f.start <= end + of[0].length + 1 && f.named)
      : undefined;
    const ownerBefore = ctx.found.find(
      (f) => f.kind === 'Organization' && f.named !== false && /^['’]s\s+$/.test(ctx.text.slice(f.end, start)),
    );
    const its = /\b(?:its|their|all)\s+$/.exec(ctx.text.slice(Math.max(0, start - 6), start));
    // A party's "parties" is no group: "their parties" means the parties in general.
    const itsOrg =
      its && !ownerBefore && head !== 'parties'
        ? b.last(ctx.paragraph, start, (x) => x.kind === 'Organization' && (x.category === 'party' || x.category === 'agency'))
        : undefined;
    const adjacentOrg = ctx.found.find((f) => f.kind === 'Organization' && f.end === start - 1 && f.named);
    if (ofOnly && !ofOrg) continue;
    let name: string;
    let qStart = start;
    let qEnd = end;
    let owner: string | undefined;
    if (ofOrg) {
      name = `${capitalise(phrase)} of ${orgName(ctx, ofOrg.id, ofOrg.text)}`;
      qEnd = ofOrg.end;
      owner = ofOrg.id;
    } else if (of) {
      // "the chief organizers of all registered parties": the phrase up to its own head.
      const tail =
        /^\s+of\s+(?:every|all|each)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s+(?:to|in|at|for|on|with|and|or|so|that|who|which)\b|[,.;]|$)/.exec(
          ctx.text.slice(end, sentence.end),
        );
      if (!tail) continue;
      qEnd = end + tail[0].length;
      name = capitalise(ctx.text.slice(start, qEnd));
    } else if (ownerBefore || itsOrg) {
      owner = ownerBefore?.id ?? itsOrg?.id;
      if (!owner) continue;
      name = `${capitalise(phrase)} of ${orgName(ctx, owner, ownerBefore?.text ?? '')}`;
      if (ownerBefore) qStart = ownerBefore.start;
      else qStart = start - (its?.[0].length ?? 0);
    } else if (adjacentOrg && !collective) {
      name = `${adjacentOrg.text} ${phrase}`;
      qStart = adjacentOrg.start;
      owner = adjacentOrg.id;
    } else if (modifiers.length && !collective) {
      name = capitalise(phrase);
    } else if (head === 'parties') {
      // Bare "parties" in these summaries are the political parties in general.
      name = 'Political parties';
    } else {
      // "the researchers": the group named before with that head.
      const det = /\b(?:the|The)\s+$/.exec(ctx.text.slice(Math.max(0, start - 4), start));
      const prior = det
        ? b.last(
            ctx.paragraph,
            start,
            (x) =>
              x.kind === 'Organization' &&
              x.category === 'group' &&
              (b.nodes.get(x.id)?.name.toLowerCase().split(' of ')[0]?.endsWith(head) ?? false),
          )
        : undefined;
      if (prior) {
        b.cite(prior.id, b.evidence(ctx.paragraph, start - 4, end), 'coref.the-group', 0.55);
        take(ctx, {
          id: prior.id,
          kind: 'Organization',
          start,
          end,
          text: head,
          rule: 'coref.the-group',
          category: 'group',
          named: false,
          plural: true,
        });
      }
      continue;
    }
    if (GROUP_NEEDS_MODIFIER.has(head) && modifiers.length === 0 && !owner && !of) continue;
    const linkable = name === 'Political parties';
    const tail = /^\s+(?:and|or)\s+([a-z]+)\b/.exec(ctx.text.slice(qEnd, qEnd + 20));
    const more = tail?.[1] && GROUP_HEADS.has(tail[1]) && !ofOrg ? tail[1] : undefined;
    if (more) qEnd += tail?.[0].length ?? 0;
    const ev = b.evidence(ctx.paragraph, qStart, qEnd);
    // One group per owner and head: "Liberal Party candidates" and "the Party's candidates" are one.
    const ownerKey = owner ? `group ${owner} ${head}` : undefined;
    const existing = ownerKey ? b.localId(ownerKey) : undefined;
    const id =
      existing ??
      b.node(
        { kind: 'Organization', name, category: 'group', ...(more ? { aliases: [`${phrase} and ${more}`] } : {}) },
        ev,
        linkable && modifiers.length === 0 ? 'organization.bare-parties' : 'organization.group-noun',
        0.55,
      );
    if (existing) b.cite(existing, ev, 'coref.same-group', 0.55);
    if (ownerKey) b.defineLocal(ownerKey, id);
    if (owner) b.edge('PART_OF', id, owner, ev, 'group.part-of-organization', 0.6);
    take(ctx, {
      id,
      kind: 'Organization',
      start: qStart,
      end: qEnd,
      text: ctx.text.slice(qStart, qEnd),
      rule: 'organization.group-noun',
      category: 'group',
      named: false,
      plural: true,
    });
  }
}
