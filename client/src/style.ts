// How the graph looks, in tables the canvas, the legend and the panels all read: one shape AND one
// colour per kind (so kinds stay apart for colour-blind readers and in greyscale prints), relations
// in words, labels, sizes and the thresholds that change the look. stylesheet.ts turns them into
// Cytoscape's stylesheet; facts that something did NOT happen get a dashed red outline and a ⊘.
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

/**
 * The label drawn on a node: its whole name (wrapped by the stylesheet). Where a long name would
 * cover its neighbours, label placement leaves it out and the hover card gives it (label-placement.ts).
 */
export function nodeLabel(name: string, negative: boolean): string {
  return negative ? `⊘ ${name}` : name;
}

/** Relations drawn apart from the plain grey line, and why a reader should notice them. */
export const EDGE_GROUPS: ReadonlyArray<{
  types: string[];
  color: string;
  style: 'solid' | 'dashed' | 'dotted';
  width: number;
  legend: string;
}> = [
  { types: ['RESPONDED_WITH'], color: '#c0392b', style: 'solid', width: 3, legend: 'answered by (numbered steps of a response)' },
  { types: ['REPORTED_TO'], color: '#d35400', style: 'solid', width: 2.5, legend: 'reported to' },
  { types: ['ATTENDED', 'MET_WITH'], color: '#2f5d8a', style: 'solid', width: 2.5, legend: 'attended / met with' },
  { types: ['ASSERTED', 'RECOMMENDED'], color: '#7f7f7f', style: 'dotted', width: 2, legend: 'stated / recommended' },
  { types: ['ABOUT'], color: '#b5b5b5', style: 'dashed', width: 1.5, legend: 'about (what a claim or report concerns)' },
];

/** The red of "did not happen": outlines, labels, the end of a trace. */
export const NEGATIVE_COLOR = '#b91c1c';
/** Drafts (proposed by `npm run ingest`, not yet reviewed): a dotted violet outline (a violet halo on relations), apart from the negatives' dashed red */
export const DRAFT_COLOR = '#6d28d9';

/** From this zoom on, the large graph's plainer style labels every node (class `labelled`). */
export const NEAR_ZOOM = 1.4;

/** Kinds whose labels give way to the others' where they would overlap (label-placement.ts). */
export const MINOR_KINDS = ['Claim', 'Response', 'Recommendation'];

/**
 * Above this many shown elements (nodes + edges) the graph is drawn plainer, so a pan or a click
 * still reaches the screen within 100 ms (bench/RESULTS.md, Viewer): the seed graph (~200) and a
 * few documents (~1k) keep the full look; ~5k elements would take ~¼ s a frame with it.
 */
export const LARGE_GRAPH_ELEMENTS = 2500;

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
