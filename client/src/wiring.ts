// The page's own controls turned into actions: the tabs (with arrow keys), Undo, Fit, the exports,
// search, the keyboard shortcuts, links pasted into the address bar, and the canvases told when
// the panels around them change size. Nothing here changes the state except through `dispatch`.
import type { Api, GraphEdge, GraphNode } from './api.ts';
import { exportJson, exportPng, ownJson, subgraphJson } from './export.ts';
import type { GraphView } from './graph-view.ts';
import { tabMove } from './focus.ts';
import { corpusTitle } from './header.ts';
import { followHistory } from './history.ts';
import type { Page } from './page.ts';
import { viewInWords } from './png-export.ts';
import { pathIds, shownElements, stageOf } from './render-plan.ts';
import { setupSearch } from './search.ts';
import { isMode, type Action, type ViewState } from './state.ts';
import type { Store } from './store.ts';
import { decodeState } from './url.ts';
import type { UrlWriter } from './url-writer.ts';
import type { PathView } from './views/path.ts';
import type { TraceView } from './views/trace.ts';

export interface WiringDeps {
  page: Page;
  api: Api;
  store: Store;
  dispatch(action: Action): void;
  graph: GraphView;
  trace: TraceView;
  path: PathView;
  url: UrlWriter;
  /** Say something in the status line (an export that failed) */
  announce(message: string, tone?: 'info' | 'error'): void;
}

export function wire(deps: WiringDeps): void {
  const { page, store, dispatch, graph, trace } = deps;
  for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    tab.addEventListener('click', () => {
      const mode = tab.dataset['mode'];
      if (mode !== undefined && isMode(mode)) dispatch({ type: 'mode', mode });
    });
    // Arrow keys move between tabs, Home and End to the first and the last, as in every tab list.
    tab.addEventListener('keydown', (event) => {
      const tabs = [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
      const next = tabs[tabMove(event.key, tabs.indexOf(tab), tabs.length) ?? -1];
      if (!next) return;
      event.preventDefault();
      next.focus();
      next.click();
    });
  }
  page.undo.addEventListener('click', () => dispatch({ type: 'undo' }));
  page.fit.addEventListener('click', () => (store.state.mode === 'trace' ? trace.resize() : graph.fit()));
  page.exportPng.addEventListener('click', () => {
    const state = store.state;
    const cy = state.mode === 'trace' ? trace.canvas : graph.cy;
    if (!cy) return;
    const caption = {
      document: corpusTitle(store.documents, state.document) ?? 'Testimony Graph',
      view: viewInWords(state, store.catalog),
      date: new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }),
      link: location.href,
    };
    exportPng(cy, `testimony-graph-${state.mode}`, caption).catch((error: unknown) =>
      deps.announce(`The PNG could not be made: ${error instanceof Error ? error.message : String(error)}`, 'error'),
    );
  });
  page.exportJson.addEventListener('click', () => {
    const state = store.state;
    // Who attended and a trace export their own data (export.ts exportsOwnJson), other views the subgraph shown.
    const own = ownJson(state);
    if (own) {
      exportJson(own, `testimony-graph-${state.mode}`);
      return;
    }
    const { nodes, edges } = exportedSubgraph(state, deps);
    exportJson(subgraphJson(nodes, edges, state, location.href), `testimony-graph-${state.mode}`);
  });
  const documentTitle = (id: string) => store.documents.get(id)?.title ?? id;
  setupSearch(
    page.search,
    page.searchResults,
    // Only what the document chosen in the header cites, as every view shows.
    {
      search: (text) => deps.api.search(text, store.state.document),
      textSearch: (text) => deps.api.textSearch(text, store.state.document),
    },
    (choice) => {
      if (choice.type === 'text') {
        const { document, number } = choice.hit.paragraph;
        dispatch({ type: 'read', document, paragraph: number, words: choice.words });
        return;
      }
      const hit = choice.hit;
      if (!store.catalog.nodes.has(hit.id)) dispatch({ type: 'expand', id: hit.id, label: hit.name });
      const mode = store.state.mode;
      if (mode === 'trace' || mode === 'path' || mode === 'read') dispatch({ type: 'mode', mode: 'graph' });
      dispatch({ type: 'select', selection: { type: 'node', id: hit.id } });
      if (store.state.mode !== 'table') graph.centre(hit.id);
    },
    documentTitle,
  );
  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    if (typing) return;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      dispatch({ type: 'undo' });
    } else if (event.key === 'Escape' && store.state.selection) {
      dispatch({ type: 'select', selection: null });
    }
  });
  // Back, Forward, or a link pasted into the address bar of an open page: show the view it names.
  followHistory(
    window,
    (hash) => deps.url.wrote(hash),
    (hash) => {
      const state = decodeState(hash);
      deps.url.adopt(state, hash);
      dispatch({ type: 'restore', state });
    },
  );
  // Panels stack or unstack as the window changes: the canvases must learn their new size.
  // Who attended, Compare and Timeline have a wider sidebar than the filters: when a change of
  // view narrows the stage, the graph is fitted again, or its right part would hide behind the
  // details panel. A window resized by hand keeps the reader's zoom.
  let sizedFor = store.state.mode;
  const panels = new ResizeObserver(() => {
    graph.resize();
    trace.resize();
    const mode = store.state.mode;
    if (mode !== sizedFor && stageOf(mode) === 'graph') graph.fit();
    sizedFor = mode;
  });
  panels.observe(page.stage);
  // On a phone the sidebar may sit above the stage: when it grows the canvas moves down, and
  // Cytoscape, which keeps the canvas's place on the page, would aim taps and hovers too high.
  panels.observe(page.sidebar);
}

/** The nodes and edges on screen, as the API gave them. */
function exportedSubgraph(state: ViewState, deps: WiringDeps): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const { catalog } = deps.store;
  const traceCy = state.mode === 'trace' ? deps.trace.canvas : null;
  if (traceCy) {
    return {
      nodes: traceCy
        .nodes()
        .map((n) => catalog.nodes.get(n.id()))
        .filter((n) => n !== undefined),
      edges: traceCy
        .edges()
        .map((e) => catalog.edges.get(e.id()))
        .filter((e) => e !== undefined),
    };
  }
  const path = state.mode === 'path' ? pathIds(deps.path.result(state)) : null;
  const shown = path ? { nodes: new Set(path.nodes), edges: new Set(path.edges) } : shownElements(state, deps.store, []);
  return {
    nodes: [...shown.nodes].flatMap((id) => catalog.nodes.get(id) ?? []),
    edges: [...shown.edges].flatMap((id) => catalog.edges.get(id) ?? []),
  };
}
