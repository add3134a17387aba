// The graph canvas: Cytoscape kept in step with the view state. Cytoscape holds every loaded element;
// the state decides which are shown (filters, expansions, path), which is selected, and what is
// highlighted around it. Taps, double-taps and keys become actions (graph-input.ts); nothing here
// changes the state itself.
// Past 300 lines: the one module that talks to Cytoscape's main canvas; its input handling is already apart (graph-input.ts).
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fnv1a } from '../../graph/src/hash.ts';
import type { GraphEdge, GraphNode } from './api.ts';
import type { Catalog } from './catalog.ts';
import { bindGraphInput } from './graph-input.ts';
import { forgetFonts, LabelPlacer } from './label-placement.ts';
import {
  drawsStoredLayout,
  fromStored,
  graphLayout,
  GRAPH_PADDING,
  LAYOUT_SEED,
  localLayout,
  spreadCoincident,
  storedLayout,
  storedPositions,
  verticalStretch,
  withSeededRandom,
} from './layout.ts';
import type { Action, ViewState } from './state.ts';
import { edgeLabel, labelClass, LARGE_GRAPH_ELEMENTS, NEAR_ZOOM, nodeLabel, nodeSize } from './style.ts';
import { stylesheet } from './stylesheet.ts';

cytoscape.use(fcose);

/** The farthest the view zooms out on its own terms: far enough to see a few hundred nodes at once. */
const MIN_ZOOM = 0.15;

/** The ids of the nodes and edges the graph shows (see catalog.ts). */
export interface Shown {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export interface GraphExtras {
  /** The path to highlight (path mode), as node and edge ids */
  path: { nodes: readonly string[]; edges: readonly string[] } | null;
  /** Nodes the last expansion added, outlined until the next change */
  fresh: ReadonlySet<string>;
}

export function nodeData(node: GraphNode, degree: number): cytoscape.NodeDataDefinition {
  return {
    id: node.id,
    label: nodeLabel(node.name, node.negative),
    kind: node.kind,
    negative: node.negative,
    draft: node.draft === true,
    size: nodeSize(degree),
  };
}

export function edgeData(edge: GraphEdge): cytoscape.EdgeDataDefinition {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: edge.type,
    // A relation that did not happen ("did not attend") says so in its label, as negative nodes do.
    label: edge.negative ? `⊘ not ${edgeLabel(edge.type, edge.properties)}` : edgeLabel(edge.type, edge.properties),
    draft: edge.draft === true,
    negative: edge.negative,
  };
}

/** Elements for Cytoscape from loaded facts; edges whose ends are missing are left out. */
export function toElements(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): cytoscape.ElementDefinition[] {
  const ids = new Set(nodes.map((n) => n.id));
  const usable = edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  const degree = new Map<string, number>();
  for (const e of usable) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return [
    ...nodes.map((n) => ({
      group: 'nodes' as const,
      data: nodeData(n, degree.get(n.id) ?? 0),
      classes: labelClass(n.kind, degree.get(n.id) ?? 0),
    })),
    ...usable.map((e) => ({ group: 'edges' as const, data: edgeData(e) })),
  ];
}

export class GraphView {
  readonly cy: cytoscape.Core;
  private shownKey = '';
  private selectedKey = '';
  private layout: cytoscape.Layouts | null = null;
  private near = false;
  private pathKey = '';
  /** Whether the overview was drawn at the seed's stored positions; null before the first layout */
  private stored: boolean | null = null;
  /** The nodes shown at the last layout: a change lays out only the ones it brings in */
  private placed: ReadonlySet<string> = new Set();
  /** The catalog's version when its elements were last added (Catalog.version) */
  private catalogVersion = -1;
  /** Drawn in the plainer style for large graphs (see LARGE_GRAPH_ELEMENTS) */
  large = false;
  /** Which labels are drawn, at what size (label-placement.ts) */
  readonly labels: LabelPlacer;
  /** How much of the canvas's foot is covered (px): on a phone, the details sheet (page.css) */
  bottomInset: () => number = () => 0;

