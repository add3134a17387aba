// Which labels a canvas draws, decided again after every zoom, pan, layout or change of selection,
// the way a map places its names: each label is drawn at a readable size on screen (at least
// MIN_LABEL_PX, growing with the zoom up to its stylesheet size), and, taken in order of
// importance (the selection, what is highlighted or on the path, the hubs, the rest), only if it
// overlaps no label already placed. A label left out is one hover or focus away (hover-card.ts).
// Cytoscape's own min-zoomed-font-size cannot do this: it measures at its texture's power-of-two
// zoom level, not the real one, so it drew labels of 6 px, and it knows nothing of overlaps.
import type cytoscape from 'cytoscape';
import { MINOR_KINDS } from './style.ts';

/** The smallest label height on screen (px) that is drawn at all. */
export const MIN_LABEL_PX = 10;
/** On screen, labels are this much larger than the minimum at least, by their importance. */
const SCREEN_PX = { high: 14, normal: 12, low: 11 } as const;
/** Labels closer than this (px on screen) count as overlapping: touching names read as one. */
const LABEL_GAP = 2;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** Higher first */
  priority: number;
  /** The label's box on screen */
  box: Box;
  /** Its font size on screen (px) */
  px: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/**
 * The labels to draw: by priority (ties by id, so the same view always draws the same names),
 * each at least `minPx` high and clear of every label taken before it.
 */
export function placeLabels(candidates: readonly LabelCandidate[], minPx = MIN_LABEL_PX, gap = LABEL_GAP): Set<string> {
  const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const placed: Box[] = [];
  const drawn = new Set<string>();
  // A grid of cells keeps the overlap test local: 5k labels against each other would be 12 million tests.
  const CELL = 120;
  const grid = new Map<string, Box[]>();
  const cells = (box: Box) => {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / CELL); x <= Math.floor(box.x2 / CELL); x++)
      for (let y = Math.floor(box.y1 / CELL); y <= Math.floor(box.y2 / CELL); y++) keys.push(`${x},${y}`);
    return keys;
  };
  for (const c of order) {
    if (c.px < minPx) continue;
    const padded = { x1: c.box.x1 - gap, y1: c.box.y1 - gap, x2: c.box.x2 + gap, y2: c.box.y2 + gap };
    const keys = cells(padded);
    if (keys.some((k) => grid.get(k)?.some((b) => overlaps(b, c.box, gap)))) continue;
    placed.push(c.box);
    for (const k of keys) {
      const list = grid.get(k);
      if (list) list.push(c.box);
      else grid.set(k, [c.box]);
    }
    drawn.add(c.id);
  }
  return drawn;
}

/** How important a node's label is: what the reader chose first, then the structure's landmarks, then by degree. */
export function labelPriority(node: {
  selected: boolean;
  highlighted: boolean;
  prominence: 'hub' | 'major' | '';
  minor: boolean;
  degree: number;
  faded: boolean;
}): number {
  let p = Math.min(node.degree, 99);
  if (node.selected) p += 10_000;
  if (node.highlighted) p += 5_000;
  if (node.prominence === 'hub') p += 1_000;
  else if (node.prominence === 'major') p += 500;
  if (!node.minor) p += 200;
  if (node.faded) p -= 3_000;
  return p;
}

/**
 * The font size (model units) that draws a label of stylesheet size `base` at `zoom`: the
 * stylesheet's size while that reads well, never less than `screenPx` on screen, and never more
 * than the stylesheet size on screen either (zoomed in, names stay the size of text).
 */
export function scaledFont(base: number, zoom: number, screenPx: number): number {
  if (zoom <= 0) return base;
  const onScreen = Math.min(Math.max(base * zoom, screenPx), Math.max(base, screenPx));
  return onScreen / zoom;
}

const BOX_OPTIONS = {
  includeNodes: false,
  includeEdges: false,
  includeLabels: true,
  includeMainLabels: true,
  includeSourceLabels: false,
  includeTargetLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
  includeOutlines: false,
} as const;

