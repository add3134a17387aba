// The graph as two tables, nodes and relations, each row with its evidence: the accessible
// alternative to the canvas (keyboard, screen readers, copying into notes). The filters apply here
// too, so the table always says what the graph shows. Both tables are one Tab stop (a roving
// tabindex over their rows): the arrows move between rows, Enter or Space opens a row's evidence.
// Each table downloads as CSV with exactly the rows and columns it shows.
import type { Evidence, GraphEdge, GraphNode } from '../api.ts';
import type { Catalog } from '../catalog.ts';
import type { AppContext } from '../context.ts';
import { csvOf, type CsvColumn } from '../csv.ts';
import { paragraphRef, type DocumentNaming } from '../document-label.ts';
import { h } from '../dom.ts';
import { exportCsv } from '../export.ts';
import { kindSwatch } from '../legend.ts';
import type { ViewState } from '../state.ts';
import { KIND_STYLES, relationWords } from '../style.ts';
import './table.css';

export interface NodeRow {
  id: string;
  name: string;
  kind: string;
  negative: boolean;
  elections: string;
  evidence: Evidence | null;
  moreEvidence: number;
}

export interface EdgeRow {
  id: string;
  from: string;
  relation: string;
  to: string;
  evidence: Evidence | null;
  moreEvidence: number;
}

/** The rows in the order the tables show them: nodes by kind (the legend's order), then name; relations by their ends. */
export function tableRows(
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  catalog: Pick<Catalog, 'nodeName'>,
): { nodes: NodeRow[]; edges: EdgeRow[] } {
  const order = Object.keys(KIND_STYLES);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  const nodeRows = [...nodes]
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.name.localeCompare(b.name))
    .map((n) => ({
      id: n.id,
      name: n.name,
      kind: n.kind,
      negative: n.negative,
      elections: n.elections.join(', '),
      evidence: n.evidence[0] ?? null,
      // evidenceCount, not evidence.length: the graph carries only the first few quotes of a node.
      moreEvidence: Math.max(0, n.evidenceCount - 1),
    }));
  const edgeRows = edges
    .map((e) => ({
      id: e.id,
      from: catalog.nodeName(e.source),
      relation: relationWords(e.type),
      type: e.type,
      to: catalog.nodeName(e.target),
      evidence: e.evidence[0] ?? null,
      moreEvidence: Math.max(0, e.evidence.length - 1),
    }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to))
    .map(({ type: _type, ...row }) => row);
  return { nodes: nodeRows, edges: edgeRows };
}

type Documents = ReadonlyMap<string, DocumentNaming>;

const evidenceColumns = <Row extends { evidence: Evidence | null; moreEvidence: number }>(documents: Documents): CsvColumn<Row>[] => [
  { header: 'Paragraph', value: (r) => (r.evidence ? paragraphRef(documents, r.evidence.document, r.evidence.paragraph).text : '') },
  { header: 'Quote', value: (r) => r.evidence?.quote ?? '' },
  { header: 'More quotes', value: (r) => r.moreEvidence },
];

/** The entities table as CSV: the columns shown, the first quote split into its ¶ and its words, and the id. */
export function nodesCsv(rows: readonly NodeRow[], documents: Documents): string {
  return csvOf<NodeRow>(
    [
      { header: 'Name', value: (r) => r.name },
      { header: 'Kind', value: (r) => r.kind },
      { header: 'Did not happen', value: (r) => (r.negative ? 'yes' : '') },
      { header: 'Election', value: (r) => r.elections },
      ...evidenceColumns<NodeRow>(documents),
      { header: 'Id', value: (r) => r.id },
    ],
    rows,
  );
}

/** The relations table as CSV, as nodesCsv. */
export function edgesCsv(rows: readonly EdgeRow[], documents: Documents): string {
  return csvOf<EdgeRow>(
    [
      { header: 'From', value: (r) => r.from },
      { header: 'Relation', value: (r) => r.relation },
      { header: 'To', value: (r) => r.to },
      ...evidenceColumns<EdgeRow>(documents),
      { header: 'Id', value: (r) => r.id },
    ],
    rows,
  );
}

