// The overview layout the seed stores with every node (GraphNode.position), so that the viewer can
// draw the whole graph at once instead of running a force layout in the browser (issue 16 item 1).
//
// Built for one property above the others: changing one document moves only that document's own
// nodes and the shared nodes it cites, so an incremental load rewrites only those rows and a user
// adding a witness does not see the picture reshuffled. Hence no layout of the whole graph at once
// (any global force layout moves everything when anything changes). Instead:
//   1. each document gets a slot on a sunflower spiral, found from hashes of its id: a stable
//      matching of documents to slots (documentSlots), so that one document more or less moves
//      only the few others its chain of displacements reaches (none, mostly);
//   2. each document's subgraph — the nodes it cites and the relations it cites, shared nodes
//      included — is laid out on its own (ForceAtlas2, fixed iterations, starting points from id
//      hashes), scaled to its node count and centred in its slot. It depends on that document's
//      citations alone, never on whether a node is also cited elsewhere;
//   3. a node cited by one document sits where that document's layout put it; a node several
//      documents cite sits at the mean of the places their layouts gave it (between them, near
//      its neighbours in each), pushed off that mean by an id-hashed offset scaled to their
//      spread, so that the hubs every document cites do not pile up on the centre; a node no
//      document cites (a curated entity without evidence) gets an id-hashed point near the origin.
// Deterministic bit for bit: no Math.random, ids sorted before anything iterates over them.
import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { GraphData, Position } from './model.ts';
import { mixedHash } from './hash.ts';

/** Distance between neighbouring document slots, in model units (a node is about 30 wide). */
export const SLOT_SPACING = 1100;
/** How far from its slot's centre a document's nodes may go: slots keep a margin between them. */
const REGION_RADIUS = SLOT_SPACING * 0.42;
/** The root-mean-square radius of a document's layout per √node: about two node widths apart. */
const SPREAD_PER_ROOT_NODE = 40;
const ITERATIONS = 80;
/** Barnes-Hut pays for its tree above about this many nodes in one document. */
const BARNES_HUT_FROM = 250;
/** The sunflower's radius step: a slot holds the area π·c², so neighbours sit about √π·c apart. */
const SPIRAL_STEP = SLOT_SPACING / Math.sqrt(Math.PI);
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Spiral places left empty at the centre, where the nodes that many documents cite end up. */
const CENTRE_KEPT_FREE = 3;

