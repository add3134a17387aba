// "Who attended which briefings": a people × events matrix built from `attendance` and
// `briefings`. Each ✓ is a button that selects the ATTENDED relation in the graph, so its quote and
// paragraph show in the details panel. A list under the matrix says the same in sentences.
import type { Attendance, Briefing } from '../api.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { pending, Resources } from '../resource.ts';
import type { ViewState } from '../state.ts';
import './briefings.css';

export interface BriefingData {
  briefings: Briefing[];
  attendance: Attendance[];
}

export interface Matrix {
  people: Array<{ id: string; name: string }>;
  events: Array<{ id: string; name: string; kind: string; election: number | null; date: string | null }>;
  /** `${person}|${event}` → the attendance record */
  cells: Map<string, Attendance>;
}

/**
 * Rows: everyone who attended something in the chosen election; columns: briefings first (by
 * year), then meetings. Without an election filter, everything.
 */
export function buildMatrix(data: BriefingData, election: number | null): Matrix {
  const rows = data.attendance.filter((a) => election === null || a.election === election);
  const events = new Map<string, Matrix['events'][number]>();
  for (const b of data.briefings) {
    if (election === null || b.election === election)
      events.set(b.id, { id: b.id, name: b.name, kind: 'Briefing', election: b.election, date: b.date });
  }
  for (const a of rows) {
    if (!events.has(a.event.id))
      events.set(a.event.id, { id: a.event.id, name: a.event.name, kind: a.event.kind, election: a.election, date: a.event.date });
  }
  const people = new Map<string, { id: string; name: string }>();
  for (const a of rows) people.set(a.person.id, { id: a.person.id, name: a.person.name });
  const kindRank = (kind: string) => (kind === 'Briefing' ? 0 : 1);
  return {
    people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)),
    events: [...events.values()].sort(
      (a, b) => kindRank(a.kind) - kindRank(b.kind) || (a.election ?? 0) - (b.election ?? 0) || a.name.localeCompare(b.name),
    ),
    cells: new Map(rows.map((a) => [`${a.person.id}|${a.event.id}`, a])),
  };
}

export class BriefingsView {
  private readonly data: Resources<BriefingData>;

  constructor(
    private readonly ctx: AppContext,
    refresh: () => void,
  ) {
    this.data = new Resources(() => ctx.api.briefings(), refresh);
  }

  /** The sidebar of the briefings view. */
  render(state: ViewState): HTMLElement {
    const holder = h(
      'div',
      { class: 'briefings' },
      h('h2', {}, 'Who attended which briefings'),
      h(
        'p',
        { class: 'lead' },
        'Each ✓ is a fact from the document: activate it to read the quote that says so, and see the relation in the graph.',
      ),
    );
    const result = this.data.get('all');
    const waiting = pending(result, 'the briefings', () => this.data.retry('all'));
    if (waiting || result.status !== 'ok') {
      holder.append(waiting ?? '');
      return holder;
    }
    const data = result.value;
    const years = [...new Set(data.attendance.map((a) => a.election).filter((y): y is number => y !== null))].sort();
    const election = state.election !== null && years.includes(state.election) ? state.election : null;
    const matrix = buildMatrix(data, election);
    holder.append(
      electionPicker(years, election, this.ctx),
      state.election !== null && election === null
        ? h('p', { class: 'muted small' }, `No attendance is recorded for ${state.election}; showing every year.`)
        : '',
      matrix.people.length === 0 ? h('p', { class: 'muted' }, 'No attendance recorded.') : matrixTable(matrix, state, this.ctx),
      briefingList(
        data.briefings.filter((b) => election === null || b.election === election),
        this.ctx,
      ),
    );
    return holder;
  }
}

function electionPicker(years: number[], election: number | null, ctx: AppContext): HTMLElement {
  const option = (year: number | null) =>
    h(
      'label',
      { class: 'pill' },
      h('input', {
        type: 'radio',
        name: 'briefing-election',
        id: `briefing-election-${year ?? 'all'}`,
        checked: election === year,
        onChange: () => ctx.dispatch({ type: 'election', election: year }),
      }),
      h('span', {}, year === null ? 'All years' : String(year)),
    );
  return h(
    'fieldset',
    { class: 'inline-fieldset' },
    h('legend', { class: 'visually-hidden' }, 'Election'),
    h('div', { class: 'pills' }, option(null), ...years.map(option)),
  );
}

