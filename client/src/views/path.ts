// "How is A connected to B?": pick two entities, and up to five shortest paths between them are
// spelled out in the sidebar, each hop a sentence with its quote's ¶ ("Braeden Caley represented
// Liberal Party (Ishmael ¶5)") one click from the quote; the chosen path lights up in the graph.
// Relation types and nodes on a path can be left out, to see how else the two are connected.
// The left-out choices belong to this view, not to the link.
import type { GraphEdge, RelationType, Subgraph } from '../api.ts';
import type { Catalog } from '../catalog.ts';
import type { AppContext } from '../context.ts';
import { relationQualifier } from '../details.ts';
import { paragraphRef, type DocumentNaming } from '../document-label.ts';
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

/** Joins the parts of a cache key; ids and relation types never contain a NUL. */
const SEPARATOR = '\u0000';

/** A hop as a sentence in the direction the relation was recorded, with where the document says so. */
export function hopSentence(
  edge: GraphEdge,
  catalog: Pick<Catalog, 'nodeName'>,
  documents: ReadonlyMap<string, DocumentNaming>,
): { text: string; refs: Array<{ text: string; title: string }> } {
  const which = relationQualifier(edge);
  const refs = [
    ...new Map(edge.evidence.map((e) => [`${e.document}#${e.paragraph}`, paragraphRef(documents, e.document, e.paragraph)])).values(),
  ];
  const text = `${catalog.nodeName(edge.source)} ${relationWords(edge.type)} ${catalog.nodeName(edge.target)}${which ? ` (${which})` : ''}`;
  return { text, refs };
}

export class PathView {
  private readonly paths: Resources<Subgraph[]>;
  /** Left out of every path: relation types, and nodes it may not pass through */
  private readonly without = new Set<RelationType>();
  private readonly avoid = new Set<string>();
  /** Which of the paths found is drawn in the graph, by the key of the question */
  private chosen = new Map<string, number>();

  constructor(
    private readonly ctx: AppContext,
    private readonly refresh: () => void,
    /** A path came in: its nodes must be in the catalog before the graph and the pickers are drawn */
    arrived: (path: Subgraph) => void,
  ) {
    this.paths = new Resources(async (key) => {
      const question = this.questions.get(key);
      if (!question) throw new Error(`No path question was asked under the key ${JSON.stringify(key)}`);
      const found = await ctx.api.paths(question.from, question.to, question);
      for (const path of found) arrived(path);
      return found;
    }, refresh);
  }

  /** The questions asked, by cache key: both ends and what was left out when it was asked. */
  private readonly questions = new Map<string, { from: string; to: string; without: RelationType[]; avoid: string[] }>();

  private key(state: ViewState): string | null {
    if (state.pathFrom === null || state.pathTo === null || state.pathFrom === state.pathTo) return null;
    const without = [...this.without].sort();
    const avoid = [...this.avoid].sort();
    const key = [state.pathFrom, state.pathTo, without.join(','), avoid.join(',')].join(SEPARATOR);
    if (!this.questions.has(key)) this.questions.set(key, { from: state.pathFrom, to: state.pathTo, without, avoid });
    return key;
  }

  /** The chosen path once loaded, for the graph to highlight; null value when there is none. */
  result(state: ViewState): Loaded<Subgraph | null> | null {
    const key = this.key(state);
    if (key === null) return null;
    const found = this.paths.get(key);
    if (found.status !== 'ok') return found;
    return { status: 'ok', value: found.value[this.chosen.get(key) ?? 0] ?? null };
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
      h('p', { class: 'lead' }, 'Up to five shortest chains of relations between them; the chosen one is highlighted in the graph.'),
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
    const key = this.key(state) ?? '';
    holder.append(this.leftOut());
    const result = this.paths.get(key);
    const waiting = pending(result, 'the paths', () => this.paths.retry(key));
    if (waiting || result.status !== 'ok') {
      holder.append(waiting ?? '');
      return holder;
    }
    const found = result.value;
    if (found.length === 0) {
      const leftOut = this.without.size + this.avoid.size > 0 ? ' once what you left out is taken away' : '';
      holder.append(
        h(
          'p',
          { class: 'notice' },
          `${catalog.nodeName(state.pathFrom)} and ${catalog.nodeName(state.pathTo)} are not connected within 8 relations${leftOut}.`,
        ),
      );
      return holder;
    }
    const chosen = Math.min(this.chosen.get(key) ?? 0, found.length - 1);
    const length = found[0]?.edges.length ?? 0;
    holder.append(
      h(
        'p',
        { class: 'path-summary' },
        `${found.length === 1 ? 'One path' : `${found.length} paths`}, ${length} ${length === 1 ? 'relation' : 'relations'} long`,
        found.length >= 5 ? ' (the first five).' : '.',
      ),
      h(
        'p',
        { class: 'muted small', id: 'path-hint' },
        'Each line is one relation as the document records it (“A attended B”); a path may follow a relation either way. ',
        'Leave out a kind of relation or a node to see how else they are connected.',
      ),
      h('ol', { class: 'path-list' }, ...found.map((path, i) => this.pathItem(path, i, i === chosen, key, state))),
    );
    return holder;
  }

