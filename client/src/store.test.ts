import { describe, expect, it } from 'vitest';
import type { DocumentInfo, GraphEdge, GraphNode } from './api.ts';
import { INITIAL_STATE } from './state.ts';
import { Store } from './store.ts';
import { viewerEdge, viewerNode } from '../../test/viewer-elements.ts';

const node = (id: string, kind: GraphNode['kind'] = 'Person'): GraphNode => viewerNode(id, kind, { name: id.toUpperCase() });
const edge = (id: string, source: string, target: string): GraphEdge => viewerEdge(id, 'ATTENDED', source, target);
const doc: DocumentInfo = {
  id: 'doc',
  title: 'A fictional summary',
  interviewee: 'Ada',
  witnesses: ['Ada'],
  interviewer: 'Counsel',
  date: '2024-01-01',
  sections: [],
  interview: null,
};
const everywhere = () => true;

describe('the store', () => {
  it('applies the reader’s actions and says whether the state changed', () => {
    const store = new Store(INITIAL_STATE);
    expect(store.dispatch({ type: 'mode', mode: 'table' }, everywhere)).toBe(true);
    expect(store.dispatch({ type: 'mode', mode: 'table' }, everywhere)).toBe(false);
    expect(store.dispatch({ type: 'toggleKind', kind: 'Claim' }, everywhere)).toBe(true);
    expect([store.state, store.undoLabel]).toEqual([{ ...INITIAL_STATE, mode: 'table', hiddenKinds: ['Claim'] }, 'filter Claim']);
  });

  it('shows the graph instead of the trace when something the trace does not show is selected', () => {
    const store = new Store({ ...INITIAL_STATE, mode: 'trace', incident: 'breach' });
    store.dispatch({ type: 'select', selection: { type: 'node', id: 'on-trace' } }, (id) => id === 'on-trace');
    expect(store.state.mode).toBe('trace');
    store.dispatch({ type: 'select', selection: { type: 'node', id: 'elsewhere' } }, (id) => id === 'on-trace');
    expect([store.state.mode, store.state.selection]).toEqual(['graph', { type: 'node', id: 'elsewhere' }]);
  });

  it('is ready to draw only after the first load, which counts as a change of data', () => {
    const store = new Store(INITIAL_STATE);
    store.receive({ type: 'graph', documents: [doc], graph: { nodes: [node('ada')], edges: [] } });
    expect([store.ready, store.version, [...store.documents.keys()], [...store.catalog.nodes.keys()]]).toEqual([
      false,
      0,
      ['doc'],
      ['ada'],
    ]);
    store.receive({ type: 'ready' });
    expect([store.ready, store.version]).toEqual([true, 1]);
  });

  it('asks once for the neighbourhood of each expanded node, and again after a failure', () => {
    const store = new Store({ ...INITIAL_STATE, expanded: ['ada', 'bo'] });
    expect(store.unfetchedExpansions()).toEqual(['ada', 'bo']);
    store.receive({ type: 'neighbourhoodRequested', id: 'ada' });
    store.receive({ type: 'neighbourhoodRequested', id: 'bo' });
    expect(store.unfetchedExpansions()).toEqual([]);
    store.receive({ type: 'neighbourhoodFailed', id: 'bo' });
    store.receive({ type: 'neighbourhood', id: 'ada', subgraph: { nodes: [node('ada'), node('cy')], edges: [edge('e1', 'ada', 'cy')] } });
    expect(store.unfetchedExpansions()).toEqual(['bo']);
  });

  it('records the neighbours an expansion brought, merges them into the catalog, and counts the change', () => {
    const store = new Store(INITIAL_STATE);
    store.receive({
      type: 'neighbourhood',
      id: 'ada',
      subgraph: { nodes: [node('ada'), node('cy'), node('di')], edges: [edge('e1', 'ada', 'cy')] },
    });
    store.receive({ type: 'neighbourhood', id: 'ghost', subgraph: null });
    expect([Object.fromEntries(store.expansions), [...store.catalog.nodes.keys()], [...store.catalog.edges.keys()], store.version]).toEqual(
      [{ ada: ['cy', 'di'], ghost: [] }, ['ada', 'cy', 'di'], ['e1'], 2],
    );
  });

  it('adds the nodes of a path to the catalog, counting a change only when some were new', () => {
    const store = new Store(INITIAL_STATE);
    store.receive({ type: 'graph', documents: [], graph: { nodes: [node('ada'), node('bo')], edges: [] } });
    store.receive({ type: 'path', subgraph: { nodes: [node('ada'), node('bo')], edges: [edge('e1', 'ada', 'bo')] } });
    expect(store.version).toBe(0);
    store.receive({ type: 'path', subgraph: { nodes: [node('ada'), node('cy')], edges: [edge('e2', 'ada', 'cy')] } });
    expect([store.version, [...store.catalog.nodes.keys()], [...store.catalog.edges.keys()]]).toEqual([
      1,
      ['ada', 'bo', 'cy'],
      ['e1', 'e2'],
    ]);
  });

  it('counts the views’ own data settling as a change', () => {
    const store = new Store(INITIAL_STATE);
    store.receive({ type: 'viewData' });
    store.receive({ type: 'viewData' });
    expect(store.version).toBe(2);
  });
});