  constructor(
    container: HTMLElement,
    private readonly catalog: Catalog,
    dispatch: (action: Action) => void,
  ) {
    this.cy = cytoscape({
      container,
      style: stylesheet(),
      minZoom: MIN_ZOOM, // lowered only as far as a whole overview needs (allowZoomOut)
      maxZoom: 3, // close enough to read the smallest edge label
      boxSelectionEnabled: false, // one selection at a time: the panel shows one fact
      selectionType: 'single',
    });
    this.cy.on('zoom', () => this.markNear());
    this.labels = new LabelPlacer(this.cy);
    bindGraphInput(this.cy, container, { dispatch, nodeName: (id) => this.catalog.nodeName(id), fit: () => this.fit() });
  }

  /** Bring Cytoscape in line with the state: elements, which are shown, selection and highlights. */
  sync(state: ViewState, shown: Shown, extras: GraphExtras): void {
    const cy = this.cy;
    // The stylesheet first, then the elements: added under the other one, all of them were styled
    // twice on the first load of a large graph.
    const large = shown.nodes.size + shown.edges.size > LARGE_GRAPH_ELEMENTS;
    if (large !== this.large) {
      this.large = large;
      cy.style(stylesheet({ large }));
      this.labels.large = large;
      forgetFonts(cy.elements()); // the sizes remembered were the other stylesheet's
    }
    this.addMissing();
    cy.batch(() => {
      setClass(cy.elements(), 'hidden', (e) => !(e.isNode() ? shown.nodes : shown.edges).has(e.id()));
      setClass(cy.elements('node'), 'new', (n) => extras.fresh.has(n.id()));
    });
    const key = [...shown.nodes].sort().join('\n');
    if (key !== this.shownKey) {
      const first = this.shownKey === '';
      this.shownKey = key;
      this.runLayout(!first);
    }
    this.applySelection(state, extras);
    // Right after this frame, not in it: a click's selection reaches the screen first, its labels
    // one frame later (placing them took 9–39 ms a click on the seed graph, in Chromium on a busy 2-core machine).
    this.labels.schedule(0);
  }

  private addMissing(): void {
    const cy = this.cy;
    // Runs on every state change (each click): one pass over the ids, not a lookup per element.
    // Only after the catalog changed: a click merges nothing, and the scan cost ~2 ms a click at 5k elements.
    if (this.catalog.version === this.catalogVersion) return;
    this.catalogVersion = this.catalog.version;
    const present = new Set(cy.elements().map((e) => e.id()));
    const nodes = [...this.catalog.nodes.values()].filter((n) => !present.has(n.id));
    const edges = [...this.catalog.edges.values()].filter((e) => !present.has(e.id));
    if (nodes.length === 0 && edges.length === 0) return;
    // Neighbours of every node, built once: scanning all edges per new node was O(nodes × edges) on the first load.
    const neighbours = new Map<string, string[]>();
    const link = (from: string, to: string) => {
      const list = neighbours.get(from);
      if (list) list.push(to);
      else neighbours.set(from, [to]);
    };
    for (const e of this.catalog.edges.values()) {
      link(e.source, e.target);
      link(e.target, e.source);
    }
    const degree = (id: string) => neighbours.get(id)?.length ?? 0;
    cy.batch(() => {
      for (const n of nodes) {
        // Where the seed's overview layout put it, unless the overview was drawn by fcose (its
        // picture and the stored one do not share coordinates). Otherwise next to a neighbour
        // already placed, so the incremental layout moves little.
        const neighbour = neighbours.get(n.id)?.find((id) => cy.getElementById(id).nonempty());
        const position =
          this.stored !== false && n.position
            ? fromStored(n.position)
            : beside(neighbour ? cy.getElementById(neighbour).position() : { x: 0, y: 0 }, n.id);
        cy.add({ group: 'nodes', data: nodeData(n, degree(n.id)), position });
      }
      for (const e of edges) {
        if (cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty()) cy.add({ group: 'edges', data: edgeData(e) });
      }
      // Degrees changed: resize every node to its new number of relations.
      cy.nodes().forEach((n) => {
        const degree = n.connectedEdges().length;
        if (n.data('size') !== nodeSize(degree)) n.data('size', nodeSize(degree));
        const prominence = labelClass(n.data('kind'), degree);
        for (const cls of ['hub', 'major']) if (n.hasClass(cls) !== (cls === prominence)) n.toggleClass(cls, cls === prominence);
      });
    });
  }