/** Where a key moves the row focus, from row `at` of `count`; null for a key that does not move it. */
export function rowMove(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.min(count - 1, Math.max(0, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(at + 1);
    case 'ArrowUp':
      return clamp(at - 1);
    case 'PageDown':
      return clamp(at + 10);
    case 'PageUp':
      return clamp(at - 10);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

export function renderTable(nodes: readonly GraphNode[], edges: readonly GraphEdge[], state: ViewState, ctx: AppContext): HTMLElement {
  const rows = tableRows(nodes, edges, ctx.catalog);
  const selected = state.selection;
  const isSelected = (type: 'node' | 'edge', id: string) => selected?.type === type && selected.id === id;
  const evidenceCell = (evidence: Evidence | null, more: number) => {
    if (!evidence) return h('span', { class: 'muted' }, 'none');
    const ref = paragraphRef(ctx.documents, evidence.document, evidence.paragraph);
    return h(
      'span',
      {},
      h('span', { class: 'para-no', title: ref.title }, `${ref.text} `),
      h('q', {}, evidence.quote),
      more > 0 && h('span', { class: 'muted small' }, ` +${more} more`),
    );
  };
  // The row that holds the Tab stop: the selected one, else the first.
  const selectedKey = selected ? `${selected.type}:${selected.id}` : null;
  const allKeys = [...rows.nodes.map((r) => `node:${r.id}`), ...rows.edges.map((r) => `edge:${r.id}`)];
  const tabKey = selectedKey !== null && allKeys.includes(selectedKey) ? selectedKey : allKeys[0];
  const row = (type: 'node' | 'edge', id: string, label: string, ...cells: HTMLElement[]) =>
    h(
      'tr',
      {
        id: `row-${type}-${id}`,
        class: `data-row${isSelected(type, id) ? ' selected' : ''}`,
        'data-id': id,
        'data-type': type,
        tabindex: tabKey === `${type}:${id}` ? '0' : '-1',
        'aria-current': isSelected(type, id) ? 'true' : null,
        'aria-label': label,
        'aria-describedby': 'table-keys',
        onClick: () => ctx.dispatch({ type: 'select', selection: { type, id } }),
      },
      ...cells,
    );
  const download = (id: string, what: string, csv: () => string, name: string) =>
    h(
      'button',
      {
        type: 'button',
        id,
        class: 'small-button',
        'aria-label': `Download the ${what} shown as CSV`,
        onClick: () => exportCsv(csv(), name),
      },
      'CSV',
    );
  const holder = h(
    'div',
    { class: 'tables', onKeydown: (event: Event) => onKeydown(event, holder, ctx) },
    h(
      'p',
      { class: 'muted small', id: 'table-keys' },
      'One Tab stop: ↑ and ↓ move between rows (Home, End, Page Up, Page Down too), Enter shows the evidence.',
    ),
    h(
      'section',
      { 'aria-labelledby': 'nodes-heading' },
      h(
        'div',
        { class: 'table-heading' },
        h('h2', { id: 'nodes-heading' }, `Entities, events and claims (${rows.nodes.length})`),
        download('table-csv-nodes', 'entities', () => nodesCsv(rows.nodes, ctx.documents), 'testimony-graph-entities'),
      ),
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
          ...rows.nodes.map((n) =>
            row(
              'node',
              n.id,
              `${n.negative ? 'Did not happen: ' : ''}${n.name}, ${n.kind}`,
              h('th', { scope: 'row' }, n.negative ? `⊘ ${n.name}` : n.name),
              h('td', { class: 'kind-cell' }, kindSwatch(n.kind, 12, n.negative), ` ${n.kind}`),
              h('td', {}, n.elections),
              h('td', { class: 'quote-cell' }, evidenceCell(n.evidence, n.moreEvidence)),
            ),
          ),
        ),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'edges-heading' },
      h(
        'div',
        { class: 'table-heading' },
        h('h2', { id: 'edges-heading' }, `Relations (${rows.edges.length})`),
        download('table-csv-edges', 'relations', () => edgesCsv(rows.edges, ctx.documents), 'testimony-graph-relations'),
      ),
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
          ...rows.edges.map((e) =>
            row(
              'edge',
              e.id,
              `${e.from} ${e.relation} ${e.to}`,
              h('td', {}, e.from),
              h('th', { scope: 'row' }, e.relation),
              h('td', {}, e.to),
              h('td', { class: 'quote-cell' }, evidenceCell(e.evidence, e.moreEvidence)),
            ),
          ),
        ),
      ),
    ),
  );
  return holder;
}

function onKeydown(event: Event, holder: HTMLElement, ctx: AppContext): void {
  if (!(event instanceof KeyboardEvent) || !(event.target instanceof HTMLTableRowElement)) return;
  const current = event.target;
  const rows = [...holder.querySelectorAll<HTMLTableRowElement>('tr.data-row')];
  const at = rows.indexOf(current);
  if (at < 0) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    const type = current.dataset['type'];
    const id = current.dataset['id'];
    if ((type === 'node' || type === 'edge') && id !== undefined) ctx.dispatch({ type: 'select', selection: { type, id } });
    return;
  }
  const next = rows[rowMove(event.key, at, rows.length) ?? -1];
  if (!next) return;
  event.preventDefault(); // the arrows move the focus, not the page
  current.tabIndex = -1;
  next.tabIndex = 0;
  next.focus();
}