function matrixTable(matrix: Matrix, state: ViewState, ctx: AppContext): HTMLElement {
  const selectedEdge = state.selection?.type === 'edge' ? state.selection.id : null;
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', class: 'corner' }, 'Person'),
    ...matrix.events.map((e) =>
      h(
        'th',
        { scope: 'col' },
        h(
          'button',
          {
            type: 'button',
            class: 'link-button col-head',
            onClick: () => ctx.dispatch({ type: 'select', selection: { type: 'node', id: e.id } }),
          },
          e.name,
        ),
        h('span', { class: 'col-meta' }, [e.kind, e.election ?? e.date].filter((x) => x !== null && x !== '').join(' · ')),
      ),
    ),
  );
  const rows = matrix.people.map((p) =>
    h(
      'tr',
      {},
      h(
        'th',
        { scope: 'row' },
        h(
          'button',
          { type: 'button', class: 'link-button', onClick: () => ctx.dispatch({ type: 'select', selection: { type: 'node', id: p.id } }) },
          p.name,
        ),
      ),
      ...matrix.events.map((e) => {
        const cell = matrix.cells.get(`${p.id}|${e.id}`);
        if (!cell) return h('td', { class: 'absent' }, h('span', { 'aria-label': `No record that ${p.name} attended ${e.name}` }, '—'));
        const edge = ctx.catalog.findEdge('ATTENDED', p.id, e.id);
        const paragraphs = [...new Set(cell.evidence.map((x) => x.paragraph))];
        const pressed = edge !== undefined && edge.id === selectedEdge;
        return h(
          'td',
          { class: pressed ? 'present selected' : 'present' },
          h(
            'button',
            {
              type: 'button',
              class: 'cell-button',
              'aria-pressed': pressed ? 'true' : 'false',
              'aria-label': `${p.name} attended ${e.name}: show the evidence (paragraph ${paragraphs.join(', ')})`,
              'data-edge': edge?.id ?? '',
              onClick: () =>
                ctx.dispatch(
                  edge
                    ? { type: 'select', selection: { type: 'edge', id: edge.id } }
                    : { type: 'select', selection: { type: 'node', id: e.id } },
                ),
            },
            h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓'),
            h('span', { class: 'cell-paras', 'aria-hidden': 'true' }, `¶ ${paragraphs.join(', ')}`),
          ),
        );
      }),
    ),
  );
  return h(
    'div',
    { class: 'matrix-scroll' },
    h(
      'table',
      { class: 'matrix' },
      h('caption', { class: 'visually-hidden' }, 'People (rows) and the briefings and meetings they attended (columns)'),
      h('thead', {}, head),
      h('tbody', {}, ...rows),
    ),
  );
}

function briefingList(briefings: Briefing[], ctx: AppContext): HTMLElement {
  return h(
    'section',
    { class: 'briefing-list', 'aria-label': 'Briefings' },
    h('h3', {}, 'The briefings'),
    ...briefings.map((b) =>
      h(
        'article',
        { class: 'briefing', 'data-briefing': b.id },
        h(
          'h4',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link-button',
              onClick: () => ctx.dispatch({ type: 'select', selection: { type: 'node', id: b.id } }),
            },
            b.name,
          ),
        ),
        h(
          'p',
          { class: 'muted small' },
          [b.election !== null ? `${b.election} election` : b.date, b.organizer ? `organized by ${b.organizer.name}` : null]
            .filter(Boolean)
            .join(' · '),
        ),
        h(
          'p',
          { class: 'attendees' },
          h('span', { class: 'label' }, 'Attendees: '),
          b.attendees.length === 0 ? 'none recorded' : b.attendees.map((a) => a.person.name).join(', '),
        ),
      ),
    ),
  );
}