  private runLayout(incremental: boolean): void {
    this.layout?.stop();
    const shown = this.cy.elements().not('.hidden');
    const placedBefore = this.placed;
    this.placed = new Set(shown.nodes().map((n) => n.id()));
    if (shown.empty()) return;
    if (!incremental) {
      // Stored positions for every shown node: drawn there at once, no force layout to wait for.
      const positions = drawsStoredLayout(this.placed.size)
        ? storedPositions(this.placed, (id) => this.catalog.nodes.get(id)?.position)
        : null;
      this.stored = positions !== null;
      if (positions) {
        // fitNow below lets the view zoom out as far as the drawn picture needs (allowZoomOut).
        const layout = shown.layout(storedLayout(positions));
        this.layout = layout;
        layout.run();
        this.spreadStacked(shown.nodes());
        this.fitNow(shown);
        return;
      }
    }
    if (this.stored) {
      this.placeNewcomers(shown, placedBefore);
      return;
    }
    const layout = shown.layout(graphLayout({ incremental, animate: incremental, nodes: shown.nodes().length }));
    this.layout = layout;
    withSeededRandom(LAYOUT_SEED, () => layout.run());
    if (!incremental) {
      this.spreadStacked(shown.nodes());
      this.fillHeight(shown.nodes());
      this.fitNow(shown);
    }
  }

  /**
   * Over a stored overview, a change (filter, expansion, path) moves nothing that is already drawn:
   * nodes with stored positions are already at them, and only those without one (drafts, say) are
   * laid out, beside the shown nodes they connect to, which stay fixed.
   */
  private placeNewcomers(shown: cytoscape.CollectionReturnValue, placedBefore: ReadonlySet<string>): void {
    const cy = this.cy;
    const arrived = shown.nodes().filter((n) => !placedBefore.has(n.id()));
    const homeless = arrived.filter((n) => !this.catalog.nodes.get(n.id())?.position);
    if (homeless.nonempty()) {
      const anchors = homeless.neighborhood().nodes().not(homeless).not('.hidden').nodes();
      cy.batch(() => {
        homeless.forEach((n) => {
          const anchor = n.neighborhood().nodes().not(homeless).not('.hidden').nodes().first();
          if (anchor.nonempty()) n.position(beside(anchor.position(), n.id()));
        });
      });
      const fixed = new Map(anchors.map((a) => [a.id(), { ...a.position() }]));
      const edges = homeless.connectedEdges().not('.hidden');
      const layout = homeless.union(anchors).union(edges).layout(localLayout(fixed));
      this.layout = layout;
      withSeededRandom(LAYOUT_SEED, () => layout.run());
    }
    // What came in is brought into view, as the force layout's fit did.
    if (arrived.nonempty() && !this.inView(arrived)) this.fit();
  }

  /** Nodes laid out on one spot, spread apart (layout.ts spreadCoincident); a no-op when none are. */
  private spreadStacked(nodes: cytoscape.NodeCollection): void {
    const moved = spreadCoincident(new Map(nodes.map((n) => [n.id(), { ...n.position() }])));
    if (moved.size === 0) return;
    this.cy.batch(() => {
      for (const [id, position] of moved) this.cy.getElementById(id).position(position);
    });
  }

  /** Stretch a fresh layout to the canvas's height (see verticalStretch); the caller fits it again. */
  private fillHeight(nodes: cytoscape.NodeCollection): void {
    const factor = verticalStretch(
      nodes.map((n) => n.position()),
      { width: this.cy.width(), height: this.cy.height() },
    );
    if (factor === 1) return;
    const centre = nodes.boundingBox({ includeLabels: false }).y1 + nodes.boundingBox({ includeLabels: false }).h / 2;
    nodes.positions((n) => ({ x: n.position('x'), y: centre + (n.position('y') - centre) * factor }));
  }

