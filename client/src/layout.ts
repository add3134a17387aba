// Where nodes go. The graph: fcose (force-directed, fast and stable), tuned so the clusters around
// the few hubs (the interviewee, the Party, the task force) spread apart and labels keep clear of
// each other. A trace: a fixed left-to-right line, step 1 to the end, actors above and whom a
// step involved below, so the order reads like a sentence.
import type cytoscape from 'cytoscape';
import type { FcoseLayoutOptions } from 'cytoscape-fcose';

/** Margin around the fitted graph (px). */
export const GRAPH_PADDING = 24;

/** Above this many nodes the careful settings cost more than they give: see large-graph settings below. */
export const LARGE_GRAPH_NODES = 400;
/** Above this many, only fcose's spectral phase runs (bench/RESULTS.md: proof quality took ~100 s at 5k elements). */
export const HUGE_GRAPH_NODES = 1500;

/** fcose options for the whole graph; `incremental` keeps the current positions as the start. */
export function graphLayout(options: { incremental: boolean; animate: boolean; nodes?: number }): FcoseLayoutOptions {
  const nodes = options.nodes ?? 0;
  const large = nodes > LARGE_GRAPH_NODES;
  return {
    name: 'fcose',
    // proof: slow cooling and better spacing for the small graphs of a few documents; default
    // quality for a few hundred nodes; draft (spectral placement only, about a second) beyond.
    quality: nodes > HUGE_GRAPH_NODES ? 'draft' : large ? 'default' : 'proof',
    randomize: !options.incremental, // a fresh start on load; after a filter or expansion, move little
    animate: options.animate && !large, // animated only after user actions, so the change can be followed; never on large graphs
    animationDuration: 350, // short enough not to feel slow
    fit: true, // the whole visible graph on screen
    padding: GRAPH_PADDING, // a small margin so border nodes' labels are not cut off
    nodeDimensionsIncludeLabels: !large, // drawn labels take space too: keeps them from overlapping (large graphs hide most labels)
    uniformNodeDimensions: false, // node sizes differ with degree
    packComponents: true, // separate disconnected groups (used when the layout-utilities extension is present)
    tile: true, // nodes a filter left without relations are tiled in a grid, not scattered
    tilingPaddingVertical: 16, // room for a label line between tiled nodes
    tilingPaddingHorizontal: 24,
    nodeSeparation: 75, // spectral phase: how far apart nodes start
    nodeRepulsion: (node: cytoscape.NodeSingular) => 4500 + 600 * Math.min(node.degree(false), 12), // hubs push harder, opening room around their many neighbours
    idealEdgeLength: (edge: cytoscape.EdgeSingular) => hubEdgeLength(edge.source().degree(false), edge.target().degree(false)),
    edgeElasticity: 0.45, // default: edges pull like springs of equal stiffness
    gravity: 0.3, // weak pull to the centre: clusters separate instead of piling into one disc
    gravityRange: 3.8,
    numIter: large ? 1000 : 2500, // enough for these sizes; fcose stops earlier once it converges
  };
}

/**
 * Model px per unit of the seed's stored overview layout. The API gives positions in units where a
 * node is about 30 across (server/schema: Node.position), and the viewer's nodes are 22–54 px
 * (style.ts nodeSize): the same scale, so the stored picture is drawn as it was computed.
 */
export const STORED_LAYOUT_SCALE = 1;

/**
 * From how many shown nodes the first frame is drawn at the seed's stored positions: about one
 * interview summary's graph (the seed's is 71 nodes). Below it fcose at proof quality gives the
 * better picture (the stored layout is a per-document ForceAtlas2 that leaves the labels of a
 * one-document graph overprinting each other, seen on the seed graph at 1440×900) and is quick (96 ms
 * for the seed graph in the bench's Chromium); fcose took 1,326 ms at 326 nodes, where the stored
 * layout draws at once and gives each document its own place (bench/RESULTS.md, Viewer).
 */
export const STORED_LAYOUT_FROM_NODES = 150;

/** Whether a first frame of this many nodes is drawn at stored positions (when every node has one). */
export function drawsStoredLayout(nodes: number): boolean {
  return nodes >= STORED_LAYOUT_FROM_NODES;
}

