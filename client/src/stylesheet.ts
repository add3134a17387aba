// The Cytoscape stylesheet of the graph and the trace canvases, built from the tables of style.ts:
// each option with a one-line reason. Large graphs (LARGE_GRAPH_ELEMENTS) get a plainer look so a
// frame stays fast.
import type cytoscape from 'cytoscape';
import { DRAFT_COLOR, EDGE_GROUPS, FALLBACK_STYLE, KIND_STYLES, MINOR_KINDS, NEGATIVE_COLOR } from './style.ts';

/**
 * Large graphs: plain relations stay lines. Their labels, arrowheads and curves cost a draw each
 * per frame and are too small to read when thousands are on screen anyway; the relations of what
 * is selected, highlighted or on a path get all three back.
 */
function largeGraphStyle(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'edge',
      // events: 'no': Cytoscape's hit test on every mouse move, press and release tries each
      // interactive element, and thousands of edges were most of that cost; a plain relation is
      // reached from the details panel of either end instead (its relation list).
      style: { label: '', 'target-arrow-shape': 'none', 'curve-style': 'haystack', 'haystack-radius': 0, events: 'no' },
    },
    {
      selector: 'edge.highlighted, edge.on-path, edge:selected',
      style: { label: 'data(label)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', events: 'yes' }, // the selection's relations stay clickable
    },
    {
      // Only the hubs are named at a glance; the rest once zoomed in close or highlighted (class labelled).
      selector: 'node',
      style: { label: '' },
    },
    {
      selector: 'node.hub, node.labelled',
      style: { label: 'data(label)' },
    },
  ];
}

/**
 * Large graphs, last: what is highlighted keeps the drawing order. A change of z-index makes
 * Cytoscape re-sort every element by depth on the next frame (~50 ms at 5k elements, on every
 * click); faded neighbours are light enough that the highlighted ones show through them anyway.
 */
function largeGraphOrder(): cytoscape.StylesheetJson {
  return [{ selector: '.highlighted, .on-path, :selected', style: { 'z-index': 0 } }];
}

