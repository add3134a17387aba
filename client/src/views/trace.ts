// "What happened after the account breach": pick an incident, read its chain of responses left to
// right on the canvas and as numbered steps in the sidebar (who acted, whom it involved, the quote;
// steps done together under one number), ending with where the chain stops, shown once: "No
// further steps were taken" when the document says so. The elements drawn come from
// trace-model.ts, the files from trace-export.ts.
// Past 300 lines: the trace's canvas and its step list are one view and must stay in step.
import cytoscape from 'cytoscape';
import type { Incident, Trace, TraceStep } from '../api.ts';
import type { AppContext } from '../context.ts';
import { formatDate } from '../dates.ts';
import { h } from '../dom.ts';
import { evidenceItem } from '../evidence.ts';
import { exportCsv, exportJson, exportsOwnJson } from '../export.ts';
import { traceLayout } from '../layout.ts';
import { kindSwatch } from '../legend.ts';
import { pending, Resources } from '../resource.ts';
import type { ViewState } from '../state.ts';
import { relationWords } from '../style.ts';
import { stylesheet } from '../stylesheet.ts';
import { encodeState } from '../url.ts';
import { traceCsv, traceJson, type TraceExport } from './trace-export.ts';
import { endStep, stepGroups, TRACE_END_ID, type TraceContext, traceContext, traceElements } from './trace-model.ts';
import './trace.css';

export { endLabel, TRACE_END_ID, traceElements } from './trace-model.ts';

export class TraceView {
  private readonly incidents: Resources<Incident[]>;
  private readonly traces: Resources<Trace>;
  private cy: cytoscape.Core | null = null;
  private shown: string | null = null;

  constructor(
    private readonly ctx: AppContext,
    private readonly container: HTMLElement,
    refresh: () => void,
  ) {
    // Keyed by the document chosen in the header ('' for every document).
    this.incidents = new Resources((document) => ctx.api.incidents(document === '' ? null : document), refresh);
    this.traces = new Resources((id) => ctx.api.trace(id), refresh);
    exportsOwnJson('trace', (state) => this.exportData(state));
  }

  /** The canvas of the trace, created the first time the view is shown (it needs a visible box). */
  get canvas(): cytoscape.Core | null {
    return this.cy;
  }

  renderSidebar(state: ViewState): HTMLElement {
    const holder = h(
      'div',
      { class: 'trace' },
      h('h2', {}, 'Trace an incident'),
      h('p', { class: 'lead' }, 'What was done after it, step by step, and where the chain ends.'),
    );
    const scope = state.document ?? '';
    const incidents = this.incidents.get(scope);
    const waiting = pending(incidents, 'the incidents', () => this.incidents.retry(scope));
    if (waiting || incidents.status !== 'ok') {
      holder.append(waiting ?? '');
      return holder;
    }
    holder.append(
      h(
        'ul',
        { class: 'incident-list', 'aria-label': 'Incidents' },
        ...incidents.value.map((i) =>
          h(
            'li',
            {},
            h(
              'button',
              {
                type: 'button',
                id: `incident-${i.id}`,
                class: 'incident-button',
                'aria-pressed': state.incident === i.id ? 'true' : 'false',
                onClick: () => this.ctx.dispatch({ type: 'incident', id: i.id }),
              },
              kindSwatch('Incident', 14),
              h('span', { class: 'incident-name' }, i.name),
              h(
                'span',
                { class: 'muted small' },
                [i.date && formatDate(i.date), `${i.responseCount} ${i.responseCount === 1 ? 'response' : 'responses'}`]
                  .filter(Boolean)
                  .join(' · '),
              ),
            ),
          ),
        ),
      ),
    );
    if (state.incident === null) {
      holder.append(h('p', { class: 'muted' }, 'Choose an incident above.'));
      return holder;
    }
    const key = state.incident;
    const trace = this.traces.get(key);
    const waitingTrace = pending(trace, 'the trace', () => this.traces.retry(key));
    if (waitingTrace || trace.status !== 'ok') {
      holder.append(waitingTrace ?? '');
      return holder;
    }
    holder.append(this.stepList(trace.value, state));
    return holder;
  }

