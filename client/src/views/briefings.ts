// "Who attended which briefings": a people × events matrix built from `attendance` and
// `briefings`, with the party or organization each person represented. Each ✓ is a button that
// selects the ATTENDED relation in the graph, so its quote shows in the details panel; a recorded
// absence ("did not attend") is a ⊘ with its quote, never a ✓; "—" means no record either way. A
// key says so above the matrix, the absences are listed with their quotes under it, and the matrix
// downloads as CSV. The chosen document (the header's picker) asks only for its rows.
import type { Attendance, Briefing, Evidence, NodeRef } from '../api.ts';
import type { Catalog } from '../catalog.ts';
import type { AppContext } from '../context.ts';
import { csvOf, type CsvColumn } from '../csv.ts';
import { type DocumentNaming, paragraphRef } from '../document-label.ts';
import { h } from '../dom.ts';
import { exportCsv, exportsOwnJson } from '../export.ts';
import { pending, Resources } from '../resource.ts';
import type { ViewState } from '../state.ts';
import { encodeState } from '../url.ts';
import './briefings.css';

export interface BriefingData {
  briefings: Briefing[];
  attendance: Attendance[];
}

export interface MatrixEvent {
  id: string;
  name: string;
  kind: string;
  election: number | null;
  date: string | null;
}

export interface Matrix {
  /** With the organizations each represented, by name */
  people: Array<{ id: string; name: string; representing: NodeRef[] }>;
  events: MatrixEvent[];
  /** `${person}|${event}` → the attendance records (an attendance and an absence both, when documents disagree) */
  cells: Map<string, Attendance[]>;
}

/**
 * Rows: everyone with an attendance or absence in the chosen election; columns: briefings first (by
 * year), then meetings. Without an election filter, everything.
 */
export function buildMatrix(data: BriefingData, election: number | null): Matrix {
  const rows = data.attendance.filter((a) => election === null || a.election === election);
  const events = new Map<string, MatrixEvent>();
  for (const b of data.briefings) {
    if (election === null || b.election === election)
      events.set(b.id, { id: b.id, name: b.name, kind: 'Briefing', election: b.election, date: b.date });
  }
  for (const a of rows) {
    if (!events.has(a.event.id))
      events.set(a.event.id, { id: a.event.id, name: a.event.name, kind: a.event.kind, election: a.election, date: a.event.date });
  }
  const people = new Map<string, Matrix['people'][number]>();
  for (const a of rows) {
    const person = people.get(a.person.id) ?? { id: a.person.id, name: a.person.name, representing: [] };
    for (const org of a.representing) if (!person.representing.some((o) => o.id === org.id)) person.representing.push(org);
    people.set(a.person.id, person);
  }
  const cells = new Map<string, Attendance[]>();
  for (const a of rows) {
    const key = `${a.person.id}|${a.event.id}`;
    cells.set(key, [...(cells.get(key) ?? []), a]);
  }
  const kindRank = (kind: string) => (kind === 'Briefing' ? 0 : 1);
  for (const p of people.values()) p.representing.sort((a, b) => a.name.localeCompare(b.name));
  return {
    // By party, then by name: a party's people read together.
    people: [...people.values()].sort(
      (a, b) => (a.representing[0]?.name ?? '\uffff').localeCompare(b.representing[0]?.name ?? '\uffff') || a.name.localeCompare(b.name),
    ),
    events: [...events.values()].sort(
      (a, b) => kindRank(a.kind) - kindRank(b.kind) || (a.election ?? 0) - (b.election ?? 0) || a.name.localeCompare(b.name),
    ),
    cells,
  };
}

/** "Ishmael ¶13, 14 · Valdemar ¶3": each document once, its paragraphs in order; the full titles for the hover text. */
export function evidenceRefs(
  evidence: readonly Evidence[],
  documents: ReadonlyMap<string, DocumentNaming>,
): { text: string; title: string } {
  const byDocument = new Map<string, number[]>();
  for (const e of evidence) {
    const paragraphs = byDocument.get(e.document) ?? [];
    if (!paragraphs.includes(e.paragraph)) paragraphs.push(e.paragraph);
    byDocument.set(e.document, paragraphs);
  }
  const parts = [...byDocument].map(([document, paragraphs]) => {
    const sorted = [...paragraphs].sort((a, b) => a - b);
    const first = paragraphRef(documents, document, sorted[0] ?? 0);
    const rest = sorted.slice(1).map((p) => `, ${p}`);
    const title = documents.get(document)?.title ?? document;
    return { text: `${first.text}${rest.join('')}`, title: `${title}, paragraph${sorted.length > 1 ? 's' : ''} ${sorted.join(', ')}` };
  });
  return { text: parts.map((p) => p.text).join(' · '), title: parts.map((p) => p.title).join('; ') };
}

