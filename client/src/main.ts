// Start-up and the render loop: load the document and the graph, then after every action write the
// state to the URL and bring each part of the page in line with it. Views render from the state and
// the loaded facts; they change things only by dispatching actions.
// The shared CSS first: each view's own CSS, imported by the view, builds on it.
import './base.css';
import './page.css';
import { ApiError, createApi, type DocumentInfo, type GraphEdge, type GraphNode } from './api.ts';
import { Catalog, visibleEdgeIds, visibleNodeIds } from './catalog.ts';
import { describeError, type AppContext } from './context.ts';
import { renderDetails } from './details.ts';
import { byId, h, replace } from './dom.ts';
import { ParagraphCache } from './evidence.ts';
import { exportJson, exportPng, subgraphJson } from './export.ts';
import { GraphView, type Shown } from './graph-view.ts';
import { setupSearch } from './search.ts';
import { createHistory, dispatch as reduceHistory, undoable, type Action, type History, type Mode, type ViewState } from './state.ts';
import { decodeState, encodeState } from './url.ts';
import { BriefingsView } from './views/briefings.ts';
import { renderFilters } from './views/filters.ts';
import { PathView } from './views/path.ts';
import { renderTable } from './views/table.ts';
import { TraceView } from './views/trace.ts';

const MODE_TITLES: Record<Mode, string> = {
  graph: 'Graph',
  briefings: 'Who attended',
  trace: 'Trace an incident',
  path: 'Path',
  table: 'Table',
};

const page = {
  docTitle: byId('doc-title', HTMLElement),
  docMeta: byId('doc-meta', HTMLElement),
  search: byId('search-input', HTMLInputElement),
  searchResults: byId('search-results', HTMLUListElement),
  undo: byId('undo', HTMLButtonElement),
  fit: byId('fit', HTMLButtonElement),
  exportPng: byId('export-png', HTMLButtonElement),
  exportJson: byId('export-json', HTMLButtonElement),
  sidebar: byId('sidebar', HTMLElement),
  stage: byId('stage', HTMLElement),
  status: byId('status', HTMLElement),
  graphCanvas: byId('graph-canvas', HTMLElement),
  traceCanvas: byId('trace-canvas', HTMLElement),
  tableView: byId('table-view', HTMLElement),
  details: byId('details', HTMLElement),
};

const api = createApi();
const catalog = new Catalog();
const documents = new Map<string, DocumentInfo>();
let history: History = createHistory(decodeState(location.hash));
/** Bumped whenever loaded data changes, so panels that depend on it re-render. */
let dataVersion = 0;
let loaded = false;
/** Neighbour ids per expanded node, once its neighbourhood has been fetched */
const expansions = new Map<string, string[]>();
const expanding = new Set<string>();

const ctx: AppContext = {
  api,
  catalog,
  documents,
  paragraphs: new ParagraphCache(api),
  documentTitle: (id) => documents.get(id)?.title ?? id,
  state: () => history.present,
  dispatch,
  announce,
};

const graphView = new GraphView(page.graphCanvas, catalog, dispatch);
const refresh = () => {
  dataVersion++;
  render();
};
const briefingsView = new BriefingsView(ctx, refresh);
const traceView = new TraceView(ctx, page.traceCanvas, refresh);
const pathView = new PathView(ctx, refresh);

function dispatch(action: Action): void {
  const before = history.present;
  history = reduceHistory(history, action);
  // Search, the matrix or a deep link may select what the graph hides or has not loaded yet.
  if (action.type === 'select' && action.selection && history.present.mode === 'trace' && !traceHas(action.selection.id)) {
    history = reduceHistory(history, { type: 'mode', mode: 'graph' });
  }
  if (history.present !== before) render();
}

function traceHas(id: string): boolean {
  return traceView.canvas?.getElementById(id).nonempty() ?? false;
}

let announceTimer: ReturnType<typeof setTimeout> | undefined;
function announce(message: string, tone: 'info' | 'error' = 'info'): void {
  clearTimeout(announceTimer);
  page.status.className = `status ${tone}`;
  replace(page.status, message);
  if (tone === 'info') announceTimer = setTimeout(() => replace(page.status), 4000);
}

