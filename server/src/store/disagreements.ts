// disagreements(about, document, first), computed the same way for both stores from the claims
// (with who ASSERTED them and what they are ABOUT) and the CONTRADICTS / CORROBORATES relations
// between them: each store reads those (the in-memory store from its graph, Neo4j in one query)
// and hands them here, so the two answer alike by construction.
//
// Annotated pairs come as the annotators stated them (source first). Candidates are pairs of
// claims ABOUT the same node asserted by different witnesses (no asserter in common), no
// annotated relation between them, and either one negative and one not, saying something in
// common beyond the name of their subject (NEGATION: "the party received a warning" / "no warning
// was received", not "the League was not invited" / "the briefings were general"), or opposite
// stance words on the same theme (STANCE, graph/src/stance.ts).
import { opposedStances, sharedWords, type StanceWord, stances } from '../../../graph/src/stance.ts';
import { byDocumentOrder, byName } from './order.ts';
import type { ClaimRecord, DisagreementKind, DisagreementQuery, DisagreementRecord, Evidence, GraphEdge, GraphNode } from './types.ts';

export const ANNOTATED_TYPES: ReadonlySet<string> = new Set(['CONTRADICTS', 'CORROBORATES']);

const KIND_ORDER: readonly DisagreementKind[] = ['CONTRADICTS', 'CORROBORATES', 'NEGATION', 'STANCE'];

const names = (nodes: readonly GraphNode[]): string => (nodes.length === 0 ? 'an unnamed source' : nodes.map((n) => n.name).join(' and '));

/** Where a piece of evidence is, for a reason in words: "stage1-… ¶7". */
const place = (e: Evidence): string => `${e.document} ¶${e.paragraph}`;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function sharedAbout(a: ClaimRecord, b: ClaimRecord): GraphNode[] {
  const ids = new Set(b.about.map((n) => n.id));
  return a.about.filter((n) => ids.has(n.id)).sort(byName);
}

function differentWitnesses(a: ClaimRecord, b: ClaimRecord): boolean {
  if (a.by.length === 0 || b.by.length === 0) return false;
  const ids = new Set(a.by.map((n) => n.id));
  return b.by.every((n) => !ids.has(n.id));
}

const side = (c: ClaimRecord) => ({ claim: c.claim, by: c.by, evidence: c.claim.evidence });

/** The words a claim's stance is read from: its name, description and quotes. */
function claimText(c: ClaimRecord): string {
  return [c.claim.name, c.claim.description ?? '', ...c.claim.evidence.map((e) => e.quote)].join('. ');
}

function candidate(a: ClaimRecord, b: ClaimRecord, stanceOf: (c: ClaimRecord) => Map<string, StanceWord>) {
  const about = sharedAbout(a, b);
  const subjectNames = about.flatMap((n) => [n.name, ...(n.aliases ?? [])]);
  const shared = (a.claim.negative === true) !== (b.claim.negative === true) ? sharedWords(claimText(a), claimText(b), subjectNames) : [];
  if (shared.length > 0) {
    const [negative, positive] = a.claim.negative === true ? [a, b] : [b, a];
    return {
      kind: 'NEGATION' as const,
      about,
      reason:
        `${names(negative.by)} says it did not happen or is not so ("${negative.claim.name}"); ` +
        `${names(positive.by)} says otherwise ("${positive.claim.name}"); in common: ${shared.join(', ')}`,
    };
  }
  const opposed = opposedStances(stanceOf(a), stanceOf(b));
  if (!opposed) return null;
  return {
    kind: 'STANCE' as const,
    about,
    reason: `opposite words on ${opposed.theme}: "${opposed.first}" (${names(a.by)}) and "${opposed.second}" (${names(b.by)})`,
  };
}

/**
 * Every disagreement among `claims` (the claims a store read; a pair needs both of its claims
 * there) that the query keeps: `about`, an annotated pair one of whose claims is ABOUT that node, or
 * a candidate whose shared subjects include it; `document`, a pair one of whose claims it cites.
 * Kind order (CONTRADICTS, CORROBORATES, NEGATION, STANCE), then by where the first, then the
 * second claim is cited; at most `first`.
 */
export function findDisagreements(
  claims: readonly ClaimRecord[],
  links: readonly GraphEdge[],
  query: DisagreementQuery,
): DisagreementRecord[] {
  const byId = new Map(claims.map((c) => [c.claim.id, c]));
  const cites = (c: ClaimRecord) => query.document === undefined || c.claim.evidence.some((e) => e.document === query.document);
  const isAbout = (c: ClaimRecord) => query.about === undefined || c.about.some((n) => n.id === query.about);
  const found: DisagreementRecord[] = [];
  const seen = new Set<string>();

  for (const link of links) {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    if (!ANNOTATED_TYPES.has(link.type) || !source || !target || source === target) continue;
    // Seen even when filtered out, so that no candidate repeats an annotated pair.
    seen.add(pairKey(source.claim.id, target.claim.id));
    if (!(cites(source) || cites(target)) || !(isAbout(source) || isAbout(target))) continue;
    const kind = link.type === 'CONTRADICTS' ? 'CONTRADICTS' : 'CORROBORATES';
    const where = link.evidence[0];
    found.push({
      kind,
      about: sharedAbout(source, target),
      first: side(source),
      second: side(target),
      reason: `annotated as ${kind === 'CONTRADICTS' ? 'contradicting' : 'corroborating'}${where ? ` in ${place(where)}` : ''}`,
      evidence: link.evidence,
    });
  }

  // Candidates: claims grouped by the node they are ABOUT, each pair once (however many subjects it shares).
  const stanceCache = new Map<string, Map<string, StanceWord>>();
  const stanceOf = (c: ClaimRecord) => {
    const cached = stanceCache.get(c.claim.id);
    if (cached) return cached;
    const found = stances(claimText(c));
    stanceCache.set(c.claim.id, found);
    return found;
  };
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    for (const n of c.about) {
      if (query.about !== undefined && n.id !== query.about) continue;
      groups.set(n.id, [...(groups.get(n.id) ?? []), c]);
    }
  }
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => byDocumentOrder(a.claim, b.claim));
    for (let i = 0; i < ordered.length; i++) {
      for (let j = i + 1; j < ordered.length; j++) {
        const a = ordered[i]!;
        const b = ordered[j]!;
        const key = pairKey(a.claim.id, b.claim.id);
        if (seen.has(key)) continue;
        seen.add(key);
        if (!(cites(a) || cites(b)) || !differentWitnesses(a, b)) continue;
        const found1 = candidate(a, b, stanceOf);
        if (found1) found.push({ ...found1, first: side(a), second: side(b), evidence: [] });
      }
    }
  }

  return found
    .sort(
      (x, y) =>
        KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
        byDocumentOrder(x.first.claim, y.first.claim) ||
        byDocumentOrder(x.second.claim, y.second.claim),
    )
    .slice(0, query.first);
}