/** What a cell says in words: the same in the CSV, the cell's label and the list of absences. */
export function cellWords(records: readonly Attendance[] | undefined, documents: ReadonlyMap<string, DocumentNaming>): string {
  if (!records || records.length === 0) return 'no record';
  return records.map((r) => `${r.negative ? 'did not attend' : 'attended'} (${evidenceRefs(r.evidence, documents).text})`).join('; ');
}

/** The matrix as a CSV table: one row per person, their organizations, then one column per event. */
export function matrixCsv(matrix: Matrix, documents: ReadonlyMap<string, DocumentNaming>): string {
  type Row = Matrix['people'][number];
  const columns: CsvColumn<Row>[] = [
    { header: 'Person', value: (p) => p.name },
    { header: 'Party or organization', value: (p) => p.representing.map((o) => o.name).join('; ') },
    ...matrix.events.map((e) => ({ header: e.name, value: (p: Row) => cellWords(matrix.cells.get(`${p.id}|${e.id}`), documents) })),
  ];
  return csvOf(columns, matrix.people);
}

/** The ATTENDED relation of the graph a record stands for: the absence's own (negative) edge for an absence. */
function attendedEdge(catalog: Catalog, record: Attendance) {
  return catalog
    .edgesOf(record.person.id)
    .find((e) => e.type === 'ATTENDED' && e.source === record.person.id && e.target === record.event.id && e.negative === record.negative);
}

export class BriefingsView {
  private readonly data: Resources<BriefingData>;

  constructor(
    private readonly ctx: AppContext,
    refresh: () => void,
  ) {
    // Keyed by the chosen document ('' for every document).
    this.data = new Resources((document) => ctx.api.briefings(document === '' ? null : document), refresh);
    exportsOwnJson('briefings', (state) => this.exportData(state));
  }

  /** The header's JSON export from this view: the briefings and attendance rows of the table shown, not the graph. */
  exportData(
    state: ViewState,
  ): { exportedFrom: string; view: string; election: number | null; briefings: Briefing[]; attendance: Attendance[] } | null {
    const result = this.data.get(state.document ?? '');
    if (result.status !== 'ok') return null;
    const { briefings, attendance } = result.value;
    const years = new Set(attendance.map((a) => a.election));
    // As render(): an election with no attendance recorded shows every year.
    const election = state.election !== null && years.has(state.election) ? state.election : null;
    return {
      exportedFrom: location.href,
      view: encodeState(state),
      election,
      briefings: briefings.filter((b) => election === null || b.election === election),
      attendance: attendance.filter((a) => election === null || a.election === election),
    };
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
        'Each mark is a fact from a document: activate it to read the quote that says so, and see it in the graph.',
      ),
    );
    const key = state.document ?? '';
    const result = this.data.get(key);
    const waiting = pending(result, 'the briefings', () => this.data.retry(key));
    if (waiting || result.status !== 'ok') {
      holder.append(waiting ?? '');
      return holder;
    }
    const data = result.value;
    const years = [...new Set(data.attendance.map((a) => a.election).filter((y): y is number => y !== null))].sort();
    const election = state.election !== null && years.includes(state.election) ? state.election : null;
    const matrix = buildMatrix(data, election);
    const documents = this.ctx.documents;
    const absences = [...matrix.cells.values()].flat().filter((a) => a.negative);
    holder.append(
      electionPicker(years, election, this.ctx),
      state.election !== null && election === null
        ? h('p', { class: 'muted small' }, `No attendance is recorded for ${state.election}; showing every year.`)
        : '',
      matrixKey(),
      matrix.people.length === 0 ? h('p', { class: 'muted' }, 'No attendance recorded.') : matrixTable(matrix, state, this.ctx),
      matrix.people.length === 0
        ? ''
        : h(
            'button',
            {
              type: 'button',
              id: 'briefings-csv',
              class: 'small-button',
              onClick: () => exportCsv(matrixCsv(matrix, documents), `who-attended${election === null ? '' : `-${election}`}`),
            },
            'Download this table (CSV)',
          ),
      absences.length > 0 ? absenceList(absences, this.ctx) : '',
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

/** The key: what ✓, ⊘ and — mean, so "—" never reads as "did not attend". */
function matrixKey(): HTMLElement {
  return h(
    'ul',
    { class: 'matrix-key', 'aria-label': 'Key to the marks' },
    h('li', {}, h('span', { class: 'key-mark present-mark', 'aria-hidden': 'true' }, '✓'), ' attended: a document says so'),
    h('li', {}, h('span', { class: 'key-mark absent-mark', 'aria-hidden': 'true' }, '⊘'), ' did not attend: a document says so'),
    h('li', {}, h('span', { class: 'key-mark none-mark', 'aria-hidden': 'true' }, '—'), ' no record either way'),
  );
}

function matrixTable(matrix: Matrix, state: ViewState, ctx: AppContext): HTMLElement {
  const selectedEdge = state.selection?.type === 'edge' ? state.selection.id : null;
  const select = (type: 'node' | 'edge', id: string) => () => ctx.dispatch({ type: 'select', selection: { type, id } });
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', class: 'corner' }, 'Person'),
    h('th', { scope: 'col', class: 'corner' }, 'Party or organization'),
    ...matrix.events.map((e) =>
      h(
        'th',
        { scope: 'col' },
        h('button', { type: 'button', class: 'link-button col-head', onClick: select('node', e.id) }, e.name),
        h('span', { class: 'col-meta' }, [e.kind, e.election ?? e.date].filter((x) => x !== null && x !== '').join(' · ')),
      ),
    ),
  );
  const rows = matrix.people.map((p) =>
    h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('button', { type: 'button', class: 'link-button', onClick: select('node', p.id) }, p.name)),
      h(
        'td',
        { class: 'org-cell' },
        p.representing.length === 0
          ? h('span', { class: 'muted', 'aria-label': 'none recorded' }, '—')
          : h(
              'span',
              {},
              ...p.representing.flatMap((o, i) => [
                i > 0 ? ', ' : '',
                h('button', { type: 'button', class: 'link-button', onClick: select('node', o.id) }, o.name),
              ]),
            ),
      ),
      ...matrix.events.map((e) => {
        const records = matrix.cells.get(`${p.id}|${e.id}`) ?? [];
        if (records.length === 0)
          return h('td', { class: 'no-record' }, h('span', { 'aria-label': `No record whether ${p.name} attended ${e.name}` }, '—'));
        const cell = h('td', { class: records.some((r) => r.negative) ? 'absent' : 'present' });
        for (const record of records) {
          const edge = attendedEdge(ctx.catalog, record);
          const refs = evidenceRefs(record.evidence, ctx.documents);
          const pressed = edge !== undefined && edge.id === selectedEdge;
          if (pressed) cell.classList.add('selected');
          const quote = record.evidence[0]?.quote;
          cell.append(
            h(
              'button',
              {
                type: 'button',
                class: record.negative ? 'cell-button absence' : 'cell-button',
                'aria-pressed': pressed ? 'true' : 'false',
                'aria-label': `${p.name} ${record.negative ? 'did not attend' : 'attended'} ${e.name}: show the evidence (${refs.text})`,
                title: quote ? `“${quote}” (${refs.title})` : refs.title,
                'data-edge': edge?.id ?? '',
                onClick: edge ? select('edge', edge.id) : select('node', e.id),
              },
              h('span', { class: 'tick', 'aria-hidden': 'true' }, record.negative ? '⊘' : '✓'),
              record.negative && h('span', { class: 'cell-words', 'aria-hidden': 'true' }, 'did not attend'),
              h('span', { class: 'cell-paras', 'aria-hidden': 'true' }, refs.text),
            ),
          );
        }
        return cell;
      }),
    ),
  );
  return h(
    'div',
    { class: 'matrix-scroll' },
    h(
      'table',
      { class: 'matrix', id: 'attendance-matrix' },
      h(
        'caption',
        { class: 'visually-hidden' },
        'People (rows), the party or organization each represented, and the briefings and meetings they attended',
      ),
      h('thead', {}, head),
      h('tbody', {}, ...rows),
    ),
  );
}