/** A stored position in the viewer's model px. */
export function fromStored(position: { x: number; y: number }): cytoscape.Position {
  return { x: position.x * STORED_LAYOUT_SCALE, y: position.y * STORED_LAYOUT_SCALE };
}

/**
 * The stored positions of these nodes, in model px, when every one of them has one; null when any
 * lacks one (an older server, a draft not yet laid out by the seed), as a picture half from the
 * seed and half from fcose would put the two halves in unrelated places.
 */
export function storedPositions(
  ids: Iterable<string>,
  position: (id: string) => { x: number; y: number } | null | undefined,
): Map<string, cytoscape.Position> | null {
  const positions = new Map<string, cytoscape.Position>();
  for (const id of ids) {
    const stored = position(id);
    if (!stored) return null;
    positions.set(id, fromStored(stored));
  }
  return positions.size > 0 ? positions : null;
}

/** Cytoscape's preset layout at stored positions: the first frame of the overview, no force layout to wait for. */
export function storedLayout(positions: ReadonlyMap<string, cytoscape.Position>): cytoscape.PresetLayoutOptions {
  return {
    name: 'preset',
    positions: Object.fromEntries(positions), // by node id, from storedPositions
    fit: true, // the whole overview on screen
    padding: GRAPH_PADDING, // as the fcose layout's margin
    animate: false, // drawn at once
  };
}

/**
 * fcose for a few nodes an expansion brought in that have no stored place, next to the shown
 * nodes they connect to: those neighbours are fixed where they are, so the rest of the picture does
 * not move and only the newcomers settle around them.
 */
export function localLayout(fixed: ReadonlyMap<string, cytoscape.Position>): FcoseLayoutOptions {
  return {
    name: 'fcose',
    quality: 'default', // constraints need the force phase ('draft' is spectral placement only)
    randomize: false, // start from where the newcomers were put, beside a neighbour
    animate: true, // the newcomers move into place, so the change can be followed
    animationDuration: 350,
    fit: false, // the view stays where the reader is looking
    nodeDimensionsIncludeLabels: true,
    fixedNodeConstraint: [...fixed].map(([nodeId, position]) => ({ nodeId, position })),
    nodeRepulsion: () => 4500,
    idealEdgeLength: () => 60,
    numIter: 1000,
  };
}

/** How far apart nodes that a layout put on one spot end up (model px; a node is about 30 across). */
export const SPREAD_GAP = 34;

/**
 * Nodes the layout put on the same spot, spread on a small sunflower spiral around it, the first
 * by id staying put. fcose's draft quality (spectral placement, used above HUGE_GRAPH_NODES)
 * gives structurally identical nodes — the same kind of fact from many documents — identical
 * positions: stacked, only the top one can be clicked and their labels overprint.
 */
export function spreadCoincident(positions: ReadonlyMap<string, cytoscape.Position>, gap = SPREAD_GAP): Map<string, cytoscape.Position> {
  const spots = new Map<string, string[]>();
  for (const [id, p] of positions) {
    const key = `${Math.round(p.x)},${Math.round(p.y)}`;
    const ids = spots.get(key);
    if (ids) ids.push(id);
    else spots.set(key, [id]);
  }
  const moved = new Map<string, cytoscape.Position>();
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
  for (const ids of spots.values()) {
    if (ids.length < 2) continue;
    ids.sort();
    const centre = positions.get(ids[0]!)!;
    ids.forEach((id, i) => {
      if (i === 0) return;
      const r = gap * Math.sqrt(i);
      moved.set(id, { x: centre.x + r * Math.cos(i * GOLDEN_ANGLE), y: centre.y + r * Math.sin(i * GOLDEN_ANGLE) });
    });
  }
  return moved;
}

/**
 * The ideal length of an edge between nodes of these degrees: edges between two hubs are long so
 * each hub's cluster gets its own region; edges to leaves are short so a cluster stays compact.
 */
export function hubEdgeLength(sourceDegree: number, targetDegree: number): number {
  const smaller = Math.min(sourceDegree, targetDegree);
  return 45 + 10 * Math.min(smaller, 10);
}

/** The parts of a trace that the layout needs, in ids. */
export interface TraceShape {
  incident: string;
  steps: ReadonlyArray<{ id: string; order: number; actors: readonly string[]; links: readonly string[] }>;
  end: string;
}

