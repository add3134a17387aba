// The sidebar of the graph and table views: the legend doubles as the kind filter (each kind with
// its shape, colour and count), the election filter, the line legend, and what was expanded.
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { edgeSwatch, kindCounts, kindSwatch } from '../legend.ts';
import type { ViewState } from '../state.ts';
import type { DocumentScope } from '../store.ts';
import { EDGE_GROUPS, KIND_STYLES, NEGATIVE_COLOR } from '../style.ts';
import './filters.css';

const KIND_ORDER = Object.keys(KIND_STYLES);

/** `scope`: what the header's chosen document cites (render-plan.ts documentScope), null for every document. */
export function renderFilters(state: ViewState, ctx: AppContext, scope: DocumentScope | null): HTMLElement {
  const { catalog } = ctx;
  // The counts follow the document picker, as the graph does: what ticking a box would bring in here.
  const nodes = [...catalog.nodes.values()].filter((n) => scope === null || scope.nodes.has(n.id));
  const edges = [...catalog.edges.values()].filter((e) => scope === null || scope.edges.has(e.id));
  const counts = kindCounts(nodes, state.election);
  const kinds = catalog.kinds(KIND_ORDER);
  const years = catalog.elections();
  const negatives = nodes.filter((n) => n.negative).length;
  const negativeEdges = edges.filter((e) => e.negative).length;
  const drafts = nodes.filter((n) => n.draft).length;

  const kindBoxes = kinds.map((kind) =>
    h(
      'li',
      {},
      h(
        'label',
        { class: 'check', title: KIND_STYLES[kind]?.description ?? '' },
        h('input', {
          type: 'checkbox',
          id: `kind-${kind}`,
          checked: !state.hiddenKinds.includes(kind),
          onChange: () => ctx.dispatch({ type: 'toggleKind', kind }),
        }),
        kindSwatch(kind, 16),
        h('span', { class: 'kind-name' }, kind),
        h('span', { class: 'count' }, String(counts.get(kind) ?? 0)),
      ),
    ),
  );

  const yearOption = (year: number | null) =>
    h(
      'label',
      { class: 'pill' },
      h('input', {
        type: 'radio',
        name: 'election',
        id: `election-${year ?? 'all'}`,
        checked: state.election === year,
        onChange: () => ctx.dispatch({ type: 'election', election: year }),
      }),
      h('span', {}, year === null ? 'All' : String(year)),
    );

  const filters = h(
    'div',
    { class: 'filters' },
    h('h2', {}, 'Show'),
    h('fieldset', {}, h('legend', {}, 'Election'), h('div', { class: 'pills' }, yearOption(null), ...years.map(yearOption))),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Kinds ', h('span', { class: 'muted small' }, '(shape and colour in the graph)')),
      h('ul', { class: 'kinds' }, ...kindBoxes),
      state.hiddenKinds.length > 0 &&
        h(
          'button',
          { type: 'button', id: 'show-all-kinds', class: 'link-button', onClick: () => ctx.dispatch({ type: 'showAllKinds' }) },
          'Show every kind',
        ),
    ),
    h(
      'section',
      { class: 'line-legend', 'aria-label': 'What the lines and outlines mean' },
      h('h3', {}, 'Lines and outlines'),
      h(
        'ul',
        {},
        ...EDGE_GROUPS.map((g) => h('li', {}, edgeSwatch(g.color, g.style, g.width), h('span', {}, g.legend))),
        h('li', {}, edgeSwatch('#cbd5e1', 'solid', 1.5), h('span', {}, 'other relations (labels appear as you zoom in)')),
        h('li', {}, kindSwatch('Claim', 16, true), h('span', {}, `⊘ dashed red outline: something that did not happen (${negatives})`)),
        negativeEdges > 0 &&
          h(
            'li',
            {},
            edgeSwatch(NEGATIVE_COLOR, 'dashed', 2),
            h('span', {}, `⊘ dashed red line: a relation that did not happen, such as “did not attend” (${negativeEdges})`),
          ),
        drafts > 0 &&
          h(
            'li',
            {},
            h('span', { class: 'draft-badge' }, 'draft'),
            h('span', {}, ` dotted violet outline, violet halo on relations: proposed by npm run ingest, not yet reviewed (${drafts})`),
          ),
      ),
    ),
    h(
      'section',
      { class: 'expanded', 'aria-label': 'Expanded nodes' },
      h('h3', {}, 'Neighbours added'),
      state.expanded.length === 0
        ? h(
            'p',
            { class: 'muted small' },
            'Double-click a node (or use “Show neighbours” in its details) to add everything it is related to, even what the filters hide. Undo takes it back.',
          )
        : h(
            'ul',
            {},
            ...state.expanded.map((id) =>
              h(
                'li',
                {},
                h('span', {}, catalog.nodeName(id)),
                ' ',
                h(
                  'button',
                  {
                    type: 'button',
                    id: `collapse-${id}`,
                    class: 'link-button',
                    'aria-label': `Remove the neighbours of ${catalog.nodeName(id)}`,
                    onClick: () => ctx.dispatch({ type: 'collapse', id }),
                  },
                  'remove',
                ),
              ),
            ),
          ),
    ),
    (state.hiddenKinds.length > 0 || state.election !== null || state.expanded.length > 0) &&
      h(
        'button',
        { type: 'button', id: 'reset-view', class: 'small-button', onClick: () => ctx.dispatch({ type: 'resetView' }) },
        'Reset filters',
      ),
  );
  if (state.mode !== 'table') return filters;
  // In the Table the rows are the content: the filters fold away so the keyboard reaches the rows
  // in one Tab, and stay open once opened (a rebuild after ticking a box must not close them).
  const hidden = state.hiddenKinds.length + (state.election === null ? 0 : 1);
  return h(
    'details',
    {
      class: 'filters-fold',
      id: 'table-filters',
      open: filtersOpen,
      onToggle: (event: Event) => {
        if (event.currentTarget instanceof HTMLDetailsElement) filtersOpen = event.currentTarget.open;
      },
    },
    h('summary', {}, hidden === 0 ? 'Filters: everything shown' : `Filters: ${hidden} active`),
    filters,
  );
}

/** Whether the Table's folded filters are open; kept across rebuilds of the sidebar. */
let filtersOpen = false;