/** The label box of a node on screen, as the tests measure it too. */
export function labelBox(node: cytoscape.NodeSingular): Box {
  const b = node.renderedBoundingBox(BOX_OPTIONS);
  return { x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
}

const placers = new WeakMap<cytoscape.Core, LabelPlacer>();

/** The placer keeping this canvas's labels, if it has one (the PNG export places them for its own scale). */
export function placerOf(cy: cytoscape.Core): LabelPlacer | null {
  return placers.get(cy) ?? null;
}

/**
 * Keeps a canvas's labels placed: the class `label-off` (stylesheet.ts) on every label not drawn,
 * and each drawn label's font size set for the zoom. Large graphs keep the stylesheet's sizes:
 * restyling thousands of labels on each zoom would cost more than it gives.
 */
export class LabelPlacer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Drawn in the large graph's plainer style (stylesheet.ts): fewer labels, the stylesheet's sizes. */
  large = false;
  /** The zoom the screen's labels were last placed for (null: none, or placed for a PNG since) */
  private placedZoom: number | null = null;

  constructor(
    private readonly cy: cytoscape.Core,
    private readonly importance: (node: cytoscape.NodeSingular) => number = defaultImportance,
  ) {
    placers.set(cy, this);
    // After a zoom has come to rest, not on each of its frames. A pan moves every label alike:
    // what overlaps stays the same, so nothing is placed again (a pan's frames stay as cheap as before).
    cy.on('viewport', () => {
      if (this.placedZoom === cy.zoom()) cy.scratch('labelsPlacedFor', viewportKey(cy));
      else this.schedule();
    });
    cy.on('layoutstop', () => this.schedule());
    cy.on('resize', () => this.schedule()); // the panels around the canvas changed size: the same zoom shows more or less
    cy.on('dragfree', () => this.schedule()); // a node moved by hand: its label may now overlap others
  }

  schedule(delay = 60): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.place(), delay);
  }

  /** Place the labels now (after a change of what is shown or selected, in the same frame). */
  place(): void {
    clearTimeout(this.timer);
    if (this.cy.width() === 0 || this.cy.height() === 0) return; // a hidden canvas: placed when shown
    this.placeAt(this.cy.zoom(), (n) => labelBox(n));
    this.placedZoom = this.cy.zoom();
    // Which viewport the labels were last placed for: the browser tests wait for it to be this one.
    this.cy.scratch('labelsPlacedFor', viewportKey(this.cy));
  }

  /** Place the labels for a picture of the whole canvas drawn at `zoom` (png-export.ts), whatever the screen shows. */
  placeFor(zoom: number): void {
    clearTimeout(this.timer);
    this.placedZoom = null;
    this.cy.scratch('labelsPlacedFor', null);
    this.placeAt(zoom, (n) => {
      const b = n.boundingBox(BOX_OPTIONS);
      return { x1: b.x1 * zoom, y1: b.y1 * zoom, x2: b.x2 * zoom, y2: b.y2 * zoom };
    });
  }

  private placeAt(zoom: number, boxOf: (node: cytoscape.NodeSingular) => Box): void {
    const cy = this.cy;
    // What the stylesheet labels at all. The large graph's plainer style names only the hubs and
    // what is labelled, and of the relations only the emphasised: asking each of thousands of
    // elements for its label would cost more than the rest of a click.
    const drawsLabel = (e: cytoscape.SingularElementArgument) => e.visible() && String(e.style('label')) !== '';
    const nodes = (this.large ? cy.nodes('.hub, .labelled') : cy.nodes()).filter(drawsLabel);
    const edges = (this.large ? cy.edges('.highlighted, .on-path, :selected') : cy.edges()).filter(drawsLabel);
    cy.batch(() => {
      const candidates: LabelCandidate[] = [];
      for (const n of nodes) {
        // The size on screen follows the node's prominence, not the selection: a click then changes
        // which labels are drawn, never their size, so no label is measured again (most of a click's cost).
        if (!this.large) setFont(n, zoom, n.hasClass('hub') ? SCREEN_PX.high : n.hasClass('major') ? SCREEN_PX.normal : SCREEN_PX.low);
        candidates.push({ id: n.id(), priority: this.importance(n), box: boxOf(n), px: fontPx(n) * zoom });
      }
      const drawn = placeLabels(candidates);
      for (const n of nodes) if (n.hasClass('label-off') === drawn.has(n.id())) n.toggleClass('label-off');
      // Relations' labels are not placed against each other (they run along their lines), only kept readable.
      for (const e of edges) {
        const emphasised = e.hasClass('highlighted') || e.hasClass('on-path') || e.selected();
        if (!this.large && emphasised) setFont(e, zoom, SCREEN_PX.low);
        else if (e.scratch('_labelBase') !== undefined) resetFont(e);
        const readable = fontPx(e) * zoom >= MIN_LABEL_PX;
        if (e.hasClass('label-off') === readable) e.toggleClass('label-off');
      }
    });
  }
}

