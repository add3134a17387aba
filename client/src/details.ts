// The side panel: what the document says about the selected node or edge, with every quote and its
// paragraph, and the relations of a node as buttons, so from any fact the reader is one click from
// the sentence behind it.
import type { GraphEdge, GraphNode } from './api.ts';
import { describeError, type AppContext } from './context.ts';
import { formatDate } from './dates.ts';
import { h, replace } from './dom.ts';
import { evidenceList } from './evidence.ts';
import { kindSwatch } from './legend.ts';
import type { Selection } from './state.ts';
import { relationWords } from './style.ts';
import './details.css';

export function renderDetails(panel: HTMLElement, selection: Selection, ctx: AppContext): void {
  panel.scrollTop = 0;
  replace(panel, detailsOf(selection, ctx));
}

function detailsOf(selection: Selection, ctx: AppContext): HTMLElement {
  if (!selection) return emptyDetails();
  if (selection.type === 'node') {
    const node = ctx.catalog.nodes.get(selection.id);
    return node ? nodeDetails(node, ctx) : missing(`No node has the id “${selection.id}”.`);
  }
  const edge = ctx.catalog.edges.get(selection.id);
  return edge ? edgeDetails(edge, ctx) : missing(`No relation has the id “${selection.id}”.`);
}

function emptyDetails(): HTMLElement {
  return h(
    'div',
    { class: 'empty-details' },
    h('h2', {}, 'Check the source'),
    h(
      'p',
      {},
      'Select a node or a relation to read what the document says about it: every fact comes with the exact quote and its paragraph number.',
    ),
    h(
      'ul',
      { class: 'tips' },
      h(
        'li',
        {},
        h('strong', {}, 'Who is connected to whom? '),
        'Click a node in the graph: its relations light up and are listed here. Double-click it to bring in its neighbours.',
      ),
      h('li', {}, h('strong', {}, 'Who attended which briefings? '), 'Open “Who attended”.'),
      h('li', {}, h('strong', {}, 'What happened after an incident? '), 'Open “Trace an incident”.'),
      h('li', {}, h('strong', {}, 'Keyboard: '), 'press / to search; the Table view lists every fact.'),
    ),
  );
}

function missing(message: string): HTMLElement {
  return h(
    'div',
    { class: 'empty-details' },
    h('p', { class: 'error' }, message),
    h('p', {}, 'The link may be from another version of the data.'),
  );
}

function nodeDetails(node: GraphNode, ctx: AppContext): HTMLElement {
  const relations = ctx.catalog.edgesOf(node.id);
  const facts: Array<[string, string]> = [];
  if (node.date) facts.push(['Date', formatDate(node.date)]);
  if (node.category) facts.push(['Category', node.category]);
  if (node.elections.length > 0) facts.push(['Election', node.elections.join(', ')]);
  // A curated property the node's own fields already show (category comes both ways) is listed once.
  const shown = new Set(facts.map(([k]) => k));
  for (const p of node.properties) {
    if (p.key !== 'negative' && !shown.has(humanKey(p.key))) facts.push([humanKey(p.key), propertyValue(p.key, p.value)]);
  }
  const state = ctx.state();
  const traceable = node.kind === 'Incident' || relations.some((e) => e.type === 'RESPONDED_WITH' && e.source === node.id);
  return h(
    'article',
    { class: 'node-details', 'aria-labelledby': 'details-title' },
    h(
      'p',
      { class: 'kind-line' },
      kindSwatch(node.kind, 14),
      h('span', {}, node.kind),
      node.negative && h('span', { class: 'negative-badge', title: 'A fact that something did not happen' }, '⊘ did not happen'),
      node.draft && draftBadge(),
    ),
    h('h2', { id: 'details-title', tabindex: '-1' }, node.name),
    node.aliases.length > 0 && h('p', { class: 'aliases' }, 'Also called ', node.aliases.map((a) => `“${a}”`).join(', ')),
    node.description && h('p', { class: 'description' }, node.description),
    facts.length > 0 && h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    h(
      'div',
      { class: 'node-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'small-button',
          onClick: () => ctx.dispatch({ type: 'expand', id: node.id, label: node.name }),
          disabled: state.expanded.includes(node.id),
        },
        'Show neighbours',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'small-button',
          onClick: () => ctx.dispatch({ type: 'path', from: node.id, to: state.pathTo === node.id ? null : state.pathTo }),
        },
        'Path from here',
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'small-button',
          onClick: () => ctx.dispatch({ type: 'path', from: state.pathFrom === node.id ? null : state.pathFrom, to: node.id }),
        },
        'Path to here',
      ),
      traceable &&
        h(
          'button',
          { type: 'button', class: 'small-button', onClick: () => ctx.dispatch({ type: 'incident', id: node.id }) },
          'Trace responses',
        ),
    ),
    nodeEvidence(node, ctx),
    relationList(node, relations, ctx),
  );
}

/**
 * The node's quotes. The graph brings the first few of each node (api.ts NODE_EVIDENCE_SHOWN); a
 * node cited more often offers the rest, fetched when asked for.
 */
function nodeEvidence(node: GraphNode, ctx: AppContext): HTMLElement {
  const total = node.evidenceCount ?? node.evidence.length;
  const list = evidenceList(node.evidence, ctx);
  if (total <= node.evidence.length) return list;
  const holder = h('div', {}, list);
  const more = h('button', { type: 'button', class: 'small-button show-all-evidence' }, `Show all ${total} quotes`);
  more.addEventListener('click', () => {
    more.setAttribute('disabled', '');
    more.textContent = 'Loading the quotes…';
    ctx.api.nodeEvidence(node.id).then(
      (evidence) => replace(holder, evidenceList(evidence ?? node.evidence, ctx)),
      (error: unknown) => {
        more.removeAttribute('disabled');
        more.textContent = `Show all ${total} quotes`;
        ctx.announce(`Could not load the quotes: ${describeError(error)}`, 'error');
      },
    );
  });
  holder.append(h('p', { class: 'muted small' }, `The first ${node.evidence.length} of ${total} quotes. `, more));
  return holder;
}

