// A trace as files: JSON that keeps every step with its order and the RESPONDED_WITH relation
// that carries it (the canvas draws only the first step's; the others are "then" lines, so an
// export of what is drawn lost the order of steps 2 and later), and CSV with one row per step.
import type { GraphEdge, GraphNode, Trace, TraceStep } from '../api.ts';
import type { Catalog } from '../catalog.ts';
import { csvOf } from '../csv.ts';
import { paragraphRef, type DocumentNaming } from '../document-label.ts';
import { relationWords } from '../style.ts';
import { endStep, traceContext } from './trace-model.ts';

/** The relation that makes a response a step of the trace, as the graph holds it. */
export interface StepRelation {
  /** The graph's id of the relation; null when the viewer has not loaded it */
  id: string | null;
  type: TraceStep['relation'];
  source: string;
  target: string;
  order: number;
  evidence: TraceStep['evidence'];
}

export interface TraceExport {
  exportedFrom: string;
  view: string;
  incident: Trace['incident'];
  /** In their order; steps done together share an order */
  steps: Array<TraceStep & { stepRelation: StepRelation }>;
  end: Trace['end'];
  /** What else the responses answered (trace-model.ts traceContext), and the claims made about the incident or its responses */
  promptedBy: ContextExport[];
  said: ContextExport[];
  /** Every node the trace names, with its evidence, as the graph holds it (those the viewer has loaded) */
  nodes: GraphNode[];
  /** Every relation the trace draws on: each step's RESPONDED_WITH first, in step order, then who did it and whom it involved */
  edges: GraphEdge[];
}

/** A node around the trace, with who published or made it and the quotes. */
export interface ContextExport {
  id: string;
  name: string;
  by: string[];
  evidence: TraceStep['evidence'];
}

export function traceJson(
  trace: Trace,
  catalog: Pick<Catalog, 'nodes' | 'findEdge' | 'edgesOf'>,
  view: string,
  location: string,
): TraceExport {
  const context = traceContext(trace, catalog);
  const asExport = (items: typeof context.said): ContextExport[] =>
    items.map((c) => ({ id: c.node.id, name: c.node.name, by: c.by.map((b) => b.id), evidence: c.evidence }));
  const steps = [...trace.steps].sort((a, b) => a.order - b.order);
  const stepEdges = steps.map((s) => catalog.findEdge(s.relation, trace.incident.id, s.response.id));
  const sideEdges = steps.flatMap((s) => [
    ...s.actors.map((a) => catalog.findEdge('PERFORMED', a.id, s.response.id)),
    ...s.links.map((l) => catalog.findEdge(l.type, s.response.id, l.node.id)),
  ]);
  const ids = [trace.incident.id, ...steps.flatMap((s) => [s.response.id, ...s.actors.map((a) => a.id), ...s.links.map((l) => l.node.id)])];
  return {
    exportedFrom: location,
    view,
    incident: trace.incident,
    steps: steps.map((s, i) => ({
      ...s,
      stepRelation: {
        id: stepEdges[i]?.id ?? null,
        type: s.relation,
        source: trace.incident.id,
        target: s.response.id,
        order: s.order,
        evidence: s.evidence,
      },
    })),
    end: trace.end,
    promptedBy: asExport(context.promptedBy),
    said: asExport(context.said),
    nodes: [...new Set(ids)].flatMap((id) => catalog.nodes.get(id) ?? []),
    edges: [...new Map([...stepEdges, ...sideEdges].flatMap((e) => (e ? [[e.id, e] as const] : []))).values()],
  };
}

/** One row per step, in order: who did it, whom it involved, and the quote that makes it a step. */
export function traceCsv(trace: Trace, documents: ReadonlyMap<string, DocumentNaming>): string {
  const last = endStep(trace);
  const steps = [...trace.steps].sort((a, b) => a.order - b.order);
  const first = (s: TraceStep) => s.evidence[0];
  return csvOf<TraceStep>(
    [
      { header: 'Incident', value: () => trace.incident.name },
      { header: 'Step', value: (s) => s.order },
      { header: 'Response', value: (s) => s.response.name },
      { header: 'Did not happen', value: (s) => (s.negative ? 'yes' : '') },
      { header: 'By', value: (s) => s.actors.map((a) => a.name).join('; ') },
      { header: 'Involved', value: (s) => s.links.map((l) => `${relationWords(l.type)} ${l.node.name}`).join('; ') },
      { header: 'Ends the chain', value: (s) => (s === last ? 'yes' : '') },
      {
        header: 'Paragraph',
        value: (s) => {
          const e = first(s);
          return e ? paragraphRef(documents, e.document, e.paragraph).text : '';
        },
      },
      { header: 'Quote', value: (s) => first(s)?.quote ?? '' },
    ],
    steps,
  );
}
