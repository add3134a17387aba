// "How is A connected to B?": pick two entities, the shortest path lights up in the graph and is
// spelled out hop by hop in the sidebar, each hop one click from its quote.
import type { GraphEdge, Subgraph } from '../api.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { kindSwatch } from '../legend.ts';
import { pending, Resources, type Loaded } from '../resource.ts';
import type { ViewState } from '../state.ts';
import { KIND_STYLES, relationWords } from '../style.ts';
import './path.css';

export interface Hop {
  edge: GraphEdge;
  /** True when the edge points along the walk (from → to) */
  forward: boolean;
  from: string;
  to: string;
}

/**
 * The path's edges in walking order from `from` to `to`. The API returns a subgraph (a set), so the
 * order is rebuilt here; null when the edges do not form a walk between the two.
 */
export function orderPath(from: string, to: string, edges: readonly GraphEdge[]): Hop[] | null {
  const hops: Hop[] = [];
  const unused = new Set(edges);
  let at = from;
  while (at !== to) {
    const next = [...unused].find((e) => e.source === at || e.target === at);
    if (!next) return null;
    unused.delete(next);
    const forward = next.source === at;
    const other = forward ? next.target : next.source;
    hops.push({ edge: next, forward, from: at, to: other });
    at = other;
  }
  return hops;
}

/** Joins the two ends into one cache key; ids never contain a NUL. */
const SEPARATOR = '\u0000';

export class PathView {
  private readonly paths: Resources<Subgraph | null>;

  constructor(
    private readonly ctx: AppContext,
    refresh: () => void,
    /** A path came in: its nodes must be in the catalog before the graph and the pickers are drawn */
    arrived: (path: Subgraph) => void,
  ) {
    this.paths = new Resources(async (key) => {
      const [from = '', to = ''] = key.split(SEPARATOR);
      const path = await ctx.api.path(from, to);
      if (path) arrived(path);
      return path;
    }, refresh);
  }

  /** The path between the chosen ends once loaded, for the graph to highlight. */
  result(state: ViewState): Loaded<Subgraph | null> | null {
    if (state.pathFrom === null || state.pathTo === null || state.pathFrom === state.pathTo) return null;
    return this.paths.get(`${state.pathFrom}${SEPARATOR}${state.pathTo}`);
  }

  render(state: ViewState): HTMLElement {
    const { catalog } = this.ctx;
    const nodes = [...catalog.nodes.values()];
    const kinds = catalog.kinds(Object.keys(KIND_STYLES));
    const picker = (id: string, label: string, value: string | null, set: (v: string | null) => void) =>
      h(
        'label',
        { class: 'field' },
        h('span', { class: 'field-label' }, label),
        h(
          'select',
          { id, onChange: (e: Event) => set(e.target instanceof HTMLSelectElement && e.target.value !== '' ? e.target.value : null) },
          h('option', { value: '', selected: value === null }, '— choose —'),
          ...kinds.map((kind) =>
            h(
              'optgroup',
              { label: kind },
              ...nodes
                .filter((n) => n.kind === kind)
                .sort((a, b) => a.name.localeCompare(b.name))
                .map((n) => h('option', { value: n.id, selected: n.id === value }, n.name)),
            ),
          ),
        ),
      );
    const holder = h(
      'div',
      { class: 'path' },
      h('h2', {}, 'How are two things connected?'),
      h('p', { class: 'lead' }, 'The shortest chain of relations between them, highlighted in the graph.'),
      h(
        'div',
        { class: 'path-pickers' },
        picker('path-from', 'From', state.pathFrom, (v) => this.ctx.dispatch({ type: 'path', from: v, to: state.pathTo })),
        picker('path-to', 'To', state.pathTo, (v) => this.ctx.dispatch({ type: 'path', from: state.pathFrom, to: v })),
        h(
          'button',
          {
            type: 'button',
            id: 'path-swap',
            class: 'small-button',
            disabled: state.pathFrom === null && state.pathTo === null,
            onClick: () => this.ctx.dispatch({ type: 'path', from: state.pathTo, to: state.pathFrom }),
          },
          '⇄ Swap',
        ),
      ),
    );
    if (state.pathFrom === null || state.pathTo === null) {
      holder.append(h('p', { class: 'muted' }, 'Choose both ends. Tip: a node’s details have “Path from here” and “Path to here”.'));
      return holder;
    }
    if (state.pathFrom === state.pathTo) {
      holder.append(h('p', { class: 'muted' }, 'Choose two different entities.'));
      return holder;
    }
    const key = `${state.pathFrom}${SEPARATOR}${state.pathTo}`;
    const result = this.paths.get(key);
    const waiting = pending(result, 'the path', () => this.paths.retry(key));
    if (waiting || result.status !== 'ok') {
      holder.append(waiting ?? '');
      return holder;
    }
    if (result.value === null) {
      holder.append(
        h(
          'p',
          { class: 'notice' },
          `${catalog.nodeName(state.pathFrom)} and ${catalog.nodeName(state.pathTo)} are not connected within 8 relations.`,
        ),
      );
      return holder;
    }
    const hops = orderPath(state.pathFrom, state.pathTo, result.value.edges);
    if (!hops) {
      holder.append(h('p', { class: 'error' }, 'The server returned relations that do not form a path between the two.'));
      return holder;
    }
    const selected = state.selection?.type === 'edge' ? state.selection.id : null;
    holder.append(
      h('p', { class: 'path-summary' }, `${hops.length} ${hops.length === 1 ? 'relation' : 'relations'} apart:`),
      h(
        'ol',
        { class: 'hops' },
        h('li', { class: 'hop-node' }, this.nodeButton(state.pathFrom)),
        ...hops.flatMap((hop) => [
          h(
            'li',
            { class: `hop-edge${selected === hop.edge.id ? ' selected' : ''}` },
            h(
              'button',
              {
                type: 'button',
                class: 'relation-button',
                'aria-label': `${catalog.nodeName(hop.edge.source)} ${relationWords(hop.edge.type)} ${catalog.nodeName(hop.edge.target)}: show the evidence`,
                onClick: () => this.ctx.dispatch({ type: 'select', selection: { type: 'edge', id: hop.edge.id } }),
              },
              h('span', { class: 'rel-words' }, hop.forward ? `${relationWords(hop.edge.type)} ↓` : `↑ ${relationWords(hop.edge.type)}`),
              h('span', { class: 'rel-paras' }, [...new Set(hop.edge.evidence.map((e) => `¶ ${e.paragraph}`))].join(', ')),
            ),
          ),
          h('li', { class: 'hop-node' }, this.nodeButton(hop.to)),
        ]),
      ),
      h('p', { class: 'muted small' }, '↓ reads downwards (“A attended B”), ↑ upwards (“B organized A”).'),
    );
    return holder;
  }

  private nodeButton(id: string): HTMLElement {
    const node = this.ctx.catalog.nodes.get(id);
    return h(
      'button',
      {
        type: 'button',
        class: 'link-button node-link',
        onClick: () => this.ctx.dispatch({ type: 'select', selection: { type: 'node', id } }),
      },
      node ? kindSwatch(node.kind, 12) : null,
      this.ctx.catalog.nodeName(id),
    );
  }
}