  private applySelection(state: ViewState, extras: GraphExtras): void {
    const cy = this.cy;
    const s = state.selection;
    const target = s ? cy.getElementById(s.id) : cy.collection();
    // Only elements whose classes really change are touched: every class change restyles its
    // element, and clearing then re-adding the classes of all of them made a click restyle the
    // whole graph (150 ms at 1k elements).
    const all = cy.elements();
    let onPath = cy.collection();
    let highlighted = cy.collection();
    const path = extras.path;
    const pathMode = state.mode === 'path' && path !== null;
    if (pathMode) {
      for (const id of [...path.nodes, ...path.edges]) onPath = onPath.union(cy.getElementById(id));
    } else if (target.nonempty()) {
      // Who is connected to this: the element, its relations and their other ends stay bright.
      highlighted = target.nodes().nonempty() ? target.closedNeighborhood() : target.union(target.connectedNodes());
    }
    // Membership by id: a collection's has() builds a collection for every question.
    const ids = (c: cytoscape.CollectionReturnValue) => new Set(c.map((e) => e.id()));
    const onPathIds = ids(onPath);
    const highlightedIds = ids(highlighted);
    const targetIds = ids(target);
    const bright = pathMode
      ? (id: string) => onPathIds.has(id) || targetIds.has(id)
      : target.nonempty()
        ? (id: string) => highlightedIds.has(id)
        : () => true;
    cy.batch(() => {
      const selected = cy.elements(':selected');
      if (!selected.same(target)) {
        selected.unselect();
        if (target.nonempty()) target.select();
      }
      setClass(all, 'on-path', (e) => onPathIds.has(e.id()));
      setClass(all, 'highlighted', (e) => highlightedIds.has(e.id()));
      setClass(all, 'faded', (e) => !bright(e.id()));
      // In the same batch: one restyle of what changed, not two.
      this.setLabelled();
    });
    if (pathMode) {
      const key = [...path.nodes, ...path.edges].join('\n');
      if (key !== this.pathKey) {
        this.pathKey = key;
        // Bring the answer into view, zoomed in so its relations' labels are legible.
        this.cy.stop();
        this.cy.animate({ fit: { eles: onPath, padding: 70 } }, { duration: 300 });
      }
    }
    const key = s ? `${s.type}:${s.id}` : '';
    if (key !== this.selectedKey) {
      this.selectedKey = key;
      if (target.nonempty() && !this.inView(target)) this.centre(target);
    }
  }

  /** Label every node once zoomed in close; checked on every zoom, restyled only on crossing. */
  private markNear(): void {
    const near = this.cy.zoom() >= NEAR_ZOOM;
    if (near === this.near) return;
    this.near = near;
    this.applyLabels();
  }

  /** Minor nodes are labelled when zoomed in, or when they are part of what is highlighted. */
  private applyLabels(): void {
    this.cy.batch(() => this.setLabelled());
    this.labels.schedule();
  }

  private setLabelled(): void {
    setClass(this.cy.elements('node'), 'labelled', (n) => this.near || n.hasClass('highlighted') || n.hasClass('on-path') || n.selected());
  }

  private inView(element: cytoscape.CollectionReturnValue): boolean {
    const box = element.renderedBoundingBox({});
    const width = this.cy.width();
    const height = this.cy.height() - this.bottomInset();
    return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= width && box.y2 <= height;
  }

  /** Centre the view on an element (search results, deep links): a node at a readable zoom, an edge with both its ends. */
  centre(element: cytoscape.CollectionReturnValue | string): void {
    const target = typeof element === 'string' ? this.cy.getElementById(element) : element;
    if (target.empty()) return;
    this.cy.stop();
    if (target.edges().nonempty()) {
      this.cy.animate({ fit: { eles: target.union(target.connectedNodes()), padding: 90 } }, { duration: 300 });
    } else {
      // Pan so the node sits in the middle at the new zoom (animating `center` and `zoom` together
      // zooms about the old centre and misses).
      const zoom = Math.max(this.cy.zoom(), 1);
      const at = target.nodes().first().position();
      const middle = (this.cy.height() - this.bottomInset()) / 2; // the middle of what is not covered
      this.cy.animate({ zoom, pan: { x: this.cy.width() / 2 - at.x * zoom, y: middle - at.y * zoom } }, { duration: 300 });
    }
  }

