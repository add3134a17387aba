import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode, NodeKind, RelationType } from './api.ts';
import { Catalog, visibleEdgeIds, visibleNodeIds } from './catalog.ts';
import { INITIAL_STATE } from './state.ts';
import { viewerEdge, viewerNode } from '../../test/viewer-elements.ts';

const node = (id: string, kind: NodeKind, elections: number[] = []): GraphNode =>
  viewerNode(id, kind, { name: id.toUpperCase(), elections });
const edge = (id: string, type: RelationType, source: string, target: string): GraphEdge => viewerEdge(id, type, source, target);

const nodes = [
  node('azam', 'Person', [2019, 2021]),
  node('b19', 'Briefing', [2019]),
  node('claim', 'Claim', [2019]),
  node('russia', 'Organization', [2016]),
  node('party', 'Organization'),
];
const edges = [edge('e1', 'ATTENDED', 'azam', 'b19'), edge('e2', 'ASSERTED', 'azam', 'claim'), edge('e3', 'PART_OF', 'azam', 'party')];

describe('what the graph shows', () => {
  it('shows everything without filters', () => {
    expect(visibleNodeIds(nodes, INITIAL_STATE, new Map())).toEqual(new Set(['azam', 'b19', 'claim', 'russia', 'party']));
  });

  it('hides filtered kinds and what does not belong to the chosen election', () => {
    expect(visibleNodeIds(nodes, { ...INITIAL_STATE, hiddenKinds: ['Claim'], election: 2019 }, new Map())).toEqual(
      new Set(['azam', 'b19']),
    );
  });

  it('shows what an expansion brought in and what was asked for, even when filtered out', () => {
    const state = { ...INITIAL_STATE, hiddenKinds: ['Claim', 'Organization'], expanded: ['azam', 'ghost'] };
    const expansions = new Map([['azam', ['claim', 'party', 'not-loaded']]]);
    expect(visibleNodeIds(nodes, state, expansions, ['russia'])).toEqual(new Set(['azam', 'b19', 'claim', 'party', 'russia']));
  });

  it('shows an edge only when both its ends are shown', () => {
    expect(visibleEdgeIds(edges, new Set(['azam', 'b19', 'party']))).toEqual(new Set(['e1', 'e3']));
  });
  it('with a document chosen, shows only the nodes and relations it evidences, and what the reader expanded or asked for', () => {
    // The document cites azam, b19 and claim, and the relations e1 and e2; not e3, nor russia and party.
    const scope = { nodes: new Set(['azam', 'b19', 'claim']), edges: new Set(['e1']) };
    const shown = visibleNodeIds(nodes, { ...INITIAL_STATE, expanded: ['party'] }, new Map([['party', []]]), ['russia'], scope.nodes);
    expect(shown).toEqual(new Set(['azam', 'b19', 'claim', 'party', 'russia']));
    // e2 joins two of its nodes but is another document's relation; e3 reaches party, which an expansion brought in.
    expect(visibleEdgeIds(edges, shown, scope)).toEqual(new Set(['e1', 'e3']));
  });
});

describe('the catalog', () => {
  it('merges subgraphs, reporting which nodes are new, and finds edges by their ends', () => {
    const catalog = new Catalog();
    expect(catalog.merge({ nodes: nodes.slice(0, 2), edges: edges.slice(0, 1) })).toEqual(['azam', 'b19']);
    expect(catalog.merge({ nodes, edges })).toEqual(['claim', 'russia', 'party']);
    expect(catalog.findEdge('ATTENDED', 'azam', 'b19')?.id).toBe('e1');
    expect(catalog.findEdge('ATTENDED', 'b19', 'azam')).toBeUndefined();
    expect(catalog.edgesOf('azam').map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
    expect([catalog.nodeName('azam'), catalog.nodeName('unknown')]).toEqual(['AZAM', 'unknown']);
  });

  it('lists kinds in reading order and the election years present', () => {
    const catalog = new Catalog();
    catalog.merge({ nodes: [...nodes, node('x', 'Place')], edges });
    expect(catalog.kinds(['Person', 'Organization', 'Briefing', 'Claim'])).toEqual([
      'Person',
      'Organization',
      'Briefing',
      'Claim',
      'Place',
    ]);
    expect(catalog.elections()).toEqual([2016, 2019, 2021]);
  });
});