  /** What is left out, each with a way to take it back. */
  private leftOut(): HTMLElement | string {
    if (this.without.size + this.avoid.size === 0) return '';
    const chip = (id: string, label: string, undo: () => void) =>
      h(
        'li',
        {},
        h('span', {}, label),
        ' ',
        h('button', { type: 'button', id, class: 'link-button', 'aria-label': `Bring back ${label}`, onClick: undo }, 'bring back'),
      );
    return h(
      'section',
      { class: 'left-out', 'aria-label': 'Left out of the paths' },
      h('h3', {}, 'Left out'),
      h(
        'ul',
        {},
        ...[...this.without].sort().map((t) =>
          chip(`bring-back-${t}`, `“${relationWords(t)}” relations`, () => {
            this.without.delete(t);
            this.refresh();
          }),
        ),
        ...[...this.avoid].sort().map((id) =>
          chip(`bring-back-node-${id}`, this.ctx.catalog.nodeName(id), () => {
            this.avoid.delete(id);
            this.refresh();
          }),
        ),
      ),
    );
  }

  private pathItem(path: Subgraph, index: number, chosen: boolean, key: string, state: ViewState): HTMLElement {
    const { catalog } = this.ctx;
    const from = state.pathFrom ?? '';
    const to = state.pathTo ?? '';
    const hops = orderPath(from, to, path.edges);
    const selected = state.selection?.type === 'edge' ? state.selection.id : null;
    if (!hops) return h('li', {}, h('p', { class: 'error' }, 'The server returned relations that do not form a path between the two.'));
    const through = hops.slice(0, -1).map((hop) => hop.to);
    return h(
      'li',
      { class: `path-item${chosen ? ' chosen' : ''}`, 'data-path': index },
      h(
        'button',
        {
          type: 'button',
          id: `path-choose-${index + 1}`,
          class: 'small-button path-choose',
          'aria-pressed': chosen ? 'true' : 'false',
          onClick: () => {
            this.chosen.set(key, index);
            this.refresh();
          },
        },
        chosen ? `Path ${index + 1}: shown in the graph` : `Show path ${index + 1} in the graph`,
      ),
      h(
        'ol',
        { class: 'hops' },
        ...hops.map((hop) => {
          const sentence = hopSentence(hop.edge, catalog, this.ctx.documents);
          return h(
            'li',
            { class: `hop-edge${selected === hop.edge.id ? ' selected' : ''}` },
            h(
              'button',
              {
                type: 'button',
                class: 'relation-button hop-sentence',
                'aria-label': `${sentence.text}: show the evidence`,
                onClick: () => this.ctx.dispatch({ type: 'select', selection: { type: 'edge', id: hop.edge.id } }),
              },
              h('span', { class: 'rel-sentence' }, sentence.text),
              sentence.refs.length > 0 &&
                h(
                  'span',
                  { class: 'rel-paras', title: sentence.refs.map((r) => r.title).join('; ') },
                  `(${sentence.refs.map((r) => r.text).join(', ')})`,
                ),
            ),
          );
        }),
      ),
      h(
        'p',
        { class: 'leave-out' },
        h('span', { class: 'muted small' }, 'Leave out: '),
        ...[...new Set(hops.map((hop) => hop.edge.type))].map((type) =>
          h(
            'button',
            {
              type: 'button',
              class: 'chip-button',
              'data-without': type,
              'aria-label': `Leave out “${relationWords(type)}” relations`,
              onClick: () => {
                this.without.add(type);
                this.refresh();
              },
            },
            `“${relationWords(type)}”`,
          ),
        ),
        ...through.map((id) =>
          h(
            'button',
            {
              type: 'button',
              class: 'chip-button',
              'data-avoid': id,
              'aria-label': `Leave out ${catalog.nodeName(id)}`,
              onClick: () => {
                this.avoid.add(id);
                this.refresh();
              },
            },
            catalog.nodes.get(id) ? kindSwatch(catalog.nodes.get(id)?.kind ?? '', 10) : null,
            catalog.nodeName(id),
          ),
        ),
      ),
    );
  }
}
