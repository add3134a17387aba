// What the viewer knows and where the reader is: the view state with its undo history (state.ts),
// the facts loaded from the API (catalog, documents), and the neighbours fetched for each expanded
// node. It changes only through actions: `dispatch` for the reader's (state.ts Action), `receive`
// for data that arrived. Rendering reads it and changes nothing; `version` counts the changes to
// the data, so panels drawn from the data know when to redraw.
import type { DocumentInfo, Subgraph } from './api.ts';
import { Catalog } from './catalog.ts';
import { createHistory, dispatch as reduceHistory, undoable, type Action, type History, type ViewState } from './state.ts';

/** One document's part of the graph (the header's document filter): the ids `graph(document:)` answered with. */
export interface DocumentScope {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/** Data that arrived, or a fetch that started or failed. */
export type Arrival =
  /** The documents and the graph at start-up */
  | { type: 'graph'; documents: readonly DocumentInfo[]; graph: Pick<Subgraph, 'nodes' | 'edges'> }
  /** The first load is done (and the fonts are ready): the views may draw */
  | { type: 'ready' }
  | { type: 'neighbourhoodRequested'; id: string }
  /** null: the server knows no node with this id */
  | { type: 'neighbourhood'; id: string; subgraph: Pick<Subgraph, 'nodes' | 'edges'> | null }
  /** The request failed; the next update asks again */
  | { type: 'neighbourhoodFailed'; id: string }
  /** The path the path view asked for, so the graph can show its nodes */
  | { type: 'path'; subgraph: Pick<Subgraph, 'nodes' | 'edges'> }
  /** A view's own data (briefings, incidents, a trace, a path) loaded or failed */
  | { type: 'viewData' }
  | { type: 'documentScopeRequested'; document: string }
  | { type: 'documentScope'; document: string; scope: DocumentScope }
  /** The request failed; the next update asks again */
  | { type: 'documentScopeFailed'; document: string };

export class Store {
  readonly catalog = new Catalog();
  private readonly documentsById = new Map<string, DocumentInfo>();
  private history: History;
  /** Neighbour ids per expanded node, once its neighbourhood has been fetched */
  private readonly neighbours = new Map<string, string[]>();
  private readonly requested = new Set<string>();
  private readonly documentScopes = new Map<string, DocumentScope>();
  private readonly scopesRequested = new Set<string>();
  private dataVersion = 0;
  private isReady = false;

  constructor(initial: ViewState) {
    this.history = createHistory(initial);
  }

  get state(): ViewState {
    return this.history.present;
  }

  /** What Undo would undo, or null. */
  get undoLabel(): string | null {
    return undoable(this.history);
  }

  get documents(): ReadonlyMap<string, DocumentInfo> {
    return this.documentsById;
  }

  get expansions(): ReadonlyMap<string, readonly string[]> {
    return this.neighbours;
  }

  /** The documents whose part of the graph has been fetched, by id. */
  get scopes(): ReadonlyMap<string, DocumentScope> {
    return this.documentScopes;
  }

  /** The chosen document, when its part of the graph is neither fetched nor being fetched. */
  unfetchedScope(): string | null {
    const document = this.state.document;
    return document === null || this.documentScopes.has(document) || this.scopesRequested.has(document) ? null : document;
  }

  get version(): number {
    return this.dataVersion;
  }

  /** Whether the first load is done. */
  get ready(): boolean {
    return this.isReady;
  }

  /**
   * Apply the reader's action; true when the state changed. Search, the matrix or a deep link may
   * select what the trace does not show (`inTrace` says what it shows): then the graph is shown instead.
   */
  dispatch(action: Action, inTrace: (id: string) => boolean): boolean {
    const before = this.history.present;
    this.history = reduceHistory(this.history, action);
    if (action.type === 'select' && action.selection && this.history.present.mode === 'trace' && !inTrace(action.selection.id)) {
      this.history = reduceHistory(this.history, { type: 'mode', mode: 'graph' });
    }
    return this.history.present !== before;
  }

  /** The expanded nodes whose neighbourhood is neither fetched nor being fetched. */
  unfetchedExpansions(): string[] {
    return this.state.expanded.filter((id) => !this.neighbours.has(id) && !this.requested.has(id));
  }

  receive(arrival: Arrival): void {
    switch (arrival.type) {
      case 'graph':
        for (const d of arrival.documents) this.documentsById.set(d.id, d);
        this.catalog.merge(arrival.graph);
        return;
      case 'ready':
        this.isReady = true;
        this.dataVersion++;
        return;
      case 'neighbourhoodRequested':
        this.requested.add(arrival.id);
        return;
      case 'neighbourhood':
        this.requested.delete(arrival.id);
        if (arrival.subgraph) this.catalog.merge(arrival.subgraph);
        this.neighbours.set(arrival.id, arrival.subgraph ? arrival.subgraph.nodes.map((n) => n.id).filter((n) => n !== arrival.id) : []);
        this.dataVersion++;
        return;
      case 'neighbourhoodFailed':
        this.requested.delete(arrival.id);
        return;
      case 'path':
        if (this.catalog.merge(arrival.subgraph).length > 0) this.dataVersion++;
        return;
      case 'viewData':
        this.dataVersion++;
        return;
      case 'documentScopeRequested':
        this.scopesRequested.add(arrival.document);
        return;
      case 'documentScope':
        this.scopesRequested.delete(arrival.document);
        this.documentScopes.set(arrival.document, arrival.scope);
        this.dataVersion++;
        return;
      case 'documentScopeFailed':
        this.scopesRequested.delete(arrival.document);
        return;
    }
  }
}
