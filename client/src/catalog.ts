// Every node and edge the viewer has loaded, by id, and the rule for which of them the graph
// shows. The panels read facts from here, not from Cytoscape, so a fact looks the same wherever it
// is selected (graph, matrix, trace, table).
import type { GraphEdge, GraphNode, Subgraph } from './api.ts';
import type { ViewState } from './state.ts';

export class Catalog {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** Counts merges: the graph view looks for elements it lacks only after one (a click merges nothing). */
  version = 0;

  /** Add a subgraph; returns the ids of the nodes that were new. */
  merge(subgraph: Pick<Subgraph, 'nodes' | 'edges'>): string[] {
    this.version++;
    const added: string[] = [];
    for (const node of subgraph.nodes) {
      if (!this.nodes.has(node.id)) added.push(node.id);
      this.nodes.set(node.id, node);
    }
    for (const edge of subgraph.edges) this.edges.set(edge.id, edge);
    return added;
  }

  /** Every kind present, in a stable reading order (actors, places, events, assertions). */
  kinds(order: readonly string[]): string[] {
    const present: ReadonlySet<string> = new Set([...this.nodes.values()].map((n) => n.kind));
    const known = order.filter((k) => present.has(k));
    return [...known, ...[...present].filter((k) => !order.includes(k)).sort()];
  }

  /** Every election year some node belongs to, in order. */
  elections(): number[] {
    const years = new Set<number>();
    for (const node of this.nodes.values()) for (const y of node.elections) years.add(y);
    return [...years].sort((a, b) => a - b);
  }

  /** The first edge of this type between these two nodes (the trace and the matrix name edges by their ends). */
  findEdge(type: string, source: string, target: string): GraphEdge | undefined {
    for (const edge of this.edges.values()) {
      if (edge.type === type && edge.source === source && edge.target === target) return edge;
    }
    return undefined;
  }

  /** Edges touching a node, in and out. */
  edgesOf(id: string): GraphEdge[] {
    return [...this.edges.values()].filter((e) => e.source === id || e.target === id);
  }

  nodeName(id: string): string {
    return this.nodes.get(id)?.name ?? id;
  }
}

/**
 * Which nodes the graph shows: those that pass the filters (kind not hidden, belonging to the
 * chosen election, in the chosen document's part of the graph when `scope` is given), plus everything an expansion brought in and the ends of the shown path, even
 * when a filter would hide them: the reader asked for those explicitly.
 */
export function visibleNodeIds(
  nodes: Iterable<GraphNode>,
  state: Pick<ViewState, 'hiddenKinds' | 'election' | 'expanded'>,
  expansions: ReadonlyMap<string, readonly string[]>,
  forced: Iterable<string> = [],
  scope: ReadonlySet<string> | null = null,
): Set<string> {
  const hidden = new Set(state.hiddenKinds);
  const visible = new Set<string>();
  const all = new Set<string>();
  for (const node of nodes) {
    all.add(node.id);
    if (hidden.has(node.kind)) continue;
    if (state.election !== null && !node.elections.includes(state.election)) continue;
    if (scope !== null && !scope.has(node.id)) continue;
    visible.add(node.id);
  }
  for (const id of state.expanded) {
    if (all.has(id)) visible.add(id);
    for (const n of expansions.get(id) ?? []) if (all.has(n)) visible.add(n);
  }
  for (const id of forced) if (all.has(id)) visible.add(id);
  return visible;
}

/**
 * The edges shown: those whose both ends are shown. With a document's scope, only the relations
 * that document evidences, except those to nodes outside it (an expansion brought them in, and
 * its neighbours would float unconnected without them).
 */
export function visibleEdgeIds(
  edges: Iterable<GraphEdge>,
  visibleNodes: ReadonlySet<string>,
  scope: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null = null,
): Set<string> {
  const visible = new Set<string>();
  for (const edge of edges) {
    if (!visibleNodes.has(edge.source) || !visibleNodes.has(edge.target)) continue;
    if (scope && !scope.edges.has(edge.id) && scope.nodes.has(edge.source) && scope.nodes.has(edge.target)) continue;
    visible.add(edge.id);
  }
  return visible;
}
