// Start-up: find the page, make the store, the views and the renderer, wire the controls, then load
// the documents and the graph. After every action the state goes to the URL, the neighbourhoods of
// new expansions are fetched, and the page is brought in line with the store (render.ts).
// The shared CSS first: each view's own CSS, imported by the view, builds on it.
import './base.css';
import './page.css';
import { mountAnnotateMode } from './annotate-mode.ts';
import { createApi } from './api.ts';
import type { AppContext } from './context.ts';
import { ParagraphCache } from './evidence.ts';
import { GraphView } from './graph-view.ts';
import { HeaderView } from './header.ts';
import { loadGraph, requestDocumentScope, requestExpansions, type LoadingDeps } from './loading.ts';
import { findPage } from './page.ts';
import { Renderer } from './render.ts';
import type { Action, ViewState } from './state.ts';
import { StatusLine } from './status.ts';
import { Store } from './store.ts';
import { decodeState, readerLink } from './url.ts';
import { UrlWriter } from './url-writer.ts';
import { BriefingsView } from './views/briefings.ts';
import { CompareView } from './views/compare.ts';
import { PathView } from './views/path.ts';
import { ReaderView } from './views/reader.ts';
import { TimelineView } from './views/timeline.ts';
import { TraceView } from './views/trace.ts';
import { wire } from './wiring.ts';

const page = findPage();
const api = createApi();
const store = new Store(decodeState(location.hash));
const status = new StatusLine(page.status);
const url = new UrlWriter(window);
const dispatch = (action: Action) => {
  if (store.dispatch(action, (id) => trace.canvas?.getElementById(id).nonempty() ?? false)) update();
};
const ctx: AppContext = {
  api,
  catalog: store.catalog,
  documents: store.documents,
  paragraphs: new ParagraphCache(api),
  documentTitle: (id) => store.documents.get(id)?.title ?? id,
  reader: {
    href: (document, paragraph) => readerLink(store.state, document, paragraph),
    open: (document, paragraph) => dispatch({ type: 'read', document, paragraph }),
  },
  state: () => store.state,
  dispatch,
  announce: (message, tone) => status.announce(message, tone),
};
/** A view's own data settled: draw again. */
const refresh = () => {
  store.receive({ type: 'viewData' });
  update();
};
const graph = new GraphView(page.graphCanvas, store.catalog, dispatch);
const trace = new TraceView(ctx, page.traceCanvas, refresh);
const path = new PathView(ctx, refresh, (subgraph) => store.receive({ type: 'path', subgraph }));
const reader = new ReaderView(ctx, page.stage, refresh);
const views = {
  graph,
  trace,
  path,
  reader,
  briefings: new BriefingsView(ctx, refresh),
  compare: new CompareView(ctx, refresh),
  timeline: new TimelineView(ctx, refresh),
};
const renderer = new Renderer(page, views, ctx);
const header = new HeaderView(dispatch);
const loading: LoadingDeps = { api, store, status, update };
// Annotate mode (npm run annotate's ?token= link): the workbench beside the reader; null otherwise.
const annotate = mountAnnotateMode({ ctx, api, store, graph, reader, stage: page.stage, refresh, update });

function update(): void {
  url.write(store.state);
  if (store.ready) {
    requestExpansions(loading);
    requestDocumentScope(loading);
  }
  renderer.render(store);
  header.render(store);
  annotate?.sync(store.state);
}

declare global {
  interface Window {
    /** For the browser tests and for people poking at the page in devtools. */
    __tg?: { cy: GraphView['cy']; traceCy: () => TraceView['canvas']; state: () => ViewState; loaded: () => boolean };
  }
}
window.__tg = { cy: graph.cy, traceCy: () => trace.canvas, state: () => store.state, loaded: () => store.ready };

wire({ page, api, store, dispatch, graph, trace, path, url, announce: ctx.announce });
update();
void loadGraph(loading, () => {
  // A deep link to a node: bring it into view once the graph is laid out.
  const s = store.state.selection;
  if (s && (store.state.mode === 'graph' || store.state.mode === 'briefings')) graph.centre(s.id);
});
