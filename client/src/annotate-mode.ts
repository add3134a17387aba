// Annotate mode in the viewer: on when the page was opened with `?token=` (npm run annotate prints
// that link) or this tab kept a token, and the server answers the `annotation` query (in `npm start`
// it does not exist: then the token is forgotten and the viewer stays read-only). It mounts the
// workbench and, after each saved change, reloads the graph and the documents from the rebuilt
// store: the catalog replaced (removed and rejected items go, changed ones are redrawn), the
// reader's texts asked again (their mentions may differ).
import { AnnotateError, createAnnotateApi, dropToken, takeToken, type AnnotateApi } from './annotate-api.ts';
import { graphChanges } from './annotate-model.ts';
import type { Api, Subgraph } from './api.ts';
import type { AppContext } from './context.ts';
import { edgeData, nodeData, type GraphView } from './graph-view.ts';
import type { ViewState } from './state.ts';
import type { Store } from './store.ts';
import type { ReaderView } from './views/reader.ts';
import { Workbench } from './views/workbench.ts';

export interface AnnotateDeps {
  ctx: AppContext;
  api: Pick<Api, 'documents' | 'graph'>;
  store: Store;
  graph: GraphView;
  reader: ReaderView;
  stage: HTMLElement;
  /** A view's data settled: draw again (main.ts's refresh) */
  refresh(): void;
  /** Bring the page in line with the store */
  update(): void;
}

export interface AnnotateMode {
  sync(state: ViewState): void;
}

/** Put the rebuilt store's graph in place of the loaded one, and the canvas in line with it. */
function replaceGraph(deps: AnnotateDeps, graph: Pick<Subgraph, 'nodes' | 'edges'>): void {
  const { catalog } = deps.store;
  const cy = deps.graph.cy;
  const nodes = graphChanges(catalog.nodes, graph.nodes);
  const edges = graphChanges(catalog.edges, graph.edges);
  cy.batch(() => {
    for (const id of [...edges.removed, ...nodes.removed]) cy.getElementById(id).remove();
    for (const n of nodes.changed) {
      const element = cy.getElementById(n.id);
      if (element.nonempty()) element.data(nodeData(n, element.connectedEdges().length));
    }
    for (const e of edges.changed) {
      const element = cy.getElementById(e.id);
      if (element.nonempty()) element.data(edgeData(e));
    }
  });
  catalog.nodes.clear();
  catalog.edges.clear();
}

export function mountAnnotateMode(deps: AnnotateDeps): AnnotateMode | null {
  const token = takeToken(window);
  if (token === null) return null;
  const api: AnnotateApi = createAnnotateApi(token);
  const reload = async () => {
    try {
      const [documents, graph] = await Promise.all([deps.api.documents(), deps.api.graph()]);
      replaceGraph(deps, graph);
      deps.store.receive({ type: 'graph', documents, graph });
      deps.store.receive({ type: 'viewData' });
      deps.update();
      await deps.reader.reloadTexts(deps.refresh);
    } catch (error) {
      deps.ctx.announce(`Saved, but the graph could not be reloaded: ${error instanceof Error ? error.message : String(error)}`, 'error');
    }
  };
  const workbench = new Workbench(deps.ctx, api, deps.stage, deps.reader.element, (state) => deps.reader.documentId(state), reload);
  let available: boolean | null = null;
  // Is this server in annotate mode? Asked once; a server without the `annotation` query is not.
  const probe = async () => {
    try {
      await api.annotation([...deps.store.documents.keys()][0] ?? '');
      available = true;
    } catch (error) {
      available = !(error instanceof AnnotateError && error.code === 'GRAPHQL_VALIDATION_FAILED');
      if (!available) {
        dropToken(window);
        workbench.remove();
        deps.ctx.announce('This server is not in annotate mode (start it with npm run annotate): the viewer only reads.', 'error');
      }
    }
    deps.update();
  };
  return {
    sync(state: ViewState) {
      if (!deps.store.ready) return;
      if (available === null) {
        available = false;
        void probe();
        return;
      }
      if (available) workbench.sync(state);
    },
  };
}