/** Horizontal distance between two steps, vertical distance to actors and links (px). */
export const TRACE_COLUMN = 220;
export const TRACE_ROW = 230;
export const TRACE_LABEL_ROOM = 80;

/** Vertical distance between steps the text reports together (one order, one column). */
export const TRACE_PARALLEL = 120;

/**
 * Positions for a trace: incident at x = 0, each step order one column (steps that share an order,
 * which the text reports together, one above the other in it), the end marker in the last column
 * unless a step is the end; an actor shared by several steps sits above the middle of them.
 */
export function tracePositions(trace: TraceShape): Map<string, cytoscape.Position> {
  const positions = new Map<string, cytoscape.Position>();
  positions.set(trace.incident, { x: 0, y: 0 });
  const steps = [...trace.steps].sort((a, b) => a.order - b.order);
  const orders = [...new Set(steps.map((s) => s.order))];
  const columns = new Map<string, { xs: number[]; row: number }>();
  steps.forEach((step) => {
    const column = orders.indexOf(step.order);
    const x = (column + 1) * TRACE_COLUMN;
    const together = steps.filter((s) => s.order === step.order);
    const offset = together.indexOf(step) - (together.length - 1) / 2;
    positions.set(step.id, { x, y: offset * TRACE_PARALLEL });
    const place = (id: string, row: number) => {
      if (id === trace.incident || steps.some((s) => s.id === id)) return; // already on the line
      const entry = columns.get(id) ?? { xs: [], row };
      // Whom steps done together involved are spread across their column, not stacked in one spot.
      entry.xs.push(x + offset * TRACE_COLUMN);
      columns.set(id, entry);
    };
    for (const a of step.actors) place(a, -1);
    for (const l of step.links) place(l, 1);
  });
  // When the last step is the end ("No further steps were taken") it is drawn once, as a step.
  if (!positions.has(trace.end)) positions.set(trace.end, { x: (orders.length + 1) * TRACE_COLUMN, y: 0 });
  // Side nodes that land in the same spot (two actors of one step) are stacked away from the line.
  const taken = new Map<string, number>();
  for (const [id, { xs, row }] of columns) {
    const x = xs.reduce((sum, v) => sum + v, 0) / xs.length;
    const key = `${Math.round(x)}:${row}`;
    const stack = taken.get(key) ?? 0;
    taken.set(key, stack + 1);
    // Step labels hang below the line, so the row below starts lower than the row above.
    positions.set(id, { x: x + stack * 24, y: row * (TRACE_ROW + stack * 70) + (row > 0 ? TRACE_LABEL_ROOM : 0) });
  }
  return positions;
}

/** Cytoscape's preset layout at the trace positions. */
export function traceLayout(trace: TraceShape): cytoscape.PresetLayoutOptions {
  const positions = tracePositions(trace);
  return {
    name: 'preset',
    positions: Object.fromEntries(positions), // computed above, by node id
    fit: true, // the whole chain on screen
    padding: 40, // room for the labels under the first and last nodes
    animate: false, // a trace appears whole; nothing moves
  };
}

/** Any fixed number: the same graph and filters give the same picture on every load. */
export const LAYOUT_SEED = 20240305;

/**
 * Run `fn` with Math.random replaced by a seeded generator (mulberry32). fcose draws its start
 * positions from Math.random and has no seed option; without this, every reload (and every shared
 * link) would show the graph in a different arrangement and people lose their bearings.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  let a = seed >>> 0;
  Math.random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

/**
 * How much to stretch a layout vertically so it fills a taller-than-wide canvas. fcose returns a
 * roughly round or wide layout; the canvas beside two panels is tall. Stretching only one axis
 * only moves nodes apart, so it cannot make labels overlap; capped so chains do not look torn.
 */
export function verticalStretch(positions: ReadonlyArray<{ x: number; y: number }>, canvas: { width: number; height: number }): number {
  if (positions.length < 2 || canvas.width <= 0 || canvas.height <= 0) return 1;
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  if (width <= 0 || height <= 0) return 1;
  const wanted = (canvas.height / canvas.width) * width;
  return Math.min(1.6, Math.max(1, wanted / height));
}
