// The store contract (contract.ts): neighbourhoods, paths and the whole graph, each node and edge as the seed built it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/src/model.ts';
import { ids, sortedIds, type ContractSubject } from './contract-support.ts';
import type { GraphStore } from './types.ts';

export function describeSubgraphContract(subject: ContractSubject): void {
  const { paragraphText, inducedEdgeIds, expectCanonical } = subject;
  let store: GraphStore;
  let seed: GraphData;
  beforeAll(() => {
    ({ store, seed } = subject);
  });

  describe('subgraphs', () => {
    it('returns the depth-1 neighbourhood of Braeden Caley: his party and his two briefings', async () => {
      const sub = await store.neighborhood('braeden-caley', 1);
      expect(sub && { nodes: ids(sub.nodes), edges: ids(sub.edges), truncated: sub.truncated }).toEqual({
        nodes: ['braeden-caley', 'liberal-party', 'site-briefings-2019', 'site-briefings-2021'],
        edges: [
          'braeden-caley--attended--site-briefings-2019',
          'braeden-caley--attended--site-briefings-2021',
          'braeden-caley--represented--liberal-party',
        ],
        truncated: false,
      });
      if (sub) expectCanonical(sub);
    });

    it('returns the depth-2 neighbourhood of Braeden Caley with every edge between its nodes', async () => {
      const sub = await store.neighborhood('braeden-caley', 2);
      expect(sub && ids(sub.nodes)).toEqual([
        'azam-ishmael',
        'braeden-caley',
        'breach-reported-to-platform',
        'breach-reported-to-site',
        'candidate-vetting',
        'claim-dvn-no-irregularities',
        'claim-no-fi-effect-2019',
        'claim-no-fi-effect-2021',
        'claim-no-notes-allowed',
        'claim-reporting-threshold-unclear',
        'claim-site-information-general',
        'claim-site-information-unchanged',
        'cyber-candidate-manual',
        'cyber-experts-consulted',
        'cybersecurity-preparation-2021',
        'dvn-no-action',
        'dvn-nomination-2019',
        'election-2019',
        'election-2021',
        'liberal-candidate-booklet',
        'liberal-candidates',
        'liberal-it-director',
        'liberal-party',
        'liberal-senior-director',
        'manual-distribution-stopped',
        'mathieu-lafrance',
        'permanent-appeal-process',
        'political-parties',
        'site-briefings-2019',
        'site-briefings-2021',
        'site-task-force',
      ]);
      if (sub) {
        expect(ids(sub.edges)).toEqual(inducedEdgeIds(sub));
        expectCanonical(sub);
      }
    });

    it('returns null for the neighbourhood of an unknown id', async () => {
      expect(await store.neighborhood('no-such-node', 1)).toBeNull();
    });

    it('finds a three-hop path from Azam Ishmael to the social media platform, one edge per hop', async () => {
      const sub = await store.path('azam-ishmael', 'social-media-platform', 6);
      expect(sub?.nodes.length).toBe(4);
      expect(sub?.nodes[0]?.id).toBe('azam-ishmael');
      expect(sub?.nodes[3]?.id).toBe('social-media-platform');
      expect(sub?.edges.length).toBe(3);
      sub?.edges.forEach((edge, i) => {
        const ends = [sub.nodes[i]?.id, sub.nodes[i + 1]?.id].sort();
        expect([edge.source, edge.target].sort()).toEqual(ends);
      });
      if (sub) expectCanonical(sub);
    });

    it('returns no path when it would need more hops than allowed, or an id is unknown', async () => {
      expect(await store.path('azam-ishmael', 'social-media-platform', 2)).toBeNull();
      expect(await store.path('azam-ishmael', 'no-such-node', 6)).toBeNull();
      expect(await store.path('no-such-node', 'azam-ishmael', 6)).toBeNull();
    });

    it('returns a one-node path from a node to itself', async () => {
      const sub = await store.path('liberal-party', 'liberal-party', 6);
      expect(sub && { nodes: ids(sub.nodes), edges: ids(sub.edges) }).toEqual({ nodes: ['liberal-party'], edges: [] });
    });

    it('returns the whole graph, exactly the seed, when nothing filters it', async () => {
      const sub = await store.graph({ limit: 5000 });
      expect({ nodes: ids(sub.nodes), edges: ids(sub.edges), truncated: sub.truncated }).toEqual({
        nodes: sortedIds(seed.nodes),
        edges: sortedIds(seed.edges),
        truncated: false,
      });
      expectCanonical(sub);
    });

    it('keeps the 2019 election scope: the 2019 briefings in, the 2021 ones out', async () => {
      const sub = await store.graph({ election: 2019, limit: 5000 });
      const nodeIds = ids(sub.nodes);
      expect(nodeIds).toContain('site-briefings-2019');
      expect(nodeIds).toContain('dvn-nomination-2019');
      expect(nodeIds).not.toContain('site-briefings-2021');
      expect(nodeIds).toEqual(sortedIds(seed.nodes.filter((n) => n.elections?.includes(2019))));
      expect(ids(sub.edges)).toEqual(inducedEdgeIds(sub));
    });

    it('keeps only persons, and the one edge between two of them, when asked for kind Person', async () => {
      const sub = await store.graph({ kinds: ['Person'], limit: 5000 });
      expect({ nodes: ids(sub.nodes), edges: ids(sub.edges) }).toEqual({
        nodes: ['azam-ishmael', 'braeden-caley', 'cyber-centre-head', 'liberal-it-director', 'liberal-senior-director', 'mathieu-lafrance'],
        edges: ['azam-ishmael--met-with--cyber-centre-head'],
      });
    });

    it('cuts the graph at limit nodes, the first by id, and says so', async () => {
      const sub = await store.graph({ limit: 10 });
      expect(ids(sub.nodes)).toEqual(sortedIds(seed.nodes).slice(0, 10));
      expect(sub.truncated).toBe(true);
      expect(ids(sub.edges)).toEqual(inducedEdgeIds(sub));
    });

    it('gives every node and edge it returns evidence quoted from its paragraph', async () => {
      const sub = await store.graph({ limit: 5000 });
      for (const item of [...sub.nodes, ...sub.edges]) {
        expect(item.evidence.length, item.id).toBeGreaterThan(0);
        for (const e of item.evidence) expect(paragraphText(e.paragraph), item.id).toContain(e.quote);
      }
    });
  });
}