/** Fetch the neighbourhood of every expanded node not fetched yet. */
function loadExpansions(state: ViewState): void {
  for (const id of state.expanded) {
    if (expansions.has(id) || expanding.has(id)) continue;
    expanding.add(id);
    api.neighborhood(id).then(
      (subgraph) => {
        expanding.delete(id);
        if (!subgraph) {
          expansions.set(id, []);
          announce(`Nothing is known about “${id}”.`, 'error');
        } else {
          catalog.merge(subgraph);
          expansions.set(id, subgraph.nodes.map((n) => n.id).filter((n) => n !== id));
          announce(`Showing the ${subgraph.nodes.length - 1} neighbours of ${catalog.nodeName(id)}.`);
        }
        refresh();
      },
      (error: unknown) => {
        expanding.delete(id);
        announce(`Could not load the neighbours of ${catalog.nodeName(id)}: ${describeError(error)}`, 'error');
      },
    );
  }
}

/** What the graph and the table show: the filters' choice plus what the reader asked for. */
function shownElements(state: ViewState, pathNodes: readonly string[]): Shown {
  const forced = [...pathNodes];
  const s = state.selection;
  if (s?.type === 'node') forced.push(s.id);
  if (s?.type === 'edge') {
    const edge = catalog.edges.get(s.id);
    if (edge) forced.push(edge.source, edge.target);
  }
  const nodes = visibleNodeIds(catalog.nodes.values(), state, expansions, forced);
  return { nodes, edges: visibleEdgeIds(catalog.edges.values(), nodes) };
}

function freshNodes(state: ViewState): Set<string> {
  const last = state.expanded[state.expanded.length - 1];
  if (last === undefined) return new Set();
  const before = visibleNodeIds(catalog.nodes.values(), { ...state, expanded: state.expanded.slice(0, -1) }, expansions);
  return new Set((expansions.get(last) ?? []).filter((id) => !before.has(id)));
}

function pathIds(state: ViewState): { nodes: string[]; edges: string[] } | null {
  if (state.mode !== 'path') return null;
  const result = pathView.result(state);
  if (result?.status !== 'ok' || !result.value) return null;
  if (catalog.merge(result.value).length > 0) dataVersion++;
  return { nodes: result.value.nodes.map((n) => n.id), edges: result.value.edges.map((e) => e.id) };
}

let lastUrl = '';
let lastSidebarKey = '';
let lastTableKey = '';
let lastDetailsKey = '';
let lastMode: Mode | null = null;

function render(): void {
  const state = history.present;
  writeUrl(state);
  document.body.dataset['mode'] = state.mode;
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    const active = tab.dataset['mode'] === state.mode;
    tab.setAttribute('aria-selected', active ? 'true' : 'false');
    tab.tabIndex = active ? 0 : -1;
  }
  const label = undoable(history);
  page.undo.disabled = label === null;
  page.undo.textContent = label === null ? 'Undo' : `Undo ${label}`;
  page.undo.title = label === null ? 'Nothing to undo' : `Undo: ${label} (Ctrl+Z)`;
  const docTitle = [...documents.values()][0]?.title;
  document.title = [MODE_TITLES[state.mode], docTitle, 'Testimony Graph'].filter(Boolean).join(' · ');
  if (!loaded) return;

  loadExpansions(state);
  const path = pathIds(state);
  const shown = shownElements(state, path?.nodes ?? []);
  const onGraph = state.mode === 'graph' || state.mode === 'briefings' || state.mode === 'path';
  page.graphCanvas.hidden = !onGraph;
  page.traceCanvas.hidden = state.mode !== 'trace';
  page.tableView.hidden = state.mode !== 'table';
  page.stage.setAttribute('aria-labelledby', `tab-${state.mode}`);
  page.exportPng.disabled = state.mode === 'table';
  page.fit.disabled = state.mode === 'table';

  const modeChanged = lastMode !== state.mode;
  lastMode = state.mode;
  if (onGraph) {
    if (modeChanged) graphView.resize();
    graphView.sync(state, shown, { path, fresh: freshNodes(state) });
  }
  if (state.mode === 'trace') {
    traceView.syncCanvas(state);
    if (modeChanged) traceView.resize();
  }

  // The filters (graph and table modes) do not show the selection: a click must not rebuild them
  // (~10 ms at 5k elements). The other sidebars and the table mark what is selected.
  const filtersOnly = state.mode === 'graph' || state.mode === 'table';
  const sidebarKey = JSON.stringify([filtersOnly ? { ...state, selection: null } : state, dataVersion]);
  if (sidebarKey !== lastSidebarKey) {
    lastSidebarKey = sidebarKey;
    keepFocus(page.sidebar, () => replace(page.sidebar, sidebar(state)));
    revealSelected(page.sidebar);
  }
  const tableKey = state.mode === 'table' ? JSON.stringify([state, dataVersion]) : '';
  if (tableKey !== lastTableKey) {
    lastTableKey = tableKey;
    if (state.mode === 'table') {
      const nodes = [...shown.nodes].flatMap((id) => catalog.nodes.get(id) ?? []);
      const edges = [...shown.edges].flatMap((id) => catalog.edges.get(id) ?? []);
      keepFocus(page.tableView, () => replace(page.tableView, renderTable(nodes, edges, state, ctx)));
    }
  }
  const detailsKey = JSON.stringify([state.selection, state.expanded, state.pathFrom, state.pathTo, dataVersion]);
  if (detailsKey !== lastDetailsKey) {
    lastDetailsKey = detailsKey;
    keepFocus(page.details, () => renderDetails(page.details, state.selection, ctx));
  }
}

