import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, Subgraph } from './api.ts';
import { Catalog } from './catalog.ts';
import {
  documentScope,
  freshNodes,
  pageTitle,
  pathIds,
  sameDetailsInputs,
  sameSidebarInputs,
  sameTableInputs,
  shownElements,
  stageOf,
  undoButton,
  type Facts,
  type PanelInputs,
} from './render-plan.ts';
import { INITIAL_STATE, type ViewState } from './state.ts';
import { viewerEdge, viewerNode } from '../../test/viewer-elements.ts';

const node = (id: string, kind: GraphNode['kind'] = 'Person'): GraphNode => viewerNode(id, kind);
const edge = (id: string, source: string, target: string): GraphEdge => viewerEdge(id, 'ATTENDED', source, target);

function facts(expansions: Record<string, string[]> = {}): Facts {
  const catalog = new Catalog();
  catalog.merge({
    nodes: [node('ada'), node('bo'), node('claim-1', 'Claim'), node('claim-2', 'Claim'), node('org', 'Organization')],
    edges: [edge('e1', 'ada', 'bo'), edge('e2', 'ada', 'claim-1'), edge('e3', 'claim-2', 'org')],
  });
  return { catalog, expansions: new Map(Object.entries(expansions)) };
}

describe('what the graph and the table show', () => {
  it('shows what passes the filters, the selected node, and both ends of a selected edge', () => {
    const hidden: ViewState = { ...INITIAL_STATE, hiddenKinds: ['Claim', 'Organization'] };
    expect(shownElements(hidden, facts(), [])).toEqual({ nodes: new Set(['ada', 'bo']), edges: new Set(['e1']) });
    expect(shownElements({ ...hidden, selection: { type: 'node', id: 'org' } }, facts(), []).nodes).toEqual(new Set(['ada', 'bo', 'org']));
    expect(shownElements({ ...hidden, selection: { type: 'edge', id: 'e3' } }, facts(), [])).toEqual({
      nodes: new Set(['ada', 'bo', 'claim-2', 'org']),
      edges: new Set(['e1', 'e3']),
    });
  });

  it('shows the nodes of the path even when a filter hides their kind', () => {
    expect(shownElements({ ...INITIAL_STATE, hiddenKinds: ['Claim'] }, facts(), ['claim-1']).edges).toEqual(new Set(['e1', 'e2']));
  });

  it('outlines only what the last expansion added to the view', () => {
    const state: ViewState = { ...INITIAL_STATE, hiddenKinds: ['Claim', 'Organization'], expanded: ['ada', 'claim-2'] };
    expect(freshNodes(state, facts({ ada: ['bo', 'claim-1'], 'claim-2': ['org', 'claim-1'] }))).toEqual(new Set(['org']));
    expect(freshNodes({ ...state, expanded: [] }, facts())).toEqual(new Set());
  });
});

describe('the path to highlight', () => {
  const found: Subgraph = { nodes: [node('ada'), node('bo')], edges: [edge('e1', 'ada', 'bo')], truncated: false };

  it('is the ids of the path once it has loaded and exists', () => {
    expect(pathIds({ status: 'ok', value: found })).toEqual({ nodes: ['ada', 'bo'], edges: ['e1'] });
  });

  it('is nothing while loading, after a failure, when the ends are not connected, or without ends', () => {
    expect([
      pathIds({ status: 'loading' }),
      pathIds({ status: 'error', message: 'down' }),
      pathIds({ status: 'ok', value: null }),
      pathIds(null),
    ]).toEqual([null, null, null, null]);
  });
});

describe('the page around the views', () => {
  it('titles the browser tab with the mode and the document', () => {
    expect([pageTitle('briefings', 'Summary: Ada'), pageTitle('graph', undefined)]).toEqual([
      'Who attended · Summary: Ada · Testimony Graph',
      'Graph · Testimony Graph',
    ]);
  });

  it('labels the Undo button with what it would undo', () => {
    expect([undoButton(null), undoButton('filter Claim')]).toEqual([
      { disabled: true, text: 'Undo', title: 'Nothing to undo' },
      { disabled: false, text: 'Undo filter Claim', title: 'Undo: filter Claim (Ctrl+Z)' },
    ]);
  });

  it('draws the graph, briefings and path modes on the graph canvas', () => {
    expect((['graph', 'briefings', 'trace', 'path', 'table'] as const).map(stageOf)).toEqual(['graph', 'graph', 'trace', 'graph', 'table']);
  });
});

describe('which panels are redrawn', () => {
  const at = (state: Partial<ViewState>, version = 1): PanelInputs => ({ state: { ...INITIAL_STATE, ...state }, version });
  const ada = { type: 'node' as const, id: 'ada' };

  it('leaves the filters alone when only the selection changes in the graph and table modes', () => {
    expect([
      sameSidebarInputs(at({}), at({ selection: ada })),
      sameSidebarInputs(at({ mode: 'table' }), at({ mode: 'table', selection: ada })),
    ]).toEqual([true, true]);
  });

  it('redraws the sidebars that mark the selection when it changes', () => {
    expect((['briefings', 'trace', 'path'] as const).map((mode) => sameSidebarInputs(at({ mode }), at({ mode, selection: ada })))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('redraws the sidebar for a new mode, a filter, an expansion, the trace or path chosen, or new data', () => {
    const base = at({});
    const changes = [
      at({ mode: 'trace' }),
      at({ hiddenKinds: ['Claim'] }),
      at({ election: 2019 }),
      at({ expanded: ['ada'] }),
      at({ incident: 'x' }),
      at({ pathFrom: 'ada' }),
      at({ pathTo: 'bo' }),
      at({}, 2),
    ];
    expect(changes.map((next) => sameSidebarInputs(base, next))).toEqual(changes.map(() => false));
    expect(sameSidebarInputs(base, at({ expanded: [] }))).toBe(true);
  });

  it('redraws the table for any change of state or data, the selection included', () => {
    expect([
      sameTableInputs(at({ mode: 'table' }), at({ mode: 'table' })),
      sameTableInputs(at({ mode: 'table' }), at({ mode: 'table', selection: ada })),
      sameTableInputs(at({ mode: 'table' }), at({ mode: 'table' }, 2)),
    ]).toEqual([true, false, false]);
  });

  it('redraws the details for the selection, the expansions, the path ends or new data, not for filters or the mode', () => {
    const base = at({ selection: ada });
    expect(
      [
        at({ selection: { type: 'edge', id: 'ada' } }),
        at({ selection: ada, expanded: ['ada'] }),
        at({ selection: ada, pathFrom: 'ada' }),
        at({ selection: ada, pathTo: 'ada' }),
        at({ selection: ada }, 2),
      ].map((next) => sameDetailsInputs(base, next)),
    ).toEqual([false, false, false, false, false]);
    expect(
      [at({ selection: ada, mode: 'table' }), at({ selection: ada, hiddenKinds: ['Claim'] }), at({ selection: { ...ada } })].map((next) =>
        sameDetailsInputs(base, next),
      ),
    ).toEqual([true, true, true]);
  });
});

describe('the chosen document’s scope', () => {
  it('is none with every document shown, the document’s once it has arrived, and empty until then', () => {
    const scope = { nodes: new Set(['a']), edges: new Set(['e']) };
    const scopes = new Map([['doc-1', scope]]);
    expect(documentScope({ document: null }, scopes)).toBeNull();
    expect(documentScope({ document: 'doc-1' }, scopes)).toBe(scope);
    const waiting = documentScope({ document: 'doc-2' }, scopes);
    expect([waiting?.nodes.size, waiting?.edges.size]).toEqual([0, 0]);
  });
});