  /** The trace as a file, in the API's shape with every step's order; null when none is loaded. */
  exportData(state: ViewState): TraceExport | null {
    const result = state.incident === null ? null : this.traces.get(state.incident);
    if (result?.status !== 'ok') return null;
    return traceJson(result.value, this.ctx.catalog, encodeState(state), location.href);
  }

  private stepList(trace: Trace, state: ViewState): HTMLElement {
    const selected = state.selection?.type === 'node' ? state.selection.id : null;
    const nodeButton = (ref: { id: string; kind: string; name: string }) =>
      h(
        'button',
        {
          type: 'button',
          class: 'link-button node-link',
          onClick: () => this.ctx.dispatch({ type: 'select', selection: { type: 'node', id: ref.id } }),
        },
        kindSwatch(ref.kind, 12),
        ref.name,
      );
    const last = endStep(trace);
    // The step that is the end is told once, in the end block, not also as a numbered step.
    const groups = stepGroups(trace)
      .map((group) => group.filter((s) => s !== last))
      .filter((group) => group.length > 0);
    const stepBody = (step: TraceStep) =>
      h(
        'div',
        { class: `step-part${selected === step.response.id ? ' selected' : ''}` },
        h(
          'h4',
          {},
          h('span', { class: 'visually-hidden' }, `Step ${step.order}: `),
          h(
            'button',
            {
              type: 'button',
              class: 'link-button step-title',
              onClick: () => this.ctx.dispatch({ type: 'select', selection: { type: 'node', id: step.response.id } }),
            },
            step.negative ? `⊘ ${step.response.name}` : step.response.name,
          ),
        ),
        ...this.stepFacts(step, nodeButton),
      );
    const name = `testimony-graph-trace-${trace.incident.id}`;
    const context = traceContext(trace, this.ctx.catalog);
    const contextList = (id: string, heading: string, items: TraceContext[]) =>
      items.length > 0 &&
      h(
        'section',
        { class: 'trace-context', id, 'aria-label': heading },
        h('h4', {}, heading),
        h(
          'ul',
          {},
          ...items.map((item) =>
            h(
              'li',
              {},
              h('p', { class: 'step-meta' }, nodeButton(item.node)),
              item.by.length > 0 &&
                h('p', { class: 'step-meta' }, h('span', { class: 'label' }, 'By '), ...joinNodes(item.by.map(nodeButton))),
              ...item.evidence.map((e) => evidenceItem(e, this.ctx)),
            ),
          ),
        ),
      );
    return h(
      'div',
      { class: 'trace-result' },
      h('h3', { class: 'trace-title' }, nodeButton(trace.incident)),
      contextList('trace-prompted', 'What prompted the response', context.promptedBy),
      trace.steps.length === 0 ? h('p', { class: 'muted' }, 'The document records no response to this.') : '',
      h(
        'ol',
        { class: 'steps', 'aria-label': `Responses to ${trace.incident.name}, in order` },
        ...groups.map((group) =>
          h(
            'li',
            {
              class: `step${group.every((s) => s.negative) ? ' negative' : ''}${group.some((s) => s.response.id === selected) ? ' selected' : ''}`,
              'data-order': group[0]?.order ?? 0,
            },
            h('span', { class: 'step-no', 'aria-hidden': 'true' }, String(group[0]?.order ?? '')),
            h(
              'div',
              { class: 'step-body' },
              group.length > 1 && h('p', { class: 'together muted small' }, `${group.length} steps the document reports together:`),
              ...group.map(stepBody),
            ),
          ),
        ),
      ),
      h(
        'div',
        { class: `trace-end-block${trace.end.explicit ? ' explicit' : ''}`, id: 'trace-end', tabindex: '-1' },
        h(
          'p',
          { class: 'end-title' },
          h('span', { class: 'stop', 'aria-hidden': 'true' }, '■'),
          ' ',
          trace.end.explicit ? `The chain ends here${last ? ` (step ${last.order})` : ''}` : 'Nothing more is recorded',
        ),
        last
          ? h(
              'h4',
              {},
              h(
                'button',
                {
                  type: 'button',
                  class: 'link-button step-title',
                  onClick: () => this.ctx.dispatch({ type: 'select', selection: { type: 'node', id: last.response.id } }),
                },
                `⊘ ${last.response.name}`,
              ),
            )
          : h('p', {}, trace.end.description),
        ...(last ? this.stepFacts(last, nodeButton) : []),
        h(
          'p',
          { class: 'muted small' },
          trace.end.explicit
            ? 'The document says so explicitly.'
            : `The document records nothing after step ${trace.end.afterStep}; it does not say that nothing else was done.`,
        ),
        ...(last ? [] : trace.end.evidence.map((e) => evidenceItem(e, this.ctx))),
      ),
      contextList('trace-said', 'What was said about it (stated reasons, assessments)', context.said),
      h(
        'p',
        { class: 'trace-downloads' },
        'Download this trace: ',
        h(
          'button',
          {
            type: 'button',
            id: 'trace-csv',
            class: 'small-button',
            'aria-label': 'Download this trace as CSV, one row per step',
            onClick: () => exportCsv(traceCsv(trace, this.ctx.documents), name),
          },
          'CSV',
        ),
        ' ',
        h(
          'button',
          {
            type: 'button',
            id: 'trace-json',
            class: 'small-button',
            'aria-label': 'Download this trace as JSON, every step with its order',
            onClick: () => {
              const data = this.exportData(state);
              if (data) exportJson(data, name);
            },
          },
          'JSON',
        ),
      ),
    );
  }