function sidebar(state: ViewState): HTMLElement {
  switch (state.mode) {
    case 'briefings':
      return briefingsView.render(state);
    case 'trace':
      return traceView.renderSidebar(state);
    case 'path':
      return pathView.render(state);
    case 'graph':
    case 'table':
      return renderFilters(state, ctx);
  }
}

/**
 * Scroll a panel (not the page) so its selected item is in sight: a deep link to step 3 of a trace
 * should show step 3. On a phone the panels do not scroll themselves, and this does nothing.
 */
function revealSelected(panel: HTMLElement): void {
  const item = panel.querySelector('.selected');
  if (!item) return;
  const box = panel.getBoundingClientRect();
  const at = item.getBoundingClientRect();
  if (at.top < box.top || at.bottom > box.bottom) panel.scrollTop += at.top - box.top - 48;
}

const FOCUSABLE = 'button, input, select, a[href], [tabindex]';

/**
 * Re-rendering replaces elements; put keyboard focus back where it was: on the element with the
 * same id, or else on the one with the same label at the same place among the focusable elements.
 */
function keepFocus(container: HTMLElement, update: () => void): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement) || !container.contains(active)) return update();
  const before = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const index = before.indexOf(active);
  const label = active.getAttribute('aria-label') ?? active.textContent;
  const id = active.id;
  update();
  const after = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const target = (id ? document.getElementById(id) : null) ?? after.find((el) => (el.getAttribute('aria-label') ?? el.textContent) === label) ?? after[index];
  target?.focus({ preventScroll: true });
}

function writeUrl(state: ViewState): void {
  const hash = encodeState(state);
  if (hash === lastUrl) return;
  lastUrl = hash;
  // replaceState: the state changes on every click, and Back should leave the page, not replay clicks.
  window.history.replaceState(null, '', hash === '' ? `${location.pathname}${location.search}` : hash);
}

async function load(): Promise<void> {
  replace(page.status, h('p', { class: 'loading' }, 'Loading the graph…'));
  page.status.className = 'status overlay';
  try {
    const [docs, graph] = await Promise.all([api.documents(), api.graph()]);
    for (const d of docs) documents.set(d.id, d);
    catalog.merge(graph);
    const doc = docs[0];
    if (doc) {
      page.docTitle.textContent = doc.title;
      page.docMeta.textContent = `Interview of ${doc.interviewee} by ${doc.interviewer}, ${doc.date}${docs.length > 1 ? ` · and ${docs.length - 1} more documents` : ''} · ${graph.nodes.length} entities, ${graph.edges.length} relations, each with its quote`;
    } else {
      page.docTitle.textContent = 'No document loaded';
    }
    // Labels are measured for the layout; measured before the fonts are ready, they would come out
    // a different size on each load, and so would the picture.
    await document.fonts.ready;
    loaded = true;
    replace(page.status);
    page.status.className = 'status';
    if (graph.nodes.length === 0) announce('The graph is empty: the server has no document loaded yet.', 'error');
    else if (graph.truncated) announce(`Showing the first ${graph.nodes.length} nodes: double-click a node to bring in its neighbours.`);
    dataVersion++;
    render();
    const s = history.present.selection;
    if (s && (history.present.mode === 'graph' || history.present.mode === 'briefings')) graphView.centre(s.id);
  } catch (error) {
    page.docTitle.textContent = '';
    page.status.className = 'status overlay error';
    replace(
      page.status,
      h(
        'div',
        { class: 'error-block', role: 'alert' },
        h('p', {}, h('strong', {}, 'The graph could not be loaded. '), describeError(error)),
        error instanceof ApiError && error.detail ? h('details', {}, h('summary', {}, 'Technical detail'), h('pre', {}, error.detail)) : '',
        h('button', { type: 'button', class: 'small-button', onClick: () => void load() }, 'Try again'),
      ),
    );
  }
}

