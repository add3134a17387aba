// One render: the page brought in line with the state and the loaded facts. It reads the store and
// writes the DOM and the canvases; it changes no data and fetches nothing of its own (the views'
// Resources start the loads they need, see resource.ts). Each panel is redrawn only when the inputs
// it is drawn from changed (render-plan.ts says which those are).
import type cytoscape from 'cytoscape';
import type { AppContext } from './context.ts';
import { renderDetails } from './details.ts';
import { corpusTitle } from './header.ts';
import { h, replace } from './dom.ts';
import { keepFocus, revealSelected } from './focus.ts';
import type { GraphView } from './graph-view.ts';
import { HoverCard } from './hover-card.ts';
import { LabelPlacer } from './label-placement.ts';
import { Memo } from './memo.ts';
import type { Page } from './page.ts';
import {
  freshNodes,
  pageTitle,
  pathIds,
  documentScope,
  sameDetailsInputs,
  sameReaderInputs,
  sameSidebarInputs,
  sameTableInputs,
  shownElements,
  stageOf,
  undoButton,
  type PanelInputs,
} from './render-plan.ts';
import type { Mode, ViewState } from './state.ts';
import type { DocumentScope, Store } from './store.ts';
import type { BriefingsView } from './views/briefings.ts';
import type { CompareView } from './views/compare.ts';
import type { TimelineView } from './views/timeline.ts';
import { renderFilters } from './views/filters.ts';
import type { PathView } from './views/path.ts';
import type { ReaderView } from './views/reader.ts';
import { renderTable } from './views/table.ts';
import type { TraceView } from './views/trace.ts';

export interface Views {
  graph: GraphView;
  trace: TraceView;
  briefings: BriefingsView;
  compare: CompareView;
  timeline: TimelineView;
  path: PathView;
  reader: ReaderView;
}

export class Renderer {
  private readonly sidebar = new Memo<PanelInputs>(sameSidebarInputs);
  private readonly table = new Memo<PanelInputs>(sameTableInputs);
  private readonly details = new Memo<PanelInputs>(sameDetailsInputs);
  private readonly reader = new Memo<PanelInputs>(sameReaderInputs);
  private lastMode: Mode | null = null;
  private readonly placers = new WeakMap<cytoscape.Core, LabelPlacer>();

  constructor(
    private readonly page: Page,
    private readonly views: Views,
    private readonly ctx: AppContext,
  ) {
    new HoverCard(views.graph.cy, page.graphCanvas, ctx, ctx.dispatch);
    views.graph.bottomInset = () => coveredFoot(page.graphCanvas, page.details);
    // On a phone the details of a selection are a sheet over the view (page.css): this bar on its
    // top edge says what it is and closes it. Hidden on wider screens, where the details are a column.
    page.details.before(
      h(
        'div',
        { class: 'sheet-close' },
        h('span', { class: 'sheet-hint' }, 'Details · scroll for the evidence'),
        h('button', { type: 'button', class: 'action', onClick: () => ctx.dispatch({ type: 'select', selection: null }) }, 'Close'),
      ),
    );
  }

  render(store: Pick<Store, 'state' | 'undoLabel' | 'documents' | 'ready' | 'version' | 'catalog' | 'expansions' | 'scopes'>): void {
    const { page, views } = this;
    const state = store.state;
    document.body.dataset['mode'] = state.mode;
    document.body.dataset['selected'] = state.selection ? 'true' : 'false';
    for (const tab of document.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const active = tab.dataset['mode'] === state.mode;
      tab.setAttribute('aria-selected', active ? 'true' : 'false');
      tab.tabIndex = active ? 0 : -1;
    }
    const undo = undoButton(store.undoLabel);
    page.undo.disabled = undo.disabled;
    page.undo.textContent = undo.text;
    page.undo.title = undo.title;
    document.title = pageTitle(state.mode, corpusTitle(store.documents, state.document));
    if (!store.ready) return;

    // Only path mode asks for the path: the ends stay in the state (and the link) in other modes.
    const path = state.mode === 'path' ? pathIds(views.path.result(state)) : null;
    const shown = shownElements(state, store, path?.nodes ?? []);
    const stage = stageOf(state.mode);
    page.graphCanvas.hidden = stage !== 'graph';
    page.traceCanvas.hidden = stage !== 'trace';
    page.tableView.hidden = stage !== 'table';
    views.reader.element.hidden = stage !== 'reader';
    page.stage.setAttribute('aria-labelledby', `tab-${state.mode}`);
    page.exportPng.disabled = stage === 'table' || stage === 'reader';
    page.fit.disabled = stage === 'table' || stage === 'reader';

    const modeChanged = this.lastMode !== state.mode;
    this.lastMode = state.mode;
    if (stage === 'graph') {
      if (modeChanged) views.graph.resize();
      views.graph.sync(state, shown, { path, fresh: freshNodes(state, store) });
    }
    if (stage === 'trace') {
      views.trace.syncCanvas(state);
      if (modeChanged) views.trace.resize();
      const canvas = views.trace.canvas;
      // The trace canvas is made by the trace view when first shown: its labels are placed like the graph's.
      if (canvas) this.traceLabels(canvas).place();
    }

    const inputs: PanelInputs = { state, version: store.version };
    if (this.sidebar.changed(inputs)) {
      keepFocus(page.sidebar, () => replace(page.sidebar, this.sidebarOf(state, store.scopes)));
      revealSelected(page.sidebar);
    }
    if (stage !== 'table') this.table.forget();
    else if (this.table.changed(inputs)) {
      const nodes = [...shown.nodes].flatMap((id) => store.catalog.nodes.get(id) ?? []);
      const edges = [...shown.edges].flatMap((id) => store.catalog.edges.get(id) ?? []);
      keepFocus(page.tableView, () => replace(page.tableView, renderTable(nodes, edges, state, this.ctx)));
    }
    if (stage !== 'reader') this.reader.forget();
    else if (this.reader.changed(inputs)) keepFocus(views.reader.element, () => views.reader.renderStage(state));
    if (this.details.changed(inputs)) keepFocus(page.details, () => renderDetails(page.details, state.selection, this.ctx));
  }

  private traceLabels(canvas: cytoscape.Core): LabelPlacer {
    let placer = this.placers.get(canvas);
    if (!placer) {
      placer = new LabelPlacer(canvas);
      this.placers.set(canvas, placer);
      new HoverCard(canvas, this.page.traceCanvas, this.ctx, this.ctx.dispatch);
    }
    return placer;
  }

  private sidebarOf(state: ViewState, scopes: ReadonlyMap<string, DocumentScope>): HTMLElement {
    switch (state.mode) {
      case 'briefings':
        return this.views.briefings.render(state);
      case 'compare':
        return this.views.compare.render(state);
      case 'timeline':
        return this.views.timeline.render(state);
      case 'trace':
        return this.views.trace.renderSidebar(state);
      case 'path':
        return this.views.path.render(state);
      case 'read':
        return this.views.reader.renderSidebar(state);
      case 'graph':
      case 'table':
        return renderFilters(state, this.ctx, documentScope(state, scopes));
    }
  }
}

/** How much of `canvas`'s foot `sheet` covers while it is a sheet over it (fixed: a phone's details), in px. */
function coveredFoot(canvas: HTMLElement, sheet: HTMLElement): number {
  if (getComputedStyle(sheet).position !== 'fixed') return 0;
  return Math.max(0, canvas.getBoundingClientRect().bottom - sheet.getBoundingClientRect().top);
}