  /** Who did a step, whom it involved, and the quotes that make it a step. */
  private stepFacts(step: TraceStep, nodeButton: (ref: { id: string; kind: string; name: string }) => HTMLElement): HTMLElement[] {
    return [
      ...(step.actors.length > 0
        ? [h('p', { class: 'step-meta' }, h('span', { class: 'label' }, 'By '), ...joinNodes(step.actors.map(nodeButton)))]
        : []),
      ...step.links.map((l) =>
        h('p', { class: 'step-meta' }, h('span', { class: 'label' }, `${capitalize(relationWords(l.type))} `), nodeButton(l.node)),
      ),
      ...step.evidence.map((e) => evidenceItem(e, this.ctx)),
    ];
  }

  /** Draw the chosen trace on the canvas (once per incident) and mirror the selection there. */
  syncCanvas(state: ViewState): void {
    const id = state.incident;
    const result = id === null ? null : this.traces.get(id);
    const cy = this.ensureCy();
    if (result?.status !== 'ok') {
      cy.elements().remove();
      this.shown = null;
      return;
    }
    if (this.shown !== id) {
      this.shown = id;
      const { elements, shape } = traceElements(result.value, this.ctx.catalog);
      cy.elements().remove();
      cy.add(elements);
      cy.layout(traceLayout(shape)).run();
    }
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (state.selection) cy.getElementById(state.selection.id).select();
    });
  }

  resize(): void {
    if (!this.cy) return;
    this.cy.resize();
    this.cy.fit(undefined, 40);
  }

  private ensureCy(): cytoscape.Core {
    if (this.cy) return this.cy;
    const cy = cytoscape({
      container: this.container,
      style: stylesheet(),
      minZoom: 0.1, // fit never clamps: a chain of ten steps still fits a narrow canvas whole, ends included
      maxZoom: 2.5,
      boxSelectionEnabled: false,
      selectionType: 'single',
      autoungrabify: true, // the order is the meaning: steps stay where the layout puts them
    });
    cy.on('tap', 'node', (e) => {
      const nodeId: string = e.target.id();
      if (nodeId === TRACE_END_ID) {
        document.getElementById('trace-end')?.focus();
        return;
      }
      this.ctx.dispatch({ type: 'select', selection: { type: 'node', id: nodeId } });
    });
    cy.on('tap', 'edge', (e) => {
      if (e.target.data('synthetic') !== true) this.ctx.dispatch({ type: 'select', selection: { type: 'edge', id: e.target.id() } });
    });
    this.cy = cy;
    return cy;
  }
}

function joinNodes(items: HTMLElement[]): Array<HTMLElement | string> {
  return items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]));
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
