// Legend swatches: the same shape and colour as the node in the graph, drawn in SVG, so the legend,
// the filters, the panels and the table all point at the canvas with one visual language.
import { svg } from './dom.ts';
import { kindStyle } from './style.ts';
import './legend.css';

type Point = readonly [number, number];

function regular(sides: number, rotation = -Math.PI / 2): Point[] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [0.5 + 0.48 * Math.cos(a), 0.5 + 0.48 * Math.sin(a)] as const;
  });
}

function star(): Point[] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 0.5 : 0.21;
    return [0.5 + r * Math.cos(a), 0.52 + r * Math.sin(a)] as const;
  });
}

/** Polygons for the Cytoscape shapes style.ts uses, in a unit square; null for round shapes. */
export function shapePolygon(shape: string): Point[] | null {
  switch (shape) {
    case 'triangle':
      return [
        [0.5, 0.06],
        [0.96, 0.92],
        [0.04, 0.92],
      ];
    case 'star':
      return star();
    case 'diamond':
      return [
        [0.5, 0.02],
        [0.98, 0.5],
        [0.5, 0.98],
        [0.02, 0.5],
      ];
    case 'rhomboid':
      return [
        [0.28, 0.15],
        [1, 0.15],
        [0.72, 0.85],
        [0, 0.85],
      ];
    case 'tag':
      return [
        [0, 0.15],
        [0.7, 0.15],
        [1, 0.5],
        [0.7, 0.85],
        [0, 0.85],
      ];
    case 'concave-hexagon':
      return [
        [0, 0.12],
        [1, 0.12],
        [0.82, 0.5],
        [1, 0.88],
        [0, 0.88],
        [0.18, 0.5],
      ];
    case 'pentagon':
      return regular(5);
    case 'hexagon':
    case 'round-hexagon':
      return regular(6, 0);
    case 'heptagon':
      return regular(7);
    case 'octagon':
    case 'round-octagon':
      return regular(8, Math.PI / 8);
    default:
      return null;
  }
}

/** A small SVG of a kind's node: shape, fill and outline. Decorative: the text next to it names the kind. */
export function kindSwatch(kind: string, size = 16, negative = false): SVGElement {
  const { shape, color } = kindStyle(kind);
  const stroke: Record<string, string | number> = negative
    ? { stroke: '#b91c1c', 'stroke-width': 0.09, 'stroke-dasharray': '0.12 0.08' }
    : { stroke: '#334155', 'stroke-width': 0.05 };
  const polygon = shapePolygon(shape);
  let body: SVGElement;
  if (polygon)
    body = svg('polygon', { points: polygon.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join(' '), fill: color, ...stroke });
  else if (shape === 'ellipse') body = svg('circle', { cx: 0.5, cy: 0.5, r: 0.46, fill: color, ...stroke });
  else if (shape === 'barrel') body = svg('rect', { x: 0.06, y: 0.1, width: 0.88, height: 0.8, rx: 0.2, ry: 0.4, fill: color, ...stroke });
  else if (shape === 'bottom-round-rectangle')
    body = svg('path', { d: 'M0.05 0.12H0.95V0.62Q0.95 0.88 0.69 0.88H0.31Q0.05 0.88 0.05 0.62Z', fill: color, ...stroke });
  else body = svg('rect', { x: 0.04, y: 0.14, width: 0.92, height: 0.72, rx: 0.18, fill: color, ...stroke });
  return svg(
    'svg',
    { class: 'swatch', width: size, height: size, viewBox: '-0.05 -0.05 1.1 1.1', 'aria-hidden': 'true', focusable: 'false' },
    body,
  );
}

/** A short line sample for the edge legend. */
export function edgeSwatch(color: string, style: 'solid' | 'dashed' | 'dotted', width: number): SVGElement {
  const dash = style === 'dashed' ? '6 4' : style === 'dotted' ? '1.5 3' : '';
  return svg(
    'svg',
    { class: 'swatch edge-swatch', width: 34, height: 12, viewBox: '0 0 34 12', 'aria-hidden': 'true', focusable: 'false' },
    svg('line', {
      x1: 1,
      y1: 6,
      x2: 27,
      y2: 6,
      stroke: color,
      'stroke-width': width,
      'stroke-dasharray': dash,
      'stroke-linecap': style === 'dotted' ? 'round' : 'butt',
    }),
    svg('polygon', { points: '26,2 33,6 26,10', fill: color }),
  );
}

/**
 * How many nodes of each kind the filters would show with every kind ticked: those of the chosen
 * election (all of them when none is chosen), so a count says what ticking its box brings in.
 */
export function kindCounts(nodes: Iterable<{ kind: string; elections: readonly number[] }>, election: number | null): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of nodes) {
    if (election !== null && !n.elections.includes(election)) continue;
    counts.set(n.kind, (counts.get(n.kind) ?? 0) + 1);
  }
  return counts;
}