function defaultImportance(n: cytoscape.NodeSingular): number {
  return labelPriority({
    selected: n.selected(),
    highlighted: n.hasClass('highlighted') || n.hasClass('on-path') || n.hasClass('in-trace'),
    prominence: n.hasClass('hub') ? 'hub' : n.hasClass('major') ? 'major' : '',
    minor: MINOR_KINDS.includes(String(n.data('kind'))),
    degree: n.degree(false),
    faded: n.hasClass('faded'),
  });
}

/** The stylesheet's font size of an element, remembered before the first override. */
function baseFont(e: cytoscape.SingularElementArgument): number {
  const known: unknown = e.scratch('_labelBase');
  if (typeof known === 'number') return known;
  const base = fontPx(e);
  e.scratch('_labelBase', base);
  const width: unknown = e.numericStyle('text-max-width');
  if (typeof width === 'number') e.scratch('_labelWidth', width);
  return base;
}

function setFont(e: cytoscape.SingularElementArgument, zoom: number, screenPx: number): void {
  // Sized for this zoom and size already: nothing to ask the style for.
  if (e.scratch('_labelZoom') === zoom && e.scratch('_labelPx') === screenPx) return;
  e.scratch('_labelZoom', zoom);
  e.scratch('_labelPx', screenPx);
  const base = baseFont(e);
  const size = Math.round(scaledFont(base, zoom, screenPx) * 100) / 100;
  if (fontPx(e) === size) return;
  e.style('font-size', size);
  // Wrapped lines grow with the type: the same words per line, not a narrow column of a word or two.
  const width: unknown = e.scratch('_labelWidth');
  if (typeof width === 'number' && width > 0 && base > 0) e.style('text-max-width', `${Math.round((width * size) / base)}px`);
}

function resetFont(e: cytoscape.SingularElementArgument): void {
  e.removeStyle('font-size text-max-width');
  e.removeScratch('_labelBase');
  e.removeScratch('_labelWidth');
  e.removeScratch('_labelZoom');
  e.removeScratch('_labelPx');
}

/** Forget the remembered sizes (the classes that set them changed: hub, major, selected). */
export function forgetFonts(elements: cytoscape.CollectionReturnValue): void {
  elements.forEach((e) => {
    if (e.scratch('_labelBase') !== undefined) resetFont(e);
  });
}

/** An element's font size in model units (numericStyle is typed `any`: checked here). */
function fontPx(e: cytoscape.SingularElementArgument): number {
  const size: unknown = e.numericStyle('font-size');
  return typeof size === 'number' ? size : 0;
}

/** The viewport as a string, to tell whether labels were placed for the present one. */
export function viewportKey(cy: cytoscape.Core): string {
  const pan = cy.pan();
  return `${cy.width()}x${cy.height()}@${cy.zoom().toFixed(4)}:${pan.x.toFixed(1)},${pan.y.toFixed(1)}`;
}
