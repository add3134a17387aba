// The store contract (contract.ts): several shortest paths between two entities, leaving out
// relation types and nodes (the viewer's Path view: "how else are they connected?").
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContractSubject } from './contract-support.ts';
import type { GraphStore, PathsQuery, SubgraphRecord } from './types.ts';

const ALL: PathsQuery = { first: 5, maxHops: 8, without: [], avoid: [] };

/** A path as its node ids and one [type, source, target] per hop. */
const hops = (paths: SubgraphRecord[]) =>
  paths.map((p) => ({ nodes: p.nodes.map((n) => n.id), edges: p.edges.map((e) => [e.type, e.source, e.target]) }));

export function describePathsContract(subject: ContractSubject): void {
  const { edgeBetween, expectCanonical } = subject;
  let store: GraphStore;
  beforeAll(() => {
    ({ store } = subject);
  });

  describe('several paths', () => {
    it('gives every shortest path between two representatives, by their node ids, each hop its first relation by id', async () => {
      const paths = await store.paths('braeden-caley', 'mathieu-lafrance', ALL);
      expect(hops(paths)).toEqual([
        {
          nodes: ['braeden-caley', 'liberal-party', 'mathieu-lafrance'],
          edges: [
            ['REPRESENTED', 'braeden-caley', 'liberal-party'],
            ['REPRESENTED', 'mathieu-lafrance', 'liberal-party'],
          ],
        },
        {
          nodes: ['braeden-caley', 'site-briefings-2019', 'mathieu-lafrance'],
          edges: [
            ['ATTENDED', 'braeden-caley', 'site-briefings-2019'],
            ['ATTENDED', 'mathieu-lafrance', 'site-briefings-2019'],
          ],
        },
      ]);
      expect(paths[0]?.edges[0]).toEqual(edgeBetween('REPRESENTED', 'braeden-caley', 'liberal-party'));
      for (const path of paths) expectCanonical(path);
    });

    it('leaves out relation types and nodes, and finds the shortest of what is left', async () => {
      const briefing = [
        {
          nodes: ['braeden-caley', 'site-briefings-2019', 'mathieu-lafrance'],
          edges: [
            ['ATTENDED', 'braeden-caley', 'site-briefings-2019'],
            ['ATTENDED', 'mathieu-lafrance', 'site-briefings-2019'],
          ],
        },
      ];
      expect(hops(await store.paths('braeden-caley', 'mathieu-lafrance', { ...ALL, without: ['REPRESENTED'] }))).toEqual(briefing);
      expect(hops(await store.paths('braeden-caley', 'mathieu-lafrance', { ...ALL, avoid: ['liberal-party'] }))).toEqual(briefing);
      const around = await store.paths('russian-interference-2016', 'elections-canada', { ...ALL, avoid: ['liberal-party'] });
      expect(around.map((p) => p.nodes.map((n) => n.id))).toEqual([
        [
          'russian-interference-2016',
          'cybersecurity-approach-updated',
          'liberal-candidates',
          'claim-no-complaints-2019',
          'azam-ishmael',
          'claim-bussing-costs-declared',
          'elections-canada',
        ],
        [
          'russian-interference-2016',
          'cybersecurity-approach-updated',
          'liberal-candidates',
          'claim-no-complaints-2021',
          'azam-ishmael',
          'claim-bussing-costs-declared',
          'elections-canada',
        ],
      ]);
    });

    it('gives at most `first` paths, none longer than maxHops, and none for an unknown id', async () => {
      expect(hops(await store.paths('braeden-caley', 'mathieu-lafrance', { ...ALL, first: 1 })).map((p) => p.nodes)).toEqual([
        ['braeden-caley', 'liberal-party', 'mathieu-lafrance'],
      ]);
      expect(await store.paths('russian-interference-2016', 'elections-canada', { ...ALL, maxHops: 4 })).toEqual([]);
      expect(await store.paths('braeden-caley', 'no-such-node', ALL)).toEqual([]);
      expect(
        await store.paths('braeden-caley', 'mathieu-lafrance', {
          ...ALL,
          without: ['REPRESENTED', 'ATTENDED', 'MET_WITH', 'HELD_ROLE'],
          maxHops: 2,
        }),
      ).toEqual([]);
    });

    it('gives a one-node path from a node to itself', async () => {
      expect(hops(await store.paths('liberal-party', 'liberal-party', ALL))).toEqual([{ nodes: ['liberal-party'], edges: [] }]);
    });
  });
}
