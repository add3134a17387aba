// The graph as two tables, nodes and relations, each row with its evidence: the accessible
// alternative to the canvas (keyboard, screen readers, copying into notes). The filters apply here
// too, so the table always says what the graph shows.
import type { GraphEdge, GraphNode } from '../api.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { kindSwatch } from '../legend.ts';
import type { ViewState } from '../state.ts';
import { KIND_STYLES, relationWords } from '../style.ts';
import './table.css';

export function renderTable(nodes: readonly GraphNode[], edges: readonly GraphEdge[], state: ViewState, ctx: AppContext): HTMLElement {
  const order = Object.keys(KIND_STYLES);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  const sortedNodes = [...nodes].sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name));
  const sortedEdges = [...edges].sort(
    (a, b) =>
      ctx.catalog.nodeName(a.source).localeCompare(ctx.catalog.nodeName(b.source)) ||
      a.type.localeCompare(b.type) ||
      ctx.catalog.nodeName(a.target).localeCompare(ctx.catalog.nodeName(b.target)),
  );
  const selected = state.selection;
  const isSelected = (type: 'node' | 'edge', id: string) => selected?.type === type && selected.id === id;
  const select = (type: 'node' | 'edge', id: string) => () => ctx.dispatch({ type: 'select', selection: { type, id } });
  const firstQuote = (evidence: GraphNode['evidence']) => {
    const first = evidence[0];
    if (!first) return h('span', { class: 'muted' }, 'none');
    return h(
      'span',
      {},
      h('span', { class: 'para-no' }, `¶ ${first.paragraph} `),
      h('q', {}, first.quote),
      evidence.length > 1 && h('span', { class: 'muted small' }, ` +${evidence.length - 1} more`),
    );
  };
  return h(
    'div',
    { class: 'tables' },
    h(
      'section',
      { 'aria-labelledby': 'nodes-heading' },
      h('h2', { id: 'nodes-heading' }, `Entities, events and claims (${nodes.length})`),
      h(
        'table',
        { class: 'data-table', id: 'node-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Name'),
            h('th', { scope: 'col' }, 'Kind'),
            h('th', { scope: 'col' }, 'Election'),
            h('th', { scope: 'col' }, 'Evidence'),
          ),
        ),
        h(
          'tbody',
          {},
          ...sortedNodes.map((n) =>
            h(
              'tr',
              { class: isSelected('node', n.id) ? 'selected' : '', 'data-id': n.id },
              h(
                'th',
                { scope: 'row' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    'aria-pressed': isSelected('node', n.id) ? 'true' : 'false',
                    onClick: select('node', n.id),
                  },
                  n.negative ? `⊘ ${n.name}` : n.name,
                ),
              ),
              h('td', { class: 'kind-cell' }, kindSwatch(n.kind, 12, n.negative), ` ${n.kind}`),
              h('td', {}, n.elections.join(', ')),
              h('td', { class: 'quote-cell' }, firstQuote(n.evidence)),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'edges-heading' },
      h('h2', { id: 'edges-heading' }, `Relations (${edges.length})`),
      h(
        'table',
        { class: 'data-table', id: 'edge-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'From'),
            h('th', { scope: 'col' }, 'Relation'),
            h('th', { scope: 'col' }, 'To'),
            h('th', { scope: 'col' }, 'Evidence'),
          ),
        ),
        h(
          'tbody',
          {},
          ...sortedEdges.map((e) =>
            h(
              'tr',
              { class: isSelected('edge', e.id) ? 'selected' : '', 'data-id': e.id },
              h('td', {}, ctx.catalog.nodeName(e.source)),
              h(
                'th',
                { scope: 'row' },
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'link-button',
                    'aria-pressed': isSelected('edge', e.id) ? 'true' : 'false',
                    'aria-label': `${ctx.catalog.nodeName(e.source)} ${relationWords(e.type)} ${ctx.catalog.nodeName(e.target)}: show the evidence`,
                    onClick: select('edge', e.id),
                  },
                  relationWords(e.type),
                ),
              ),
              h('td', {}, ctx.catalog.nodeName(e.target)),
              h('td', { class: 'quote-cell' }, firstQuote(e.evidence)),
            ),
          ),
        ),
      ),
    ),
  );
}
