// Scores a draft against a reviewed annotation of the same document.
//
// How a drafted node matches a gold node (one to one, best first):
//   1. the same id (a shared entity linked to its id);
//   2. else the same kind and a name or alias in common, compared by their loose key (case, accents,
//      spacing, hyphens and Centre/Center ignored);
//   3. else the same kind and evidence that overlaps: a quote of each in the same paragraph, whose
//      spans in the paragraph overlap by at least half of the shorter one (closer quotes first).
// How a drafted edge matches a gold edge: the same type, both ends matched to the gold edge's ends
// by the node matching, and the same polarity (`negative: true` or not); one to one.
import type { Document, NodeKind, PropertyValue, RelationType } from '../../../graph/src/model.ts';
import type { Draft, DraftEvidence } from './types.ts';
import { looseKey } from './text.ts';

export interface GoldNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases?: string[];
  evidence?: DraftEvidence[];
}
export interface GoldEdge {
  type: RelationType | string;
  source: string;
  target: string;
  properties?: Record<string, PropertyValue>;
  negative?: boolean;
}
export interface Gold {
  nodes: GoldNode[];
  edges: GoldEdge[];
}

export interface Count {
  gold: number;
  drafted: number;
  matched: number;
}

export interface Score {
  nodes: Map<string, Count>;
  edges: Map<string, Count>;
  /** Gold nodes whose id other annotations also use, and how many of them the draft has under that id */
  shared: { total: number; linked: number; missed: string[] };
  quotes: { total: number; exact: number };
  /** gold id → drafted id */
  nodeMatch: Map<string, string>;
  /** Unmatched items, for reading what went wrong */
  missedNodes: GoldNode[];
  extraNodes: { id: string; kind: NodeKind; name: string }[];
  missedEdges: GoldEdge[];
  extraEdges: GoldEdge[];
}

function spans(doc: Document, evidence: readonly DraftEvidence[] | undefined): { paragraph: number; start: number; end: number }[] {
  return (evidence ?? []).flatMap((e) => {
    const text = doc.paragraphs.find((p) => p.number === e.paragraph)?.text ?? '';
    const start = text.indexOf(e.quote);
    return start < 0 ? [] : [{ paragraph: e.paragraph, start, end: start + e.quote.length }];
  });
}

/** How well two sets of evidence overlap: the best share of the shorter quote covered (0 when under half). */
function overlap(a: ReturnType<typeof spans>, b: ReturnType<typeof spans>): number {
  let best = 0;
  for (const x of a) {
    for (const y of b) {
      if (x.paragraph !== y.paragraph) continue;
      const common = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      const share = common / Math.max(x.end - x.start, y.end - y.start);
      if (common > 0 && common >= Math.min(x.end - x.start, y.end - y.start) / 2 && share > best) best = share;
    }
  }
  return best;
}

function count(map: Map<string, Count>, key: string): Count {
  let c = map.get(key);
  if (!c) {
    c = { gold: 0, drafted: 0, matched: 0 };
    map.set(key, c);
  }
  return c;
}

const isNegative = (item: { negative?: boolean }) => item.negative === true;

/** Score `draft` against `gold` for `doc`; `sharedIds` are the ids other annotation files also declare. */
export function scoreDraft(doc: Document, draft: Draft, gold: Gold, sharedIds: ReadonlySet<string>): Score {
  const nodes = new Map<string, Count>();
  const edges = new Map<string, Count>();
  for (const g of gold.nodes) count(nodes, g.kind).gold++;
  for (const d of draft.nodes) count(nodes, d.kind).drafted++;

  // Candidate pairs with a strength; taken greedily, strongest first, in a fixed order.
  const goldSpans = new Map(gold.nodes.map((g) => [g.id, spans(doc, g.evidence)]));
  const pairs: { g: GoldNode; d: string; strength: number; order: number }[] = [];
  let order = 0;
  for (const d of draft.nodes) {
    const dKeys = new Set([d.name, ...(d.aliases ?? [])].map(looseKey));
    const dSpans = spans(doc, d.evidence);
    for (const g of gold.nodes) {
      order++;
      if (g.id === d.id) pairs.push({ g, d: d.id, strength: 3, order });
      else if (g.kind !== d.kind) continue;
      else if ([g.name, ...(g.aliases ?? [])].some((n) => dKeys.has(looseKey(n)))) pairs.push({ g, d: d.id, strength: 2, order });
      else {
        // Evidence overlap: the closer the quotes, the stronger (between 1 and 2).
        const o = overlap(dSpans, goldSpans.get(g.id) ?? []);
        if (o > 0) pairs.push({ g, d: d.id, strength: 1 + o / 2, order });
      }
    }
  }
  pairs.sort((a, b) => b.strength - a.strength || a.order - b.order);
  const nodeMatch = new Map<string, string>();
  const used = new Set<string>();
  for (const p of pairs) {
    if (nodeMatch.has(p.g.id) || used.has(p.d)) continue;
    nodeMatch.set(p.g.id, p.d);
    used.add(p.d);
    const draftKind = draft.nodes.find((n) => n.id === p.d)?.kind;
    if (draftKind === p.g.kind) count(nodes, p.g.kind).matched++;
  }
  const draftToGold = new Map([...nodeMatch].map(([g, d]) => [d, g]));

  for (const g of gold.edges) count(edges, g.type).gold++;
  for (const d of draft.edges) count(edges, d.type).drafted++;
  const goldLeft = [...gold.edges];
  const extraEdges: GoldEdge[] = [];
  for (const d of draft.edges) {
    const s = draftToGold.get(d.source);
    const t = draftToGold.get(d.target);
    const at = goldLeft.findIndex((g) => g.type === d.type && g.source === s && g.target === t && isNegative(g) === isNegative(d));
    if (at >= 0) {
      count(edges, d.type).matched++;
      goldLeft.splice(at, 1);
    } else {
      extraEdges.push(d);
    }
  }

  const sharedGold = gold.nodes.filter((g) => sharedIds.has(g.id));
  const draftIds = new Set(draft.nodes.map((n) => n.id));
  const missedShared = sharedGold.filter((g) => !draftIds.has(g.id)).map((g) => g.id);
  const evidence = [...draft.nodes, ...draft.edges].flatMap((i) => i.evidence);
  const texts = new Map(doc.paragraphs.map((p) => [p.number, p.text]));
  return {
    nodes,
    edges,
    shared: { total: sharedGold.length, linked: sharedGold.length - missedShared.length, missed: missedShared },
    quotes: { total: evidence.length, exact: evidence.filter((e) => texts.get(e.paragraph)?.includes(e.quote)).length },
    nodeMatch,
    missedNodes: gold.nodes.filter((g) => !nodeMatch.has(g.id)),
    extraNodes: draft.nodes.filter((d) => !used.has(d.id)).map(({ id, kind, name }) => ({ id, kind, name })),
    missedEdges: goldLeft,
    extraEdges,
  };
}

/** Sum counts over documents. */
export function addCounts(into: Map<string, Count>, from: ReadonlyMap<string, Count>): void {
  for (const [k, c] of from) {
    const t = count(into, k);
    t.gold += c.gold;
    t.drafted += c.drafted;
    t.matched += c.matched;
  }
}

export function ratio(n: number, d: number): number | undefined {
  return d === 0 ? undefined : n / d;
}