/** A number in [0, 1) drawn from `text`. */
function unit(text: string): number {
  return mixedHash(text) / 0x100000000;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface DocumentSubgraph {
  nodes: string[];
  /** Each cited relation once, as [smaller id, larger id], self-loops left out */
  pairs: [string, string][];
}

/** Per document: the nodes it cites, and the ends of the relations it cites, with those relations. */
function documentSubgraphs(graph: GraphData): Map<string, DocumentSubgraph> {
  const nodes = new Map<string, Set<string>>();
  const pairs = new Map<string, Map<string, [string, string]>>();
  const nodeSet = (doc: string) => nodes.get(doc) ?? nodes.set(doc, new Set()).get(doc) ?? new Set();
  for (const node of graph.nodes) for (const e of node.evidence) nodeSet(e.document).add(node.id);
  for (const edge of graph.edges) {
    if (edge.source === edge.target) continue;
    const pair: [string, string] = edge.source < edge.target ? [edge.source, edge.target] : [edge.target, edge.source];
    for (const doc of new Set(edge.evidence.map((e) => e.document))) {
      nodeSet(doc).add(edge.source).add(edge.target);
      const docPairs = pairs.get(doc) ?? pairs.set(doc, new Map()).get(doc);
      docPairs?.set(`${pair[0]}\n${pair[1]}`, pair);
    }
  }
  const result = new Map<string, DocumentSubgraph>();
  for (const doc of [...nodes.keys()].sort(byCodeUnit)) {
    const docPairs = pairs.get(doc) ?? new Map<string, [string, string]>();
    result.set(doc, {
      nodes: [...(nodes.get(doc) ?? [])].sort(byCodeUnit),
      pairs: [...docPairs.keys()].sort(byCodeUnit).flatMap((k) => {
        const pair = docPairs.get(k);
        return pair ? [pair] : [];
      }),
    });
  }
  return result;
}

/** The centre of slot k of the sunflower spiral. */
export function slotCentre(slot: number): Position {
  const k = slot + CENTRE_KEPT_FREE;
  const r = SPIRAL_STEP * Math.sqrt(k + 0.5);
  return { x: r * Math.cos(k * GOLDEN_ANGLE), y: r * Math.sin(k * GOLDEN_ANGLE) };
}

/** Probe windows start at 8 and grow by 20% a probe: slowly, so that a document rarely lands far beyond the others. */
const probeWindow = (attempt: number) => Math.min(Math.floor(8 * 1.2 ** Math.min(attempt, 150)) + attempt, 2 ** 31);

/**
 * A slot per document: a stable matching of documents to spiral slots. Each document asks for the
 * hashed slots of its probe sequence in turn (among the first 8, then a few more…); a slot taken by
 * another goes to whichever of the two the slot's own hash ranks first, and the loser asks on.
 * The matching (the document-proposing stable one) does not depend on the order documents are
 * taken in, and one document more or less moves only the few its chain of displacements reaches
 * (about one on average, at most a handful: overview-layout.test.ts); with one priority for all
 * slots (interview date) a document dated early displaced 13 of 30 in a bench corpus.
 */
export function documentSlots(documents: readonly { id: string }[]): Map<string, number> {
  const ids = [...new Set(documents.map((d) => d.id))].sort(byCodeUnit);
  const holder = new Map<number, string>();
  const nextProbe = new Map<string, number>();
  const rank = (slot: number, id: string) => mixedHash(`${slot}@${id}`);
  const pending = [...ids].reverse();
  for (let doc = pending.pop(); doc !== undefined; doc = pending.pop()) {
    for (;;) {
      const attempt = nextProbe.get(doc) ?? 0;
      nextProbe.set(doc, attempt + 1);
      const slot = mixedHash(`${doc}#${attempt}`) % probeWindow(attempt);
      const held = holder.get(slot);
      if (held === undefined) {
        holder.set(slot, doc);
        break;
      }
      const [r, h] = [rank(slot, doc), rank(slot, held)];
      if (r < h || (r === h && doc < held)) {
        holder.set(slot, doc);
        pending.push(held);
        break;
      }
    }
  }
  return new Map([...holder].map(([slot, id]) => [id, slot]));
}

/** One document's subgraph laid out around (0, 0), scaled to its size and kept inside its region. */
function layoutDocument(sub: DocumentSubgraph): Map<string, Position> {
  const g = new UndirectedGraph();
  for (const id of sub.nodes) {
    const angle = 2 * Math.PI * unit(`${id}@a`);
    const r = Math.sqrt(unit(`${id}@r`)) * 10;
    g.addNode(id, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  for (const [a, b] of sub.pairs) g.mergeEdge(a, b);
  const raw =
    sub.nodes.length > 1
      ? forceAtlas2(g, {
          iterations: ITERATIONS,
          settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: sub.nodes.length >= BARNES_HUT_FROM },
        })
      : { [sub.nodes[0] ?? '']: { x: 0, y: 0 } };
  const points = sub.nodes.map((id) => raw[id] ?? { x: 0, y: 0 });
  const n = points.length;
  const cx = points.reduce((s, p) => s + p.x, 0) / n;
  const cy = points.reduce((s, p) => s + p.y, 0) / n;
  const rms = Math.sqrt(points.reduce((s, p) => s + (p.x - cx) ** 2 + (p.y - cy) ** 2, 0) / n);
  const wanted = Math.min(SPREAD_PER_ROOT_NODE * Math.sqrt(n), REGION_RADIUS * 0.6);
  const scale = rms > 0 ? wanted / rms : 0;
  const result = new Map<string, Position>();
  sub.nodes.forEach((id, i) => {
    const p = points[i] ?? { x: 0, y: 0 };
    let x = (p.x - cx) * scale;
    let y = (p.y - cy) * scale;
    // An isolated node that repulsion pushed far out is drawn back to the region's edge.
    const r = Math.hypot(x, y);
    if (r > REGION_RADIUS) {
      x *= REGION_RADIUS / r;
      y *= REGION_RADIUS / r;
    }
    result.set(id, { x, y });
  });
  return result;
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The overview position of every node of `graph`, by node id (see the top of this file). */
export function overviewLayout(graph: GraphData): Map<string, Position> {
  const subgraphs = documentSubgraphs(graph);
  const slots = documentSlots([...subgraphs.keys()].map((id) => ({ id })));
  /** node id → where each citing document's layout put it, in document id order */
  const places = new Map<string, Position[]>();
  for (const [doc, sub] of subgraphs) {
    const centre = slotCentre(slots.get(doc) ?? 0);
    for (const [id, p] of layoutDocument(sub)) {
      const point = { x: centre.x + p.x, y: centre.y + p.y };
      const list = places.get(id);
      if (list) list.push(point);
      else places.set(id, [point]);
    }
  }
  const positions = new Map<string, Position>();
  for (const node of [...graph.nodes].sort((a, b) => byCodeUnit(a.id, b.id))) {
    const at = places.get(node.id) ?? [];
    const angle = 2 * Math.PI * unit(`${node.id}@spread-angle`);
    const reach = Math.sqrt(unit(`${node.id}@spread-radius`));
    if (at.length === 0) {
      positions.set(node.id, { x: round(Math.cos(angle) * reach * REGION_RADIUS), y: round(Math.sin(angle) * reach * REGION_RADIUS) });
      continue;
    }
    const mx = at.reduce((s, p) => s + p.x, 0) / at.length;
    const my = at.reduce((s, p) => s + p.y, 0) / at.length;
    const spread = Math.sqrt(at.reduce((s, p) => s + (p.x - mx) ** 2 + (p.y - my) ** 2, 0) / at.length);
    const push = at.length > 1 ? 0.5 * spread * reach : 0;
    positions.set(node.id, { x: round(mx + Math.cos(angle) * push), y: round(my + Math.sin(angle) * push) });
  }
  return positions;
}

/** `graph` with every node's overview position set (a new GraphData; the nodes are copied). */
export function withOverviewLayout(graph: GraphData): GraphData {
  const positions = overviewLayout(graph);
  return { ...graph, nodes: graph.nodes.map((n) => ({ ...n, position: positions.get(n.id) ?? { x: 0, y: 0 } })) };
}
