// What a render draws, decided from the state and the loaded facts alone (no DOM, no fetching), so
// each decision is tested headless: which elements the graph and the table show, which nodes an
// expansion just added, the path to highlight, the page's title and chrome, and which panels must
// be redrawn for a change of inputs.
import type { Subgraph } from './api.ts';
import { visibleEdgeIds, visibleNodeIds, type Catalog } from './catalog.ts';
import type { Shown } from './graph-view.ts';
import type { Loaded } from './resource.ts';
import type { DocumentScope } from './store.ts';
import { sameList, sameSelection, sameState, sameStateBesidesSelection, type Mode, type ViewState } from './state.ts';

export const MODE_TITLES: Record<Mode, string> = {
  graph: 'Graph',
  briefings: 'Who attended',
  compare: 'Compare witnesses',
  timeline: 'Timeline',
  trace: 'Trace an incident',
  path: 'Path',
  table: 'Table',
  read: 'Read',
};

/** The loaded facts a render reads: the catalog, the neighbours fetched per expanded node, and each fetched document's part. */
export interface Facts {
  catalog: Pick<Catalog, 'nodes' | 'edges'>;
  expansions: ReadonlyMap<string, readonly string[]>;
  scopes?: ReadonlyMap<string, DocumentScope>;
}

/** A document's part not fetched yet: nothing of it is known, so nothing is shown until it comes. */
const NOTHING_YET: DocumentScope = { nodes: new Set(), edges: new Set() };

/** The browser tab's title: the mode, then the document. */
export function pageTitle(mode: Mode, documentTitle: string | undefined): string {
  return [MODE_TITLES[mode], documentTitle, 'Testimony Graph'].filter(Boolean).join(' · ');
}

/** The Undo button for what Undo would undo (null: nothing). */
export function undoButton(label: string | null): { disabled: boolean; text: string; title: string } {
  return label === null
    ? { disabled: true, text: 'Undo', title: 'Nothing to undo' }
    : { disabled: false, text: `Undo ${label}`, title: `Undo: ${label} (Ctrl+Z)` };
}

/** Which surface of the stage a mode uses: the graph canvas (three modes share it), the trace canvas, the table, or the reader. */
export function stageOf(mode: Mode): 'graph' | 'trace' | 'table' | 'reader' {
  if (mode === 'read') return 'reader';
  return mode === 'trace' || mode === 'table' ? mode : 'graph';
}

/** The path to highlight (path mode): its node and edge ids, once loaded and found. */
export function pathIds(result: Loaded<Subgraph | null> | null): { nodes: string[]; edges: string[] } | null {
  if (result?.status !== 'ok' || !result.value) return null;
  return { nodes: result.value.nodes.map((n) => n.id), edges: result.value.edges.map((e) => e.id) };
}

/** What the chosen document cites (nothing until it has arrived), or null when every document is shown. */
export function documentScope(
  state: Pick<ViewState, 'document'>,
  scopes: ReadonlyMap<string, DocumentScope> | undefined,
): DocumentScope | null {
  return state.document === null ? null : (scopes?.get(state.document) ?? NOTHING_YET);
}

/** What the graph and the table show: the filters' choice plus what the reader asked for (the path, the selection). */
export function shownElements(state: ViewState, facts: Facts, pathNodes: readonly string[]): Shown {
  const { catalog } = facts;
  const forced = [...pathNodes];
  const s = state.selection;
  if (s?.type === 'node') forced.push(s.id);
  if (s?.type === 'edge') {
    const edge = catalog.edges.get(s.id);
    if (edge) forced.push(edge.source, edge.target);
  }
  const scope = documentScope(state, facts.scopes);
  const nodes = visibleNodeIds(catalog.nodes.values(), state, facts.expansions, forced, scope?.nodes ?? null);
  return { nodes, edges: visibleEdgeIds(catalog.edges.values(), nodes, scope) };
}

/** The nodes the last expansion brought into view (outlined until the next change). */
export function freshNodes(state: ViewState, facts: Facts): Set<string> {
  const last = state.expanded[state.expanded.length - 1];
  if (last === undefined) return new Set();
  const before = visibleNodeIds(facts.catalog.nodes.values(), { ...state, expanded: state.expanded.slice(0, -1) }, facts.expansions);
  return new Set((facts.expansions.get(last) ?? []).filter((id) => !before.has(id)));
}

/** What a panel is drawn from: the state, and the version of the loaded data (bumped on every change). */
export interface PanelInputs {
  state: ViewState;
  version: number;
}

/**
 * The sidebar. The filters (graph and table modes) do not show the selection, so a click must not
 * rebuild them (~10 ms at 5k elements); the other sidebars mark what is selected.
 */
export function sameSidebarInputs(a: PanelInputs, b: PanelInputs): boolean {
  if (a.version !== b.version || !sameStateBesidesSelection(a.state, b.state)) return false;
  const mode = b.state.mode;
  return mode === 'graph' || mode === 'table' || mode === 'read' || sameSelection(a.state.selection, b.state.selection);
}

/** The reader shows where the reader is and the loaded data (the marks come from the catalog), not the selection. */
export function sameReaderInputs(a: PanelInputs, b: PanelInputs): boolean {
  return a.version === b.version && sameStateBesidesSelection(a.state, b.state);
}

/** The table marks the selection and lists what the filters and expansions show: all of the state. */
export function sameTableInputs(a: PanelInputs, b: PanelInputs): boolean {
  return a.version === b.version && sameState(a.state, b.state);
}

/** The details panel: the selected fact, and the buttons that depend on the expansions and the path ends. */
export function sameDetailsInputs(a: PanelInputs, b: PanelInputs): boolean {
  return (
    a.version === b.version &&
    sameSelection(a.state.selection, b.state.selection) &&
    sameList(a.state.expanded, b.state.expanded) &&
    a.state.pathFrom === b.state.pathFrom &&
    a.state.pathTo === b.state.pathTo
  );
}