function relationList(node: GraphNode, relations: GraphEdge[], ctx: AppContext): HTMLElement {
  if (relations.length === 0)
    return h('section', { class: 'relations' }, h('h3', {}, 'Relations'), h('p', { class: 'muted' }, 'None recorded.'));
  // Outgoing first ("Azam Ishmael attended …"), then incoming ("… stated by Azam Ishmael"), by relation.
  const sorted = [...relations].sort(
    (a, b) =>
      Number(a.source !== node.id) - Number(b.source !== node.id) ||
      a.type.localeCompare(b.type) ||
      ctx.catalog.nodeName(other(a, node.id)).localeCompare(ctx.catalog.nodeName(other(b, node.id))),
  );
  return h(
    'section',
    { class: 'relations', 'aria-label': 'Relations' },
    h('h3', {}, 'Relations ', h('span', { class: 'count' }, `(${relations.length})`)),
    h(
      'ul',
      {},
      ...sorted.map((edge) => {
        const out = edge.source === node.id;
        const otherName = ctx.catalog.nodeName(other(edge, node.id));
        const words = edgeWords(edge);
        const which = relationQualifier(edge);
        const paragraphs = [...new Set(edge.evidence.map((e) => e.paragraph))].map((p) => `¶ ${p}`).join(', ');
        return h(
          'li',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'relation-button',
              'aria-label': `${out ? `${node.name} ${words} ${otherName}` : `${otherName} ${words} ${node.name}`}${which ? ` (${which})` : ''}: show the evidence`,
              onClick: () => ctx.dispatch({ type: 'select', selection: { type: 'edge', id: edge.id } }),
            },
            h('span', { class: 'rel-words' }, out ? `${words} →` : `← ${words}`),
            ' ',
            h('span', { class: 'rel-other' }, otherName, which && h('span', { class: 'rel-which' }, ` · ${which}`)),
            paragraphs && h('span', { class: 'rel-paras' }, paragraphs),
          ),
        );
      }),
    ),
  );
}

function other(edge: GraphEdge, id: string): string {
  return edge.source === id ? edge.target : edge.source;
}

function edgeDetails(edge: GraphEdge, ctx: AppContext): HTMLElement {
  const end = (id: string) =>
    h(
      'button',
      { type: 'button', class: 'link-button node-link', onClick: () => ctx.dispatch({ type: 'select', selection: { type: 'node', id } }) },
      ctx.catalog.nodes.get(id) ? kindSwatch(ctx.catalog.nodes.get(id)?.kind ?? '', 12) : null,
      ctx.catalog.nodeName(id),
    );
  const facts = edge.properties.map(
    (p) => [humanKey(p.key), p.key === 'by' ? ctx.catalog.nodeName(p.value) : propertyValue(p.key, p.value)] as const,
  );
  return h(
    'article',
    { class: 'edge-details', 'aria-labelledby': 'details-title' },
    h(
      'p',
      { class: 'kind-line' },
      h('span', {}, 'Relation'),
      h('code', {}, edge.type),
      edge.draft && draftBadge(),
      edge.negative && h('span', { class: 'negative-badge', title: 'A fact that something did not happen' }, '⊘ did not happen'),
    ),
    h(
      'h2',
      { id: 'details-title', class: 'edge-title', tabindex: '-1' },
      end(edge.source),
      h('span', { class: 'rel-words' }, edgeWords(edge)),
      end(edge.target),
    ),
    facts.length > 0 && h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
    evidenceList(edge.evidence, ctx, 'The source'),
  );
}

function draftBadge(): HTMLElement {
  return h(
    'span',
    { class: 'draft-badge', title: 'Proposed by npm run ingest and not yet reviewed (review: draft in its annotation file)' },
    'draft',
  );
}

/** `since` → "Since"; `order` → "Step". */
function humanKey(key: string): string {
  if (key === 'order') return 'Step';
  if (key === 'by') return 'By';
  return key.charAt(0).toUpperCase() + key.slice(1).replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Curated properties that hold dates of the graph's form, written as formatDate writes them. */
const DATE_PROPERTIES = new Set(['since', 'until', 'during', 'date']);

function propertyValue(key: string, value: string): string {
  return DATE_PROPERTIES.has(key) ? formatDate(value) : value;
}

/**
 * What tells two relations of one type between the same two nodes apart in a list: the role held
 * ("National Director, since 2017" beside "National Campaign Director, in 2021"), the step of a
 * response. Empty when the relation carries none of these.
 */
export function relationQualifier(edge: Pick<GraphEdge, 'properties'>): string {
  const value = (key: string) => edge.properties.find((p) => p.key === key)?.value;
  const role = value('role');
  const since = value('since');
  const during = value('during');
  const until = value('until');
  const order = value('order');
  return [
    role,
    since !== undefined && `since ${formatDate(since)}`,
    during !== undefined && `in ${formatDate(during)}`,
    until !== undefined && `until ${formatDate(until)}`,
    order !== undefined && `step ${order}`,
  ]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(', ');
}

/** A relation in words; one that did not happen ("did not attend") says so, as the graph's label does. */
function edgeWords(edge: GraphEdge): string {
  return edge.negative ? `⊘ not ${relationWords(edge.type)}` : relationWords(edge.type);
}
