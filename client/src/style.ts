// How the graph looks: one shape AND one colour per kind (so kinds stay apart for colour-blind
// readers and in greyscale prints), edges labelled with their relation in words, and facts that
// something did NOT happen drawn with a dashed red outline and a ⊘ before their name.
import type cytoscape from 'cytoscape';

export interface KindStyle {
  shape: cytoscape.Css.NodeShape;
  color: string;
  /** What the kind is, for the legend */
  description: string;
}

/** Tableau-20 colours: distinct hues that stay readable behind dark labels. */
export const KIND_STYLES: Record<string, KindStyle> = {
  Person: { shape: 'ellipse', color: '#4e79a7', description: 'a named or described person' },
  Organization: { shape: 'round-rectangle', color: '#b07aa1', description: 'party, agency, task force, platform, group…' },
  Place: { shape: 'triangle', color: '#59a14f', description: 'a riding or other place' },
  Election: { shape: 'star', color: '#edc948', description: 'an election' },
  Briefing: { shape: 'round-hexagon', color: '#f28e2b', description: 'a briefing, e.g. by the SITE Task Force' },
  Meeting: { shape: 'round-octagon', color: '#ffbe7d', description: 'a meeting' },
  Interview: { shape: 'heptagon', color: '#9c755f', description: 'an interview' },
  Nomination: { shape: 'pentagon', color: '#b6992d', description: 'a nomination race' },
  Incident: { shape: 'diamond', color: '#e15759', description: 'something that happened and was answered' },
  Response: { shape: 'rhomboid', color: '#ff9da7', description: 'a step taken in answer to something' },
  Publication: { shape: 'bottom-round-rectangle', color: '#76b7b2', description: 'a manual, booklet or media report' },
  Process: { shape: 'barrel', color: '#499894', description: 'an ongoing process, e.g. candidate vetting' },
  Claim: { shape: 'tag', color: '#bab0ac', description: 'an assessment, belief or statement' },
  Recommendation: { shape: 'concave-hexagon', color: '#8cd17d', description: 'a recommendation for the future' },
};

/** Kinds the server may add later still get drawn, plainly. */
export const FALLBACK_STYLE: KindStyle = { shape: 'round-rectangle', color: '#d4d4d8', description: 'other' };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? FALLBACK_STYLE;
}

/** The relation types in words, as a reader would say them ("Azam Ishmael attended …"). */
const RELATION_WORDS: Record<string, string> = {
  ATTENDED: 'attended',
  HELD_ROLE: 'held a role in',
  REPRESENTED: 'represented',
  ORGANIZED: 'organized',
  PART_OF: 'part of',
  PRECEDED: 'in the lead up to',
  LOCATED_IN: 'in',
  REPORTED_TO: 'reported to',
  RESPONDED_WITH: 'answered by',
  PERFORMED: 'carried out',
  CONSULTED: 'consulted',
  NOTICED: 'noticed',
  TARGETED: 'targeted',
  MET_WITH: 'met with',
  PUBLISHED: 'published',
  DISTRIBUTED: 'distributed',
  REPLACED: 'replaced',
  RECOMMENDED: 'recommended',
  ADDRESSED_TO: 'addressed to',
  ASSERTED: 'stated',
  ABOUT: 'about',
};

export function relationWords(type: string): string {
  return RELATION_WORDS[type] ?? type.toLowerCase().replaceAll('_', ' ');
}

/** The label drawn on an edge: the relation in words, plus the step number of a response chain. */
export function edgeLabel(type: string, properties: ReadonlyArray<{ key: string; value: string }>): string {
  const words = relationWords(type);
  const role = properties.find((p) => p.key === 'role')?.value;
  if (type === 'HELD_ROLE' && role) return role;
  const order = properties.find((p) => p.key === 'order')?.value;
  return order ? `${words} (step ${order})` : words;
}

/** Long claim names would cover their neighbours; the full name is in the details panel. */
export const MAX_LABEL_CHARS = 34;