/** Every recorded absence, with the words that record it. */
function absenceList(absences: readonly Attendance[], ctx: AppContext): HTMLElement {
  return h(
    'section',
    { class: 'absence-list', 'aria-label': 'Recorded absences' },
    h('h3', {}, 'Recorded absences'),
    h(
      'ul',
      {},
      ...absences.map((a) => {
        const edge = attendedEdge(ctx.catalog, a);
        return h(
          'li',
          { class: 'absence-item' },
          h('span', { class: 'absence-mark', 'aria-hidden': 'true' }, '⊘ '),
          h('strong', {}, a.person.name),
          ` did not attend ${a.event.name}`,
          ...a.evidence.map((e) => {
            const ref = paragraphRef(ctx.documents, e.document, e.paragraph);
            return h(
              'blockquote',
              {},
              `“${e.quote}” `,
              h(
                'button',
                {
                  type: 'button',
                  class: 'link-button para-ref',
                  title: ref.title,
                  onClick: () =>
                    ctx.dispatch({ type: 'select', selection: edge ? { type: 'edge', id: edge.id } : { type: 'node', id: a.event.id } }),
                },
                ref.text,
              ),
            );
          }),
        );
      }),
    ),
  );
}

function briefingList(briefings: Briefing[], ctx: AppContext): HTMLElement {
  return h(
    'section',
    { class: 'briefing-list', 'aria-label': 'Briefings' },
    h('h3', {}, 'The briefings'),
    ...briefings.map((b) => {
      const present = b.attendees.filter((a) => !a.negative);
      const absent = b.attendees.filter((a) => a.negative);
      return h(
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
          present.length === 0 ? 'none recorded' : present.map((a) => a.person.name).join(', '),
        ),
        absent.length > 0 &&
          h('p', { class: 'attendees' }, h('span', { class: 'label' }, 'Did not attend: '), absent.map((a) => a.person.name).join(', ')),
      );
    }),
  );
}
