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
import { contentWords, opposedStances, plainWords, STANCE_THEMES, type StanceWord, stances } from '../../../graph/src/stance.ts';
import { byDocumentOrder, byName } from './order.ts';
import type { ClaimRecord, DisagreementKind, DisagreementQuery, DisagreementRecord, Evidence, GraphEdge, GraphNode } from './types.ts';

export const ANNOTATED_TYPES: ReadonlySet<string> = new Set(['CONTRADICTS', 'CORROBORATES']);

const KIND_ORDER: readonly DisagreementKind[] = ['CONTRADICTS', 'CORROBORATES', 'NEGATION', 'STANCE'];

const names = (nodes: readonly GraphNode[]): string => (nodes.length === 0 ? 'an unnamed source' : nodes.map((n) => n.name).join(' and '));

/** Where a piece of evidence is, for a reason in words: "stage1-… ¶7". */
const place = (e: Evidence): string => `${e.document} ¶${e.paragraph}`;

function sharedAbout(a: ClaimRecord, b: ClaimRecord): GraphNode[] {
  const ids = new Set(b.about.map((n) => n.id));
  return a.about.filter((n) => ids.has(n.id)).sort(byName);
}

const side = (c: ClaimRecord) => ({ claim: c.claim, by: c.by, evidence: c.claim.evidence });

/** The words a claim's stance is read from: its name, description and quotes. */
function claimText(c: ClaimRecord): string {
  return [c.claim.name, c.claim.description ?? '', ...c.claim.evidence.map((e) => e.quote)].join('. ');
}

/** What the candidate rules read of a claim, worked out once: a hub's claims are compared pair by pair. */
interface ClaimFacts {
  record: ClaimRecord;
  /** Its place in document order: the earlier claim of a pair is its first */
  order: number;
  negative: boolean;
  witnesses: ReadonlySet<string>;
  words: readonly string[];
  stances: ReadonlyMap<string, StanceWord>;
}

function claimFacts(record: ClaimRecord, order: number): ClaimFacts {
  const text = claimText(record);
  return {
    record,
    order,
    negative: record.claim.negative === true,
    witnesses: new Set(record.by.map((n) => n.id)),
    words: contentWords(text),
    stances: stances(text),
  };
}

function differentWitnesses(a: ClaimFacts, b: ClaimFacts): boolean {
  if (a.witnesses.size === 0 || b.witnesses.size === 0) return false;
  for (const w of b.witnesses) if (a.witnesses.has(w)) return false;
  return true;
}

/** The names of nodes as words, each node's once: what NEGATION leaves out of the words two claims share. */
type SubjectWords = (node: GraphNode) => readonly string[];

/** The content words two claims share beyond the names of the subjects they share. */
function sharedBeyondSubjects(a: ClaimFacts, b: ClaimFacts, subjectWords: SubjectWords): string[] {
  const ignored = new Set(sharedAbout(a.record, b.record).flatMap(subjectWords));
  const other = new Set(b.words);
  return a.words.filter((w) => other.has(w) && !ignored.has(w));
}

/** Which candidate a pair is, if any: NEGATION before STANCE. Cheap, so that every possible pair can be asked. */
function candidateKind(a: ClaimFacts, b: ClaimFacts, subjectWords: SubjectWords): 'NEGATION' | 'STANCE' | null {
  if (a.negative !== b.negative && sharedBeyondSubjects(a, b, subjectWords).length > 0) return 'NEGATION';
  return opposedStances(a.stances, b.stances) ? 'STANCE' : null;
}

/** The record of a candidate pair, its reason in words: made only for the pairs the answer keeps. */
function candidateRecord(kind: 'NEGATION' | 'STANCE', a: ClaimFacts, b: ClaimFacts, subjectWords: SubjectWords): DisagreementRecord {
  const about = sharedAbout(a.record, b.record);
  const common = { kind, about, first: side(a.record), second: side(b.record), evidence: [] };
  if (kind === 'NEGATION') {
    const [negative, positive] = a.negative ? [a.record, b.record] : [b.record, a.record];
    return {
      ...common,
      reason:
        `${names(negative.by)} says it did not happen or is not so ("${negative.claim.name}"); ` +
        `${names(positive.by)} says otherwise ("${positive.claim.name}"); in common: ${sharedBeyondSubjects(a, b, subjectWords).join(', ')}`,
    };
  }
  const opposed = opposedStances(a.stances, b.stances);
  return {
    ...common,
    reason: `opposite words on ${opposed?.theme}: "${opposed?.first}" (${names(a.record.by)}) and "${opposed?.second}" (${names(b.record.by)})`,
  };
}

