// "Timeline": the dated events of the corpus (elections, briefings, meetings, interviews,
// incidents, responses…) in date order, each drawn with the precision its date has: a year or a
// month is a band, a day a point, an interval a bar, on one time axis for all rows. Filtered by
// the chosen document (the header's picker, repeated here) and election; selecting an event
// selects it in the graph. One Tab stop: the arrow keys, Home and End move between events.
import type { TimelineEvent } from '../api.ts';
import type { AppContext } from '../context.ts';
import { formatDate } from '../dates.ts';
import { documentShortName } from '../document-label.ts';
import { h, svg } from '../dom.ts';
import { pending, Resources } from '../resource.ts';
import type { ViewState } from '../state.ts';
import './timeline.css';

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO day ("2021-09-20"); throws on anything else, naming it. */
export function dayNumber(day: string): number {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`the timeline has a date that is not an ISO day (YYYY-MM-DD): "${day}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

/** The axis: from 1 January of the first year any event can fall in to 31 December of the last. */
export interface Axis {
  first: number;
  last: number;
  /** The first day of each year on the axis, with its year */
  years: Array<{ year: number; day: number }>;
}

export function timeAxis(events: readonly Pick<TimelineEvent, 'start' | 'end'>[]): Axis | null {
  if (events.length === 0) return null;
  const years = events.flatMap((e) => [Number(e.start.slice(0, 4)), Number(e.end.slice(0, 4))]);
  const from = Math.min(...years);
  const to = Math.max(...years);
  return {
    first: dayNumber(`${from}-01-01`),
    last: dayNumber(`${to}-12-31`),
    years: Array.from({ length: to - from + 1 }, (_, i) => ({ year: from + i, day: dayNumber(`${from + i}-01-01`) })),
  };
}

/** Where an event is drawn on the axis, in per cent of its width, and as what. */
export interface Mark {
  shape: 'band' | 'point' | 'bar';
  /** Left edge (a point: its centre), 0–100 */
  x: number;
  /** 0 for a point */
  width: number;
}

export function markOf(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>, axis: Axis): Mark {
  // The last day counts whole: a year band runs to the end of 31 December.
  const span = axis.last + 1 - axis.first;
  const start = ((dayNumber(event.start) - axis.first) / span) * 100;
  const end = ((dayNumber(event.end) + 1 - axis.first) / span) * 100;
  if (event.precision === 'DAY') return { shape: 'point', x: start + (end - start) / 2, width: 0 };
  return { shape: event.precision === 'INTERVAL' ? 'bar' : 'band', x: start, width: end - start };
}

const PRECISION_WORDS: Record<TimelineEvent['precision'], string> = {
  YEAR: 'the year only',
  MONTH: 'the month only',
  DAY: 'the day',
  INTERVAL: 'a span',
};

const keyOf = (document: string | null, election: number | null) => `${document ?? ''}\n${election ?? ''}`;

export class TimelineView {
  private readonly events: Resources<TimelineEvent[]>;

  constructor(
    private readonly ctx: AppContext,
    refresh: () => void,
  ) {
    this.events = new Resources((key) => {
      const [document = '', election = ''] = key.split('\n');
      return ctx.api.timeline(document === '' ? null : document, election === '' ? null : Number(election));
    }, refresh);
  }

  render(state: ViewState): HTMLElement {
    const holder = h(
      'div',
      { class: 'timeline' },
      h('h2', {}, 'Timeline'),
      h('p', { class: 'lead' }, 'Dated events across the documents, in order. A year is a band, a day a point, a span a bar.'),
      this.filters(state),
      legend(),
    );
    const key = keyOf(state.document, state.election);
    const result = this.events.get(key);
    const waiting = pending(result, 'the timeline', () => this.events.retry(key));
    if (waiting || result.status !== 'ok') {
      holder.append(waiting ?? '');
      return holder;
    }
    const events = result.value;
    const axis = timeAxis(events);
    if (!axis) {
      holder.append(h('p', { class: 'muted' }, 'No dated event is recorded here.'));
      return holder;
    }
    holder.append(axisRow(axis), this.list(events, axis, state));
    return holder;
  }

  private filters(state: ViewState): HTMLElement {
    const docs = [...this.ctx.documents.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const years = this.ctx.catalog.elections();
    const documentSelect = h(
      'select',
      {
        id: 'timeline-document',
        onChange: (event: Event) => {
          const target = event.target;
          if (target instanceof HTMLSelectElement) this.ctx.dispatch({ type: 'document', document: target.value || null });
        },
      },
      h('option', { value: '', selected: state.document === null }, 'All documents'),
      ...docs.map((d) => h('option', { value: d.id, title: d.title, selected: state.document === d.id }, documentShortName(d))),
    );
    const electionSelect = h(
      'select',
      {
        id: 'timeline-election',
        onChange: (event: Event) => {
          const target = event.target;
          if (target instanceof HTMLSelectElement)
            this.ctx.dispatch({ type: 'election', election: target.value === '' ? null : Number(target.value) });
        },
      },
      h('option', { value: '', selected: state.election === null }, 'All elections'),
      ...years.map((y) => h('option', { value: String(y), selected: state.election === y }, `${y} election`)),
    );
    return h(
      'div',
      { class: 'timeline-filters' },
      h('label', { for: 'timeline-document' }, 'Document'),
      documentSelect,
      h('label', { for: 'timeline-election' }, 'Election'),
      electionSelect,
    );
  }

  private list(events: readonly TimelineEvent[], axis: Axis, state: ViewState): HTMLElement {
    const selected = state.selection?.type === 'node' ? state.selection.id : null;
    // The one Tab stop: the selected event, or the first.
    const focusable = events.some((e) => e.node.id === selected) ? selected : events[0]?.node.id;
    const list = h('ol', { class: 'timeline-rows', id: 'timeline-rows', 'aria-label': 'Dated events, earliest first' });
    let year = '';
    for (const event of events) {
      const startYear = event.start.slice(0, 4);
      if (startYear !== year) {
        year = startYear;
        list.append(h('li', { class: 'timeline-year', 'aria-hidden': 'true' }, startYear));
      }
      const mark = markOf(event, axis);
      const words = formatDate(event.date);
      const docs = event.documents.map((d) => {
        const doc = this.ctx.documents.get(d);
        return doc ? documentShortName(doc) : d;
      });
      const isSelected = event.node.id === selected;
      list.append(
        h(
          'li',
          { class: 'timeline-row' },
          h(
            'button',
            {
              type: 'button',
              class: ['timeline-event', event.node.negative ? 'negative' : '', isSelected ? 'selected' : ''].filter(Boolean).join(' '),
              'data-node': event.node.id,
              'data-precision': event.precision,
              'aria-pressed': isSelected ? 'true' : 'false',
              tabindex: event.node.id === focusable ? 0 : -1,
              title: `${event.node.name}: ${words} (written ${event.date}; the date gives ${PRECISION_WORDS[event.precision]})`,
              onClick: () => this.ctx.dispatch({ type: 'select', selection: { type: 'node', id: event.node.id } }),
              onKeydown: (e: Event) => moveFocus(e, list),
            },
            h(
              'span',
              { class: 'event-text' },
              h('span', { class: 'event-name' }, `${event.node.negative ? '⊘ ' : ''}${event.node.name}`),
              h('span', { class: 'event-meta' }, [words, event.node.kind, docs.join(', ')].filter((x) => x !== '').join(' · ')),
            ),
            track(mark, axis, event.precision),
          ),
        ),
      );
    }
    return list;
  }
}

/** Up and Down (Left and Right too), Home and End move the focus between events; Enter or Space selects. */
function moveFocus(event: Event, list: HTMLElement): void {
  if (!(event instanceof KeyboardEvent) || !(event.target instanceof HTMLButtonElement)) return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.timeline-event')];
  const at = buttons.indexOf(event.target);
  if (at === -1) return;
  const to: Record<string, number> = {
    ArrowDown: Math.min(at + 1, buttons.length - 1),
    ArrowRight: Math.min(at + 1, buttons.length - 1),
    ArrowUp: Math.max(at - 1, 0),
    ArrowLeft: Math.max(at - 1, 0),
    Home: 0,
    End: buttons.length - 1,
  };
  const next = to[event.key];
  if (next === undefined) return;
  event.preventDefault();
  for (const [i, b] of buttons.entries()) b.tabIndex = i === next ? 0 : -1;
  buttons[next]?.focus();
}

/** The row's strip of the axis: faint year lines, and the event's band, point or bar. */
function track(mark: Mark, axis: Axis, precision: TimelineEvent['precision']): SVGElement {
  const span = axis.last + 1 - axis.first;
  const lines = axis.years.map((y) => {
    const x = `${(((y.day - axis.first) / span) * 100).toFixed(3)}%`;
    return svg('line', { class: 'year-line', x1: x, x2: x, y1: 0, y2: 16 });
  });
  const shape =
    mark.shape === 'point'
      ? svg('circle', { class: 'mark point', cx: `${mark.x.toFixed(3)}%`, cy: 8, r: 5 })
      : svg('rect', {
          class: `mark ${mark.shape} ${precision.toLowerCase()}`,
          x: `${mark.x.toFixed(3)}%`,
          // A month is a pixel or two wide: its outline (timeline.css) keeps it visible.
          width: `${mark.width.toFixed(3)}%`,
          y: mark.shape === 'bar' ? 4 : 0,
          height: mark.shape === 'bar' ? 8 : 16,
          rx: mark.shape === 'bar' ? 3 : 1,
        });
  return svg('svg', { class: 'track', width: '100%', height: 16, 'aria-hidden': 'true', focusable: 'false' }, ...lines, shape);
}

/** The years along the top, on the same scale as every row's track. */
function axisRow(axis: Axis): HTMLElement {
  const span = axis.last + 1 - axis.first;
  const labels = axis.years.map((y) => {
    const x = ((y.day - axis.first) / span) * 100;
    const label = svg('text', { class: 'year-label', x: `${(x + 0.6).toFixed(3)}%`, y: 12 });
    label.textContent = String(y.year);
    return label;
  });
  const ticks = axis.years.map((y) => {
    const x = `${(((y.day - axis.first) / span) * 100).toFixed(3)}%`;
    return svg('line', { class: 'year-line', x1: x, x2: x, y1: 0, y2: 18 });
  });
  return h('div', { class: 'timeline-axis', 'aria-hidden': 'true' }, svg('svg', { width: '100%', height: 18 }, ...ticks, ...labels));
}

function legend(): HTMLElement {
  const sample = (mark: Mark, precision: TimelineEvent['precision']) => track(mark, { first: 0, last: 99, years: [] }, precision);
  return h(
    'ul',
    { class: 'timeline-legend', 'aria-label': 'How dates are drawn' },
    h('li', {}, sample({ shape: 'band', x: 10, width: 80 }, 'YEAR'), 'a year (or a month): a band'),
    h('li', {}, sample({ shape: 'point', x: 50, width: 0 }, 'DAY'), 'a day: a point'),
    h('li', {}, sample({ shape: 'bar', x: 10, width: 80 }, 'INTERVAL'), 'a span: a bar'),
  );
}
