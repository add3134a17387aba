// What the viewer fetches outside its views: the documents and the graph at start-up, the
// neighbourhood of each expanded node, and the chosen document's part of the graph. What arrives goes to the store as an action (store.ts);
// the page is then brought in line with it by `update`.
import type { Api, Subgraph } from './api.ts';
import { describeError } from './context.ts';
import type { StatusLine } from './status.ts';
import type { Store } from './store.ts';

export interface LoadingDeps {
  api: Pick<Api, 'documents' | 'graph' | 'neighborhood' | 'documentGraph'>;
  store: Store;
  status: StatusLine;
  /** Bring the page in line with the store */
  update(): void;
}

/** What to tell the reader about the graph just loaded, if anything. */
export function loadNotice(graph: Pick<Subgraph, 'nodes' | 'truncated'>): { message: string; tone: 'info' | 'error' } | null {
  if (graph.nodes.length === 0) return { message: 'The graph is empty: the server has no document loaded yet.', tone: 'error' };
  if (graph.truncated)
    return { message: `Showing the first ${graph.nodes.length} nodes: double-click a node to bring in its neighbours.`, tone: 'info' };
  return null;
}

/** Load the documents and the graph, then draw; on failure say why and offer to try again. `drawn` runs after the first full render. */
export async function loadGraph(deps: LoadingDeps, drawn: () => void): Promise<void> {
  const { api, store, status } = deps;
  status.loading();
  try {
    const [docs, graph] = await Promise.all([api.documents(), api.graph()]);
    store.receive({ type: 'graph', documents: docs, graph });
    // Labels are measured for the layout; measured before the fonts are ready, they would come out
    // a different size on each load, and so would the picture.
    await document.fonts.ready;
    status.clear();
    const notice = loadNotice(graph);
    if (notice) status.announce(notice.message, notice.tone);
    store.receive({ type: 'ready' });
    deps.update();
    drawn();
  } catch (error) {
    status.loadFailed(error, () => void loadGraph(deps, drawn));
  }
}

/** Fetch the neighbourhood of every expanded node not fetched yet. */
export function requestExpansions(deps: LoadingDeps): void {
  const { api, store, status } = deps;
  for (const id of store.unfetchedExpansions()) {
    store.receive({ type: 'neighbourhoodRequested', id });
    api.neighborhood(id).then(
      (subgraph) => {
        store.receive({ type: 'neighbourhood', id, subgraph });
        if (!subgraph) status.announce(`Nothing is known about “${id}”.`, 'error');
        else status.announce(`Showing the ${subgraph.nodes.length - 1} neighbours of ${store.catalog.nodeName(id)}.`);
        deps.update();
      },
      (error: unknown) => {
        store.receive({ type: 'neighbourhoodFailed', id });
        status.announce(`Could not load the neighbours of ${store.catalog.nodeName(id)}: ${describeError(error)}`, 'error');
      },
    );
  }
}

/** Fetch the chosen document's part of the graph (the ids of its nodes and relations), once. */
export function requestDocumentScope(deps: LoadingDeps): void {
  const { api, store, status } = deps;
  const document = store.unfetchedScope();
  if (document === null) return;
  store.receive({ type: 'documentScopeRequested', document });
  api.documentGraph(document).then(
    (graph) => {
      store.receive({
        type: 'documentScope',
        document,
        scope: { nodes: new Set(graph.nodes.map((n) => n.id)), edges: new Set(graph.edges.map((e) => e.id)) },
      });
      if (graph.truncated) status.announce(`Showing the first ${graph.nodes.length} nodes of this document.`);
      deps.update();
    },
    (error: unknown) => {
      store.receive({ type: 'documentScopeFailed', document });
      status.announce(`Could not load this document’s part of the graph: ${describeError(error)}`, 'error');
    },
  );
}