export function stylesheet(options: { large?: boolean } = {}): cytoscape.StylesheetJson {
  const kinds = Object.entries(KIND_STYLES).map(([kind, s]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { shape: s.shape, 'background-color': s.color },
  }));
  const groups = EDGE_GROUPS.map((g) => ({
    selector: g.types.map((t) => `edge[type = "${t}"]`).join(', '),
    style: { 'line-color': g.color, 'target-arrow-color': g.color, 'line-style': g.style, width: g.width },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', // the short name; the panel shows the full one
        shape: FALLBACK_STYLE.shape, // overridden per kind below
        'background-color': FALLBACK_STYLE.color,
        width: 'data(size)', // bigger for nodes with more relations: hubs stand out
        height: 'data(size)',
        'border-width': 1, // a thin dark rim keeps pale colours visible on white
        'border-color': '#334155',
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        'font-size': 18, // large in model units: ~8–9 px on screen when the whole graph is fitted
        color: '#1e293b', // slate-800 on white: contrast ratio > 12:1
        'text-valign': 'bottom', // labels under the shape, never on top of the colour
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '170px', // two short lines instead of one long one
        'text-outline-color': '#ffffff', // a halo so labels stay readable where edges cross them
        'text-outline-width': 2,
        'min-zoomed-font-size': 0, // which labels are drawn, and how large, is label-placement.ts's decision (class label-off)
      },
    },
    ...kinds,
    {
      // Claims, responses and recommendations are many and long-named: smaller type, narrower lines.
      selector: MINOR_KINDS.map((k) => `node[kind = "${k}"]`).join(', '),
      style: { 'font-size': 14, 'text-max-width': '150px' },
    },
    {
      selector: 'node.hub',
      style: { 'font-weight': 'bold', 'font-size': 26, 'text-max-width': '220px' }, // the most connected nodes: the story's main actors and events
    },
    {
      selector: 'node.major',
      style: { 'font-size': 21, 'text-max-width': '190px' }, // well connected: named a little larger than the rest
    },
    {
      selector: 'node[?draft]',
      style: {
        'border-style': 'dotted', // a draft: proposed, not yet reviewed (a negative draft keeps the negative's dashes, below)
        'border-width': 3,
        'border-color': DRAFT_COLOR,
        'background-opacity': 0.55, // a paler fill: not yet a fact
      },
    },
    {
      selector: 'node[?negative]',
      style: {
        'border-style': 'dashed', // "did not happen": an outline with gaps
        'border-width': 3,
        'border-color': NEGATIVE_COLOR,
        color: NEGATIVE_COLOR,
        'font-style': 'italic',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'line-color': '#cbd5e1', // light: the many minor relations recede behind the important ones
        'target-arrow-color': '#cbd5e1',
        'target-arrow-shape': 'triangle', // relations read from source to target
        'arrow-scale': 0.9,
        'curve-style': 'bezier', // parallel relations (two roles in one party) stay apart
        label: 'data(label)',
        'font-size': 9,
        color: '#475569',
        'text-rotation': 'autorotate', // along the edge, so the label says which edge it belongs to
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 0, // too small to read at this zoom: label-placement.ts hides it (class label-off)
      },
    },
    ...groups,
    {
      selector: 'edge[?negative]',
      style: {
        'line-color': NEGATIVE_COLOR, // "did not happen": the negatives' red…
        'target-arrow-color': NEGATIVE_COLOR,
        'line-style': 'dashed', // …and a broken line, as the negative nodes' dashed outline
        'target-arrow-shape': 'tee', // a bar, not an arrowhead: the relation stops short
        color: NEGATIVE_COLOR,
        'font-style': 'italic',
      },
    },
    {
      selector: 'edge[?draft]',
      // A draft relation: a violet halo under the line (line styles and colours already say which relation it is).
      style: { 'underlay-color': DRAFT_COLOR, 'underlay-padding': 3, 'underlay-opacity': 0.25 },
    },
    {
      selector: 'edge.trace-link',
      style: { 'line-color': '#94a3b8', 'target-arrow-color': '#94a3b8', 'line-style': 'solid', width: 2 },
    },
    ...(options.large ? largeGraphStyle() : []),
    {
      selector: 'node.trace-end',
      style: {
        shape: 'octagon', // a stop sign: the chain ends here
        'background-color': NEGATIVE_COLOR,
        'border-width': 3,
        'border-style': 'solid',
        'border-color': '#ffffff', // the white rim of a stop sign
        'outline-width': 2, // …and a red line around it, so it stands out on white
        'outline-color': NEGATIVE_COLOR,
        color: NEGATIVE_COLOR,
        'font-weight': 'bold',
        'font-style': 'normal',
        'text-max-width': '170px',
      },
    },
    {
      // A trace is wide (one column per step) and so drawn small: larger type keeps it legible.
      selector: 'node.in-trace',
      style: {
        'font-size': 30,
        'text-max-width': '200px',
        'text-margin-y': 8,
        'text-background-color': '#ffffff', // the lines to whom a step involved run under the label, not through it
        'text-background-opacity': 1,
        'text-background-padding': '3px',
      },
    },
    {
      selector: 'node.trace-step',
      style: { 'font-weight': 'bold', 'font-size': 32 },
    },
    {
      selector: '.hidden',
      style: { display: 'none' }, // filtered out: takes no space and no part in the layout
    },
    {
      selector: '.faded',
      style: { opacity: 0.18 }, // context stays visible but steps back
    },
    {
      selector: 'edge.highlighted',
      style: { width: 3, 'text-background-opacity': 1, color: '#0f172a', 'z-index': 10 },
    },
    {
      selector: 'node.highlighted',
      style: { 'z-index': 10 }, // the selection's neighbours are drawn over the rest (and named first: label-placement.ts)
    },
    {
      selector: 'node.on-path',
      style: { 'border-width': 4, 'border-color': '#f59e0b', 'z-index': 20 },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 5,
        'line-color': '#f59e0b',
        'target-arrow-color': '#f59e0b',
        // the path's relations are the answer: named at a readable size whatever the zoom (label-placement.ts)
        'text-background-opacity': 1,
        color: '#0f172a',
        'z-index': 20,
      },
    },
    {
      selector: 'node.new',
      style: { 'border-width': 3, 'border-color': '#0ea5e9' }, // just added by an expansion
    },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': '#2563eb', // a halo that no kind colour uses
        'overlay-opacity': 0.22,
        'overlay-padding': 7,
        'font-weight': 'bold',
        'z-index': 30,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        width: 5,
        'line-color': '#1d4ed8',
        'target-arrow-color': '#1d4ed8',
        'text-background-opacity': 1,
        color: '#1d4ed8',
        'font-weight': 'bold',
        'z-index': 30,
      },
    },
    {
      // Where the keyboard is (hover-card.ts: n, p, r): a blue halo that no kind colour uses.
      selector: '.kbd-focus',
      style: { 'underlay-color': '#2563eb', 'underlay-opacity': 0.35, 'underlay-padding': 9 },
    },
    ...(options.large ? largeGraphOrder() : []),
    {
      // Last, so nothing above brings it back: a label too small to read here or overlapping a
      // more important one (label-placement.ts); the hover and focus card names the element.
      selector: '.label-off',
      style: { 'text-opacity': 0, 'text-outline-opacity': 0, 'text-background-opacity': 0 },
    },
  ];
}
