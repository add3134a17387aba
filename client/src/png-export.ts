// The PNG of a canvas, made to stand on its own in a report or on a slide: above the picture a
// caption (the document, the view with its filters, the date it was made, the link that opens
// the same view), below it the legend of the kinds and the lines it shows. The canvas is drawn
// again for the image's own scale first, so labels the screen had no room for (claims, most
// often) are in it wherever the image has room (label-placement.ts at zoom 1).
import type cytoscape from 'cytoscape';
import type { Catalog } from './catalog.ts';
import { placerOf } from './label-placement.ts';
import { shapePolygon } from './legend.ts';
import { MODE_TITLES } from './render-plan.ts';
import type { ViewState } from './state.ts';
import { EDGE_GROUPS, KIND_STYLES, kindStyle } from './style.ts';

export interface Caption {
  /** The document or corpus shown */
  document: string;
  /** The view and what it is about ("Trace an incident: Social media account breach · election 2021") */
  view: string;
  /** The day the picture was made, as people write it */
  date: string;
  /** The link that opens this view */
  link: string;
}

export interface LegendEntry {
  label: string;
  /** A node kind's swatch, or a line of a relation group */
  swatch: { kind: string } | { color: string; style: 'solid' | 'dashed' | 'dotted'; width: number };
}

/** The legend of what the canvas shows: its kinds in the legend's order, then the line styles of its relations. */
export function legendEntries(kinds: ReadonlySet<string>, relationTypes: ReadonlySet<string>, kindOrder: readonly string[]): LegendEntry[] {
  const ordered = [...kindOrder.filter((k) => kinds.has(k)), ...[...kinds].filter((k) => !kindOrder.includes(k)).sort()];
  return [
    ...ordered.map((kind) => ({ label: kind, swatch: { kind } })),
    ...EDGE_GROUPS.filter((g) => g.types.some((t) => relationTypes.has(t))).map((g) => ({
      label: g.legend,
      swatch: { color: g.color, style: g.style, width: g.width },
    })),
  ];
}

/** The legend of what a canvas shows now. */
export function legendOf(cy: cytoscape.Core): LegendEntry[] {
  const kinds = new Set(
    cy
      .nodes(':visible')
      .map((n) => String(n.data('kind') ?? ''))
      .filter((k) => k !== ''),
  );
  const types = new Set(cy.edges(':visible').map((e) => String(e.data('type') ?? '')));
  return legendEntries(kinds, types, Object.keys(KIND_STYLES));
}

/** The view in words for the caption: the mode, what it is about, and the filters that change what it shows. */
export function viewInWords(state: ViewState, catalog: Pick<Catalog, 'nodeName'>): string {
  const parts: string[] = [MODE_TITLES[state.mode]];
  if (state.mode === 'trace' && state.incident) parts[0] = `${parts[0]}: ${catalog.nodeName(state.incident)}`;
  if (state.mode === 'path' && state.pathFrom && state.pathTo)
    parts[0] = `${parts[0]}: ${catalog.nodeName(state.pathFrom)} → ${catalog.nodeName(state.pathTo)}`;
  if (state.election !== null) parts.push(`election ${state.election}`);
  if (state.hiddenKinds.length > 0) parts.push(`without ${state.hiddenKinds.join(', ')}`);
  if (state.expanded.length > 0) parts.push(`neighbours of ${state.expanded.map((id) => catalog.nodeName(id)).join(', ')}`);
  if (state.selection) parts.push(`selected: ${catalog.nodeName(state.selection.id)}`);
  return parts.join(' · ');
}

/** The caption's lines: what, which view, when, and where to see it live. */
export function captionLines(caption: Caption): string[] {
  return [caption.document, `${caption.view} · made ${caption.date}`, caption.link];
}

/** Image pixels per CSS pixel: sharp in print and on high-density screens. */
const SCALE = 2;
const PAD = 16 * SCALE;
const LINE = 20 * SCALE;
const SWATCH = 14 * SCALE;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

