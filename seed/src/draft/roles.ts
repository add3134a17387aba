// Roles and groups. A role attached to an organization ("the National Director of the Liberal
// Party", "the Party's IT Director") is HELD_ROLE for the person it stands beside, or an unnamed
// person of its own ("a senior director of the Liberal Party"). A plural noun of people with its
// modifiers ("volunteer researchers", "Liberal Party candidates") is a group.
import { GROUP_HEADS, GROUP_NEEDS_MODIFIER, ROLE_HEADS, WEAK_ROLE_HEADS } from './lexicon.ts';
import { isTaken, take, type Found, type SentenceContext } from './context.ts';

const ROLE_WORD = /^(?:[A-Z]{2,}|[A-Za-z][a-z-]+)$/;
const NOT_ROLE_MODIFIER = new Set(['the', 'a', 'an', 'of', 'its', 'their', 'his', 'her', 'and', 'or', 'was', 'were', 'is', 'as', 'who', 'that', 'one', 'other', 'also', 'been', 'has', 'had', 'served', 'be', 'to', 'by', 'with', 'for', 'in', 'on', 'at', 'all', 'three', 'two']);
const STOP_MODIFIER = new Set([...NOT_ROLE_MODIFIER, 'any', 'some', 'many', 'several', 'these', 'those', 'such', 'both', 'each', 'more', 'most', 'few', 'only', 'about', 'our', 'approximately', 'no', 'not', 'from', 'into', 'about', 'than', 'which', 'whom', 'whose', 'if', 'so', 'but', 'they', 'them', 'it', 'this', 'are', 'would', 'could', 'should', 'may', 'might', 'can', 'will', 'over', 'under', 'between', 'among', 'four', 'five', 'six', 'ten', 'up', 'out', 'told', 'said', 'asked', 'directed', 'impressed', 'informed', 'briefed', 'other', 'own', 'new', 'certain', 'various']);

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
    const of = /\s(?:of|at|for|with)\s+(?:the\s+)?$/.exec(ctx.text.slice(Math.max(ctx.sentence.start, org.start - 12), org.start));
    if (of) {
      const r = roleBefore(ctx.text, org.start - of[0].length);
      if (r && r.start >= ctx.sentence.start) out.push({ start: r.start, end: org.end, role: r.role, org, capitalised: /^\p{Lu}/u.test(r.role) });
    }
    const poss = /^['’]s\s+((?:[A-Za-z][A-Za-z-]*\s+){0,2}[A-Za-z][A-Za-z-]*)/.exec(ctx.text.slice(org.end, org.end + 50));
    if (poss && poss[1]) {
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
  return out.filter((p) => p.end <= ctx.sentence.end);
}

/** Between a named person and a role phrase: "X, the", "X has served as the", "X was the", "X, the Party's". */
const HOLDS_BETWEEN = /^(?:,\s*|\s+(?:has|had|have)?\s*(?:also\s+)?(?:been\s+|served\s+as\s+|serves\s+as\s+|acted\s+as\s+|worked\s+as\s+|became\s+|was\s+|is\s+|remained\s+|continued\s+as\s+)?)(?:the\s+|a\s+|an\s+|its\s+)?$/;

export function findRoles(ctx: SentenceContext): void {
  const { b } = ctx;
  for (const p of rolePhrases(ctx)) {
    if (isTaken(ctx, p.start, p.start + p.role.length) && !p.org.text.endsWith('’s') && p.start !== p.org.start) continue;
    const head = p.role.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    const roleStart = p.start === p.org.start ? p.end - p.role.length : p.start;
    const people = ctx.found.filter((f) => f.kind === 'Person' && f.named);
    const holder =
      people.filter((f) => f.end <= p.start && HOLDS_BETWEEN.test(ctx.text.slice(f.end, p.start))).at(-1) ??
      // "As National Director of the Party, Mr. X …"
      people.find((f) => f.start >= p.end && /^,\s*$/.test(ctx.text.slice(p.end, f.start)) && /^(?:As|as)\s+(?:the\s+)?$/.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 7), p.start).replace(/^.*?(?=As|as)/, '')));
    const since = /\bsince\s+((?:19|20)\d\d)\b/.exec(ctx.text.slice(p.end, p.end + 20))?.[1];
    const role = capitalise(p.role);
    const quoteStart = holder && holder.end <= p.start ? holder.start : p.start;
    const quoteEnd = since ? p.end + ctx.text.slice(p.end).indexOf(since) + 4 : holder && holder.start > p.end ? holder.end : p.end;
    const ev = b.evidence(ctx.paragraph, quoteStart, quoteEnd);
    if (holder) {
      b.edge('HELD_ROLE', holder.id, p.org.id, ev, 'held-role.beside-name', 0.8, { role: p.role.charAt(0).toUpperCase() + p.role.slice(1), ...(since ? { since } : {}) });
      continue;
    }
    // A role with no name beside it is a person of its own, unless it is a vague one ("a member of").
    const modifiers = p.role.split(/\s+/).length - 1;
    if (WEAK_ROLE_HEADS.has(head) && modifiers === 0) continue;
    if (/\b(?:as|As)\s+(?:the\s+)?$/.test(ctx.text.slice(Math.max(0, roleStart - 8), roleStart))) continue;
    const orgName = b.nodes.get(p.org.id)?.name ?? b.known.byId.get(p.org.id)?.name ?? p.org.text;
    const name = `${role} of ${/^the\s/i.test(orgName) ? orgName : `the ${orgName}`}`;
    const id = b.node({ kind: 'Person', name, aliases: [p.role], descriptive: true }, ev, 'person.unnamed-role', 0.65);
    b.edge('HELD_ROLE', id, p.org.id, ev, 'held-role.unnamed-role', 0.7, { role });
    take(ctx, { id, kind: 'Person', start: roleStart, end: roleStart + p.role.length, text: p.role, rule: 'person.unnamed-role', named: false });
  }
}

