// A trace as the trace view draws it: its steps in groups by order (steps the text reports
// together share an order and are drawn side by side, not one "then" the other), where it ends
// (the last step itself when the document says nothing more was done, so the end is drawn once),
// and the canvas elements and layout shape that follow from both.
import type cytoscape from 'cytoscape';
import type { Evidence, GraphNode, Trace, TraceStep } from '../api.ts';
import type { Catalog } from '../catalog.ts';
import type { TraceShape } from '../layout.ts';
import { edgeLabel, nodeLabel, relationWords } from '../style.ts';

/** The id of the end marker on the trace canvas, when no step is the end; not a node of the graph. */
export const TRACE_END_ID = 'trace:end';

/** The steps in their order, those that share an order (done together) in one group, in the order the API gives them. */
export function stepGroups(trace: Pick<Trace, 'steps'>): TraceStep[][] {
  const groups = new Map<number, TraceStep[]>();
  for (const step of [...trace.steps].sort((a, b) => a.order - b.order)) {
    const group = groups.get(step.order);
    if (group) group.push(step);
    else groups.set(step.order, [step]);
  }
  return [...groups.values()];
}

/**
 * The step that is the end of the chain: the last one, when the document says nothing more was done
 * (the API's end is explicit exactly when the last step is negative). Null when the record just stops.
 */
export function endStep(trace: Pick<Trace, 'steps' | 'end'>): TraceStep | null {
  if (!trace.end.explicit) return null;
  const last = stepGroups(trace).at(-1);
  return last?.find((s) => s.negative) ?? null;
}

/** The label of the end marker, drawn only when no step is the end. */
export function endLabel(trace: Trace): string {
  if (trace.steps.length === 0) return 'Nothing recorded';
  return trace.end.explicit ? `End: ${trace.end.description}` : 'The record ends here';
}

/** Canvas elements and layout shape for a trace; relations are the graph's own where they exist. */
export function traceElements(trace: Trace, catalog: Catalog): { elements: cytoscape.ElementDefinition[]; shape: TraceShape } {
  const groups = stepGroups(trace);
  const last = endStep(trace);
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
  let previous = [trace.incident.id];
  groups.forEach((group, g) => {
    for (const step of group) {
      const isEnd = step === last;
      node(step.response.id, step.response.kind, `${step.order}. ${step.response.name}`, {
        size: isEnd ? 46 : 40,
        step: step.order,
        negative: step.negative,
      });
      // The first steps answer the incident; each later one follows every step of the group before it.
      if (g === 0) edge(step.relation, trace.incident.id, step.response.id, relationWords(step.relation));
      else for (const from of previous) edge('THEN', from, step.response.id, isEnd ? 'stops' : 'then', 'trace-link');
      for (const actor of step.actors) {
        node(actor.id, actor.kind, actor.name);
        edge('PERFORMED', actor.id, step.response.id, relationWords('PERFORMED'));
      }
      for (const link of step.links) {
        node(link.node.id, link.node.kind, link.node.name);
        edge(link.type, step.response.id, link.node.id, relationWords(link.type));
      }
    }
    previous = group.map((s) => s.response.id);
  });
  const endId = last?.response.id ?? TRACE_END_ID;
  if (!last) {
    nodes.set(TRACE_END_ID, { id: TRACE_END_ID, kind: 'End', label: endLabel(trace), negative: true, size: 46 });
    for (const from of previous) edge('ENDS', from, TRACE_END_ID, trace.end.explicit ? 'stops' : 'nothing more recorded', 'trace-link');
  }
  const shape: TraceShape = {
    incident: trace.incident.id,
    steps: groups.flat().map((s) => ({
      id: s.response.id,
      order: s.order,
      actors: s.actors.map((a) => a.id),
      links: s.links.map((l) => l.node.id),
    })),
    end: endId,
  };
  const classOf = (data: cytoscape.NodeDataDefinition) => {
    if (data.id === endId) return 'trace-end';
    return data['step'] !== undefined ? 'trace-step' : '';
  };
  const elements: cytoscape.ElementDefinition[] = [
    ...[...nodes.values()].map((data) => ({
      group: 'nodes' as const,
      data,
      // Every node of a trace is named, steps (responses) too: the chain is short and the names are the story.
      classes: ['labelled in-trace', classOf(data)].join(' ').trim(),
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

/** Something the graph says about a trace beyond its steps: what prompted a response, or a claim made about it. */
export interface TraceContext {
  node: GraphNode;
  /** Who published the report or made the claim */
  by: GraphNode[];
  evidence: Evidence[];
}

/**
 * What the graph loaded in the viewer says around a trace: reports or events other than the
 * incident that the same responses answered ("no action was taken in response to those reports":
 * the media reports), and claims made about the incident or one of its responses (the stated
 * reason, "compliant with the Party's rules"), each with who made it. The trace query does not
 * return these; they come from the catalog, which holds the graph of the documents shown.
 */
export function traceContext(
  trace: Trace,
  catalog: Pick<Catalog, 'nodes' | 'edgesOf'>,
): { promptedBy: TraceContext[]; said: TraceContext[] } {
  const responses = new Set(trace.steps.map((s) => s.response.id));
  const around = new Set([trace.incident.id, ...responses]);
  const byOf = (id: string, type: string) =>
    catalog
      .edgesOf(id)
      .filter((e) => e.type === type && e.target === id)
      .flatMap((e) => catalog.nodes.get(e.source) ?? []);
  const promptedBy = new Map<string, TraceContext>();
  for (const id of responses) {
    for (const e of catalog.edgesOf(id)) {
      const node = catalog.nodes.get(e.source);
      if (e.type !== 'RESPONDED_WITH' || e.target !== id || e.source === trace.incident.id || !node) continue;
      const known = promptedBy.get(node.id);
      if (known) known.evidence.push(...e.evidence);
      else promptedBy.set(node.id, { node, by: byOf(node.id, 'PUBLISHED'), evidence: [...e.evidence] });
    }
  }
  const said = new Map<string, TraceContext>();
  for (const id of around) {
    for (const e of catalog.edgesOf(id)) {
      const node = catalog.nodes.get(e.source);
      if (e.type !== 'ABOUT' || e.target !== id || node?.kind !== 'Claim' || said.has(node.id)) continue;
      // The claim's own words, as the document reports them being made.
      const asserted = catalog.edgesOf(node.id).filter((a) => a.type === 'ASSERTED' && a.target === node.id);
      const evidence = asserted.flatMap((a) => a.evidence);
      said.set(node.id, { node, by: byOf(node.id, 'ASSERTED'), evidence: evidence.length > 0 ? evidence : node.evidence });
    }
  }
  const byName = (a: TraceContext, b: TraceContext) => a.node.name.localeCompare(b.node.name);
  return { promptedBy: [...promptedBy.values()].sort(byName), said: [...said.values()].sort(byName) };
}