/**
 * The pairs of a group of claims about one node that can be candidates: a negative claim and one
 * that is not, or two with opposite stances on a theme. Every other pair fails both rules, so a
 * hub's hundreds of claims are not compared each with each.
 */
function possiblePairs(group: readonly ClaimFacts[]): [ClaimFacts, ClaimFacts][] {
  const pairs: [ClaimFacts, ClaimFacts][] = [];
  const negatives = group.filter((c) => c.negative);
  const others = group.filter((c) => !c.negative);
  for (const x of negatives) for (const y of others) pairs.push([x, y]);
  for (const { theme } of STANCE_THEMES) {
    const plus = group.filter((c) => c.stances.get(theme)?.pole === 'positive');
    const minus = group.filter((c) => c.stances.get(theme)?.pole === 'negative');
    for (const x of plus) for (const y of minus) pairs.push([x, y]);
  }
  return pairs.map(([x, y]) => (x.order < y.order ? [x, y] : [y, x]));
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
  const facts = [...claims].sort((a, b) => byDocumentOrder(a.claim, b.claim)).map(claimFacts);
  const orderOf = new Map(facts.map((f) => [f.record.claim.id, f.order]));
  const placeOf = (c: GraphNode) => orderOf.get(c.id) ?? Number.MAX_SAFE_INTEGER;
  // A pair by the places of its claims, as one number: a hub's claims make hundreds of thousands of pairs.
  const pairKey = (x: number, y: number) => (x < y ? x * facts.length + y : y * facts.length + x);
  const seen = new Set<number>();

  for (const link of links) {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    if (!ANNOTATED_TYPES.has(link.type) || !source || !target || source === target) continue;
    // Seen even when filtered out, so that no candidate repeats an annotated pair.
    seen.add(pairKey(placeOf(source.claim), placeOf(target.claim)));
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

  // Candidates: claims grouped by the node they are ABOUT, each pair once (however many subjects it
  // shares). A hub has hundreds of claims: pairs are classified cheaply, ordered by the claims'
  // places in document order, and only those kept become records.
  const nameWords = new Map<string, readonly string[]>();
  const subjectWords: SubjectWords = (node) => {
    let found = nameWords.get(node.id);
    if (!found) {
      found = [node.name, ...(node.aliases ?? [])].flatMap(plainWords);
      nameWords.set(node.id, found);
    }
    return found;
  };
  const groups = new Map<string, ClaimFacts[]>();
  for (const c of facts) {
    for (const n of c.record.about) {
      if (query.about !== undefined && n.id !== query.about) continue;
      const group = groups.get(n.id);
      if (group) group.push(c);
      else groups.set(n.id, [c]);
    }
  }
  const candidates: { kind: 'NEGATION' | 'STANCE'; a: ClaimFacts; b: ClaimFacts }[] = [];
  for (const group of groups.values()) {
    for (const [a, b] of possiblePairs(group)) {
      const key = pairKey(a.order, b.order);
      if (seen.has(key)) continue;
      seen.add(key);
      if (!(cites(a.record) || cites(b.record)) || !differentWitnesses(a, b)) continue;
      const kind = candidateKind(a, b, subjectWords);
      if (kind) candidates.push({ kind, a, b });
    }
  }

  // Annotated pairs come before every candidate; within each, the numbers of document order decide.
  const annotated = found
    .sort(
      (x, y) =>
        KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) ||
        placeOf(x.first.claim) - placeOf(y.first.claim) ||
        placeOf(x.second.claim) - placeOf(y.second.claim),
    )
    .slice(0, query.first);
  const kept = candidates
    .sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) || x.a.order - y.a.order || x.b.order - y.b.order)
    .slice(0, query.first - annotated.length)
    .map((c) => candidateRecord(c.kind, c.a, c.b, subjectWords));
  return [...annotated, ...kept];
}