const BARE_GROUPS: { re: RegExp; name: string; category: string }[] = [
  { re: /\b(?:the|The)\s+media\b|\bmedia\s+report(?:s|ed|ing)\b/g, name: 'The media', category: 'media' },
  { re: /\b(?:the|The)\s+(?:federal\s+)?government\b/g, name: 'Federal government', category: 'government' },
  { re: /\b(?:the|a|an|The|A)\s+(?:social media|messaging|online|technology)\s+(?:platform|company|provider)\b/g, name: 'Social media platform', category: 'platform' },
];

/** Groups of people and the generic actors these summaries name (the media, the federal government, a platform). */
export function findGroups(ctx: SentenceContext): void {
  const { b, sentence } = ctx;
  for (const g of BARE_GROUPS) {
    for (const m of sentence.text.matchAll(g.re)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (isTaken(ctx, start, end)) continue;
      const id = b.node({ kind: 'Organization', name: g.name, category: g.category }, b.evidence(ctx.paragraph, start, end), 'organization.generic-actor', 0.6);
      take(ctx, { id, kind: 'Organization', start, end, text: m[0], rule: 'organization.generic-actor', category: g.category, named: false });
    }
  }
  for (const m of sentence.text.matchAll(/[A-Za-z][A-Za-z-]*/g)) {
    const head = m[0];
    if (!GROUP_HEADS.has(head)) continue;
    const end = sentence.start + m.index + head.length;
    let start = sentence.start + m.index;
    if (isTaken(ctx, start, end)) continue;
    // Modifiers: up to two words before the head, or an organization named right before it.
    const org = ctx.found.find((f) => f.kind === 'Organization' && f.end === start - 1 && f.named);
    let modifiers: string[] = [];
    if (org) {
      modifiers = [org.text];
      start = org.start;
    } else {
      const before = [...ctx.text.slice(Math.max(sentence.start, start - 40), start).matchAll(/[A-Za-z][A-Za-z-]*/g)];
      const base = Math.max(sentence.start, start - 40);
      for (let i = before.length - 1; i >= 0 && modifiers.length < 2; i--) {
        const w = before[i];
        const next = i === before.length - 1 ? start : base + (before[i + 1]?.index ?? 0);
        // Verbs are not modifiers: "-ed", "-ly", "-ing" words, a word after a modal or "to", or a possessive.
        if (!w || STOP_MODIFIER.has(w[0].toLowerCase()) || /(?:ed|ly|ing)$/.test(w[0]) || ctx.text.slice(base + w.index + w[0].length, next) !== ' ') break;
        if (/\b(?:to|should|would|could|must|will|can|may|might)\s+$/.test(ctx.text.slice(Math.max(0, base + w.index - 8), base + w.index))) break;
        if (/['’]$/.test(ctx.text.slice(base + w.index - 2, base + w.index))) break;
        if (isTaken(ctx, base + w.index, base + w.index + w[0].length)) break;
        modifiers.unshift(w[0]);
        start = base + w.index;
      }
    }
    const tail = /^\s+(?:and|or)\s+([a-z]+)\b/.exec(ctx.text.slice(end, end + 20));
    const more = tail?.[1] && GROUP_HEADS.has(tail[1]) ? tail[1] : undefined;
    if (modifiers.length === 0) {
      // "the researchers": the group named before with that head.
      const det = /\b(?:the|The)\s+$/.exec(ctx.text.slice(Math.max(0, start - 4), start));
      const prior = det ? b.last(ctx.paragraph, start, (x) => x.kind === 'Organization' && x.category === 'group' && (b.nodes.get(x.id)?.name.toLowerCase().endsWith(head) ?? false)) : undefined;
      if (prior) {
        b.cite(prior.id, b.evidence(ctx.paragraph, start - 4, end), 'coref.the-group', 0.55);
        take(ctx, { id: prior.id, kind: 'Organization', start, end, text: head, rule: 'coref.the-group', category: 'group', named: false, plural: true });
      }
      if (GROUP_NEEDS_MODIFIER.has(head) || !prior) continue;
      continue;
    }
    const phrase = ctx.text.slice(start, end);
    const name = capitalise(phrase);
    const fullEnd = more ? end + (tail?.[0].length ?? 0) : end;
    const ev = b.evidence(ctx.paragraph, start, fullEnd);
    const id = b.node({ kind: 'Organization', name, category: 'group', ...(more ? { aliases: [`${phrase} and ${more}`] } : {}) }, ev, 'organization.group-noun', 0.55);
    if (org) b.edge('PART_OF', id, org.id, ev, 'group.part-of-organization', 0.6);
    take(ctx, { id, kind: 'Organization', start, end: fullEnd, text: ctx.text.slice(start, fullEnd), rule: 'organization.group-noun', category: 'group', named: false, plural: true });
  }
}
