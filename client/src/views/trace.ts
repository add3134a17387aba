// "What happened after the account breach": pick an incident, read its chain of responses left to
// right on the canvas and as numbered steps in the sidebar (who acted, whom it involved, the quote),
// ending with where the chain stops: "No further steps were taken" when the document says so.
// Past 300 lines: the trace's canvas and its step list are one view and must stay in step.
import cytoscape from 'cytoscape';
import type { Incident, Trace } from '../api.ts';
import type { Catalog } from '../catalog.ts';
import type { AppContext } from '../context.ts';
import { h } from '../dom.ts';
import { evidenceItem } from '../evidence.ts';
import { traceLayout, type TraceShape } from '../layout.ts';
import { kindSwatch } from '../legend.ts';
import { pending, Resources } from '../resource.ts';
import type { ViewState } from '../state.ts';
import { edgeLabel, nodeLabel, relationWords } from '../style.ts';
import { stylesheet } from '../stylesheet.ts';
import './trace.css';

/** The id of the end marker on the trace canvas; not a node of the graph. */
export const TRACE_END_ID = 'trace:end';

export function endLabel(trace: Trace): string {
  if (trace.steps.length === 0) return 'Nothing recorded';
  return trace.end.explicit ? `End: ${trace.end.description}` : `The record ends here`;
}

/** Canvas elements and layout shape for a trace; relations are the graph's own where they exist. */
export function traceElements(trace: Trace, catalog: Catalog): { elements: cytoscape.ElementDefinition[]; shape: TraceShape } {
  const steps = [...trace.steps].sort((a, b) => a.order - b.order);
  const nodes = new Map<string, cytoscape.NodeDataDefinition>();
  const edges: cytoscape.EdgeDataDefinition[] = [];
  const node = (id: string, kind: string, name: string, extra: { size?: number; step?: number; negative?: boolean } = {}) => {
    const negative = extra.negative ?? catalog.nodes.get(id)?.negative ?? false;
    if (!nodes.has(id)) nodes.set(id, { id, kind, size: 34, ...extra, label: nodeLabel(name, negative), negative });
  };
  const edge = (type: string, source: string, target: string, fallback: string, classes = '') => {
    const real = catalog.findEdge(type, source, target);
    const id = real?.id ?? `trace:${type}:${source}:${target}`;
    if (!edges.some((e) => e.id === id))
      edges.push({ id, source, target, type, label: real ? edgeLabel(real.type, real.properties) : fallback, classes, synthetic: !real });
  };
  node(trace.incident.id, trace.incident.kind, trace.incident.name, { size: 44 });
  let previous = trace.incident.id;
  steps.forEach((step, i) => {
    node(step.response.id, step.response.kind, `${step.order}. ${step.response.name}`, {
      size: 40,
      step: step.order,
      negative: step.negative,
    });
    if (i === 0) edge(step.relation, trace.incident.id, step.response.id, relationWords(step.relation));
    else edge('THEN', previous, step.response.id, 'then', 'trace-link');
    previous = step.response.id;
    for (const actor of step.actors) {
      node(actor.id, actor.kind, actor.name);
      edge('PERFORMED', actor.id, step.response.id, relationWords('PERFORMED'));
    }
    for (const link of step.links) {
      node(link.node.id, link.node.kind, link.node.name);
      edge(link.type, step.response.id, link.node.id, relationWords(link.type));
    }
  });
  nodes.set(TRACE_END_ID, { id: TRACE_END_ID, kind: 'End', label: endLabel(trace), negative: true, size: 46 });
  edge('ENDS', previous, TRACE_END_ID, trace.end.explicit ? 'stops' : 'nothing more recorded', 'trace-link');
  const shape: TraceShape = {
    incident: trace.incident.id,
    steps: steps.map((s) => ({
      id: s.response.id,
      order: s.order,
      actors: s.actors.map((a) => a.id),
      links: s.links.map((l) => l.node.id),
    })),
    end: TRACE_END_ID,
  };
  const elements: cytoscape.ElementDefinition[] = [
    ...[...nodes.values()].map((data) => ({
      group: 'nodes' as const,
      data,
      // Every node of a trace is named, steps (responses) too: the chain is short and the names are the story.
      classes: ['labelled in-trace', data.id === TRACE_END_ID ? 'trace-end' : data['step'] !== undefined ? 'trace-step' : '']
        .join(' ')
        .trim(),
    })),
    ...edges.map(({ classes, ...data }) => ({
      group: 'edges' as const,
      data,
      classes: String(classes ?? ''),
      selectable: data['synthetic'] !== true,
    })),
  ];
  return { elements, shape };
}

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
    this.incidents = new Resources(() => ctx.api.incidents(), refresh);
    this.traces = new Resources((id) => ctx.api.trace(id), refresh);
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
    const incidents = this.incidents.get('all');
    const waiting = pending(incidents, 'the incidents', () => this.incidents.retry('all'));
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
                [i.date, `${i.responseCount} ${i.responseCount === 1 ? 'response' : 'responses'}`].filter(Boolean).join(' · '),
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
    const steps = [...trace.steps].sort((a, b) => a.order - b.order);
    return h(
      'div',
      { class: 'trace-result' },
      h('h3', { class: 'trace-title' }, nodeButton(trace.incident)),
      steps.length === 0 ? h('p', { class: 'muted' }, 'The document records no response to this.') : '',
      h(
        'ol',
        { class: 'steps', 'aria-label': `Responses to ${trace.incident.name}, in order` },
        ...steps.map((step) =>
          h(
            'li',
            {
              class: `step${step.negative ? ' negative' : ''}${selected === step.response.id ? ' selected' : ''}`,
              'data-order': step.order,
            },
            h('span', { class: 'step-no', 'aria-hidden': 'true' }, String(step.order)),
            h(
              'div',
              { class: 'step-body' },
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
              step.actors.length > 0 &&
                h('p', { class: 'step-meta' }, h('span', { class: 'label' }, 'By '), ...joinNodes(step.actors.map(nodeButton))),
              ...step.links.map((l) =>
                h('p', { class: 'step-meta' }, h('span', { class: 'label' }, `${capitalize(relationWords(l.type))} `), nodeButton(l.node)),
              ),
              ...step.evidence.map((e) => evidenceItem(e, this.ctx)),
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
          trace.end.explicit ? 'The chain ends here' : 'Nothing more is recorded',
        ),
        h('p', {}, trace.end.description),
        h(
          'p',
          { class: 'muted small' },
          trace.end.explicit
            ? 'The document says so explicitly.'
            : `The document records nothing after step ${trace.end.afterStep}; it does not say that nothing else was done.`,
        ),
        ...trace.end.evidence.map((e) => evidenceItem(e, this.ctx)),
      ),
    );
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
      minZoom: 0.3, // a chain of ten steps still fits a phone screen
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