export function nodeLabel(name: string, negative: boolean): string {
  const short = name.length > MAX_LABEL_CHARS ? `${name.slice(0, MAX_LABEL_CHARS - 1).trimEnd()}…` : name;
  return negative ? `⊘ ${short}` : short;
}

/** Relations drawn apart from the plain grey line, and why a reader should notice them. */
export const EDGE_GROUPS: ReadonlyArray<{ types: string[]; color: string; style: 'solid' | 'dashed' | 'dotted'; width: number; legend: string }> = [
  { types: ['RESPONDED_WITH'], color: '#c0392b', style: 'solid', width: 3, legend: 'answered by (numbered steps of a response)' },
  { types: ['REPORTED_TO'], color: '#d35400', style: 'solid', width: 2.5, legend: 'reported to' },
  { types: ['ATTENDED', 'MET_WITH'], color: '#2f5d8a', style: 'solid', width: 2.5, legend: 'attended / met with' },
  { types: ['ASSERTED', 'RECOMMENDED'], color: '#7f7f7f', style: 'dotted', width: 2, legend: 'stated / recommended' },
  { types: ['ABOUT'], color: '#b5b5b5', style: 'dashed', width: 1.5, legend: 'about (what a claim or report concerns)' },
];

const NEGATIVE_COLOR = '#b91c1c';

/** From this zoom on, the graph view labels every node (class `labelled`). */
export const NEAR_ZOOM = 1.4;

/** Kinds whose labels appear only when zoomed in or highlighted. */
export const MINOR_KINDS = ['Claim', 'Response', 'Recommendation'];

/**
 * Above this many shown elements (nodes + edges) the graph is drawn plainer, so a pan or a click
 * still reaches the screen within 100 ms (bench/RESULTS.md, Viewer): the seed graph (~200) and a
 * few documents (~1k) keep the full look; ~5k elements would take ~¼ s a frame with it.
 */
export const LARGE_GRAPH_ELEMENTS = 2500;

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
        'min-zoomed-font-size': 4, // zoomed far out, labels would be unreadable smudges: hide them
      },
    },
    ...kinds,
    {
      // Claims, responses and recommendations are many and long-named: their labels stay invisible
      // until the reader zooms in or selects a neighbour, so the actors and events read at a glance.
      // Invisible, not absent: the layout still keeps room for them, so shown they do not overlap.
      selector: MINOR_KINDS.map((k) => `node[kind = "${k}"]`).join(', '),
      style: { 'text-opacity': 0, 'text-outline-opacity': 0, 'font-size': 12, 'text-max-width': '130px' },
    },
    {
      selector: MINOR_KINDS.map((k) => `node[kind = "${k}"].labelled`).join(', '),
      style: { 'text-opacity': 1, 'text-outline-opacity': 1 }, // highlighted, on the path, selected, or zoomed in close
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
        'min-zoomed-font-size': 9, // edge labels appear once zoomed in, or when highlighted (below)
      },
    },
    ...groups,
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
        'min-zoomed-font-size': 0,
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
      style: { width: 3, 'min-zoomed-font-size': 0, 'text-background-opacity': 1, color: '#0f172a', 'z-index': 10 },
    },
    {
      selector: 'node.highlighted',
      style: { 'z-index': 10, 'min-zoomed-font-size': 0 }, // the selection's neighbours are named whatever the zoom
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
        'min-zoomed-font-size': 0, // the path's relations are the answer: always labelled
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
        'min-zoomed-font-size': 0,
        'text-background-opacity': 1,
        color: '#1d4ed8',
        'font-weight': 'bold',
        'z-index': 30,
      },
    },
    ...(options.large ? largeGraphOrder() : []),
  ];
}

/** The node size for a degree: 22 px, growing with relations up to 54 px. */
export function nodeSize(degree: number): number {
  return 22 + Math.min(degree, 16) * 2;
}

/** How prominent a node's label is, by its number of relations (see the hub and major styles). */
export function labelClass(kind: string, degree: number): 'hub' | 'major' | '' {
  if (MINOR_KINDS.includes(kind)) return '';
  if (degree >= 8) return 'hub';
  if (degree >= 4) return 'major';
  return '';
}