function drawSwatch(g: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number): number {
  const s = entry.swatch;
  if ('kind' in s) {
    const { shape, color } = kindStyle(s.kind);
    const polygon = shapePolygon(shape);
    g.fillStyle = color;
    g.strokeStyle = '#334155';
    g.lineWidth = SCALE;
    g.beginPath();
    if (polygon) {
      for (const [i, [px, py]] of polygon.entries()) {
        if (i === 0) g.moveTo(x + px * SWATCH, y + py * SWATCH);
        else g.lineTo(x + px * SWATCH, y + py * SWATCH);
      }
    } else if (shape === 'ellipse') g.arc(x + SWATCH / 2, y + SWATCH / 2, SWATCH * 0.46, 0, 2 * Math.PI);
    else g.roundRect(x + SWATCH * 0.04, y + SWATCH * 0.14, SWATCH * 0.92, SWATCH * 0.72, SWATCH * 0.18);
    g.closePath();
    g.fill();
    g.stroke();
    return SWATCH;
  }
  const width = 30 * SCALE;
  g.strokeStyle = s.color;
  g.lineWidth = s.width * SCALE;
  g.setLineDash(s.style === 'dashed' ? [6 * SCALE, 4 * SCALE] : s.style === 'dotted' ? [1.5 * SCALE, 3 * SCALE] : []);
  g.beginPath();
  g.moveTo(x, y + SWATCH / 2);
  g.lineTo(x + width, y + SWATCH / 2);
  g.stroke();
  g.setLineDash([]);
  return width;
}

/** Where each legend entry goes in rows of `width` (image px): x, y of its swatch, from the top of the legend. */
function legendLayout(g: CanvasRenderingContext2D, entries: readonly LegendEntry[], width: number): { x: number; y: number }[] {
  g.font = `${13 * SCALE}px ${FONT}`;
  let x = PAD;
  let y = 0;
  return entries.map((entry) => {
    const w = ('kind' in entry.swatch ? SWATCH : 30 * SCALE) + 6 * SCALE + g.measureText(entry.label).width + 18 * SCALE;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += LINE;
    }
    const at = { x, y };
    x += w;
    return at;
  });
}

/** The canvas as a PNG with its caption above and its legend below. */
export async function captionedPng(cy: cytoscape.Core, caption: Caption): Promise<Blob> {
  const labels = placerOf(cy);
  const legend = legendOf(cy);
  labels?.placeFor(1);
  let picture: Blob;
  try {
    picture = cy.png({
      output: 'blob', // a Blob, not a data: URL, so large views do not hit URL length limits
      full: true, // the whole view, not only the part in the window
      scale: SCALE,
      bg: '#ffffff', // transparent PNGs turn unreadable on dark slides
      maxWidth: 8000, // keeps very large graphs within what image viewers open
      maxHeight: 8000,
    });
  } finally {
    labels?.place(); // the screen's labels again
  }
  const image = await createImageBitmap(picture);
  const width = Math.max(image.width, 900 * SCALE);
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This browser cannot draw the PNG (no 2D canvas).');
  const places = legendLayout(measure, legend, width);
  const lines = captionLines(caption);
  const captionHeight = PAD + lines.length * LINE + PAD / 2;
  const legendHeight = legend.length === 0 ? 0 : PAD / 2 + (places.at(-1)?.y ?? 0) + LINE + PAD;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = captionHeight + image.height + legendHeight;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('This browser cannot draw the PNG (no 2D canvas).');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.textBaseline = 'top';
  lines.forEach((line, i) => {
    g.font = i === 0 ? `600 ${16 * SCALE}px ${FONT}` : `${13 * SCALE}px ${FONT}`;
    g.fillStyle = i === 0 ? '#0f172a' : i === 2 ? '#1d4ed8' : '#475569';
    g.fillText(line, PAD, PAD + i * LINE, width - 2 * PAD);
  });
  g.drawImage(image, Math.round((width - image.width) / 2), captionHeight);
  g.strokeStyle = '#e2e8f0';
  g.lineWidth = SCALE;
  g.strokeRect(0, captionHeight, width, image.height);
  const top = captionHeight + image.height + PAD / 2;
  g.font = `${13 * SCALE}px ${FONT}`;
  legend.forEach((entry, i) => {
    const at = places[i];
    if (!at) return;
    const swatchWidth = drawSwatch(g, entry, at.x, top + at.y);
    g.fillStyle = '#334155';
    g.fillText(entry.label, at.x + swatchWidth + 6 * SCALE, top + at.y + 1);
  });
  return await new Promise<Blob>((done, fail) =>
    canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('The PNG could not be encoded.'))), 'image/png'),
  );
}