function wire(): void {
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    tab.addEventListener('click', () => {
      const mode = tab.dataset['mode'];
      if (mode === 'graph' || mode === 'briefings' || mode === 'trace' || mode === 'path' || mode === 'table') dispatch({ type: 'mode', mode });
    });
    // Arrow keys move between tabs, as in every tab list.
    tab.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
      const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
      next?.focus();
      next?.click();
    });
  }
  page.undo.addEventListener('click', () => dispatch({ type: 'undo' }));
  page.fit.addEventListener('click', () => (history.present.mode === 'trace' ? traceView.resize() : graphView.fit()));
  page.exportPng.addEventListener('click', () => {
    const state = history.present;
    const cy = state.mode === 'trace' ? traceView.canvas : graphView.cy;
    if (cy) exportPng(cy, `testimony-graph-${state.mode}`);
  });
  page.exportJson.addEventListener('click', () => {
    const state = history.present;
    const { nodes, edges } = exportedSubgraph(state);
    exportJson(subgraphJson(nodes, edges, state, location.href), `testimony-graph-${state.mode}`);
  });
  setupSearch(page.search, page.searchResults, api, (hit) => {
    if (!catalog.nodes.has(hit.id)) dispatch({ type: 'expand', id: hit.id, label: hit.name });
    const mode = history.present.mode;
    if (mode === 'trace' || mode === 'path') dispatch({ type: 'mode', mode: 'graph' });
    dispatch({ type: 'select', selection: { type: 'node', id: hit.id } });
    if (history.present.mode !== 'table') graphView.centre(hit.id);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    if (typing) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      dispatch({ type: 'undo' });
    } else if (event.key === 'Escape' && history.present.selection) {
      dispatch({ type: 'select', selection: null });
    }
  });
  // A link pasted into the address bar of an open page, or Back/Forward across hashes.
  window.addEventListener('hashchange', () => {
    if (location.hash === lastUrl) return;
    dispatch({ type: 'restore', state: decodeState(location.hash) });
  });
  // Panels stack or unstack as the window changes: the canvases must learn their new size.
  new ResizeObserver(() => {
    graphView.resize();
    traceView.resize();
  }).observe(page.stage);
}

/** The nodes and edges on screen, as the API gave them. */
function exportedSubgraph(state: ViewState): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const trace = state.mode === 'trace' ? traceView.canvas : null;
  if (trace) {
    return {
      nodes: trace.nodes().map((n) => catalog.nodes.get(n.id())).filter((n) => n !== undefined),
      edges: trace.edges().map((e) => catalog.edges.get(e.id())).filter((e) => e !== undefined),
    };
  }
  const path = pathIds(state);
  const shown = path ? { nodes: new Set(path.nodes), edges: new Set(path.edges) } : shownElements(state, []);
  return {
    nodes: [...shown.nodes].flatMap((id) => catalog.nodes.get(id) ?? []),
    edges: [...shown.edges].flatMap((id) => catalog.edges.get(id) ?? []),
  };
}

declare global {
  interface Window {
    /** For the browser tests and for people poking at the page in devtools. */
    __tg?: { cy: GraphView['cy']; traceCy: () => TraceView['canvas']; state: () => ViewState; loaded: () => boolean };
  }
}
window.__tg = { cy: graphView.cy, traceCy: () => traceView.canvas, state: () => history.present, loaded: () => loaded };

wire();
render();
void load();