  fit(): void {
    const shown = this.cy.elements().not('.hidden');
    if (shown.empty()) return;
    const to = this.fittedViewport(shown, GRAPH_PADDING);
    this.cy.stop();
    this.cy.animate(to, { duration: 250 });
  }

  /** Show `eles` whole at once, labels included (after a layout drew them). */
  private fitNow(eles: cytoscape.CollectionReturnValue): void {
    this.cy.viewport(this.fittedViewport(eles, GRAPH_PADDING));
  }

  /**
   * The viewport that shows `eles` whole with their labels, `padding` px from each edge.
   * Cytoscape's fit measures labels at the zoom it starts from, but ours keep their size on screen
   * as the view zooms out (label-placement.ts): a fit from closer in left the outer labels past the
   * canvas's edge. So the labels are placed for the zoom the fit chose and measured there, once,
   * and the fit is done again with the overshoot added to the padding (what the labels then grow by
   * at the slightly smaller zoom stays well inside the padding). Nothing is drawn meanwhile:
   * Cytoscape renders on the next frame, after the old viewport is put back.
   */
  private fittedViewport(eles: cytoscape.CollectionReturnValue, padding: number): { zoom: number; pan: cytoscape.Position } {
    const cy = this.cy;
    const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    const box = eles.boundingBox({});
    this.allowZoomOut(box.w, box.h, padding);
    cy.fit(eles, padding);
    // The large graph's style keeps the stylesheet's font sizes: its labels zoom with the graph, and
    // Cytoscape's fit has measured them right (placing them here measured thousands before the first frame).
    if (!this.labels.large) {
      this.labels.place();
      const drawn = eles.renderedBoundingBox({});
      const over = Math.max(padding - drawn.x1, drawn.x2 - (cy.width() - padding), padding - drawn.y1, drawn.y2 - (cy.height() - padding));
      if (over > 0.5) {
        this.allowZoomOut(box.w, box.h, padding + over);
        cy.fit(eles, padding + over);
      }
    }
    const to = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    cy.viewport(before);
    return to;
  }

  /**
   * Let the view zoom out far enough to show this much (model px) whole. A stored overview of many
   * documents spans thousands of px, more than MIN_ZOOM shows on a narrow stage; fcose's pictures
   * of the same nodes are compact and never needed it.
   */
  private allowZoomOut(width: number, height: number, padding: number): void {
    const fits = Math.min((this.cy.width() - 2 * padding) / width, (this.cy.height() - 2 * padding) / height);
    if (Number.isFinite(fits) && fits > 0) this.cy.minZoom(Math.min(MIN_ZOOM, fits * 0.95));
  }

  /** After the container changed size (panels stacked, view switched). */
  resize(): void {
    this.cy.resize();
  }
}

/**
 * Give `cls` to exactly the elements for which `wanted` holds, touching only those that change.
 * (Cytoscape's toggleClass(cls, on) restyles every element it is called on, changed or not.)
 */
export function setClass(
  elements: cytoscape.CollectionReturnValue,
  cls: string,
  wanted: (element: cytoscape.SingularElementArgument) => boolean,
): void {
  // toggleClass without a direction flips each element it is given: here, exactly the ones that change.
  elements.filter((e) => wanted(e) !== e.hasClass(cls)).toggleClass(cls);
}

/**
 * A spot one node-width from `at`, in a direction taken from the id, not Math.random: fcose starts
 * from these positions, and the same graph should give the same picture on every load.
 */
function beside(at: cytoscape.Position, id: string): cytoscape.Position {
  const angle = (fnv1a(id) % 360) * (Math.PI / 180);
  return { x: at.x + 30 * Math.cos(angle), y: at.y + 30 * Math.sin(angle) };
}
