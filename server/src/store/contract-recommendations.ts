// The store contract (contract.ts): recommendations and claims, with their filters.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/src/model.ts';
import { ids, sortedIds, paragraphsOf, view, type ContractSubject } from './contract-support.ts';
import type { GraphStore } from './types.ts';

export function describeRecommendationContract(subject: ContractSubject): void {
  const { node, edgeBetween, paragraphText } = subject;
  let store: GraphStore;
  let seed: GraphData;
  beforeAll(() => {
    ({ store, seed } = subject);
  });

  describe('recommendations and claims', () => {
    const expectedRecommendations = [
      { id: 'rec-caution-discussing-fi', addressedTo: ['fi-commentators'], about: [], paragraph: 19 },
      { id: 'rec-brief-party-leaders', addressedTo: ['site-task-force'], about: ['party-leaders'], paragraph: 20 },
      { id: 'rec-regular-site-meetings', addressedTo: ['site-task-force'], about: [], paragraph: 21 },
      { id: 'rec-approved-vendor-list', addressedTo: ['federal-government'], about: ['political-parties'], paragraph: 22 },
    ];

    it("lists Azam Ishmael's four recommendations in document order, each citing [18] and its own paragraph", async () => {
      const recommendations = await store.recommendations({ by: 'azam-ishmael' });
      expect(
        recommendations.map((r) => ({
          id: r.recommendation.id,
          by: ids(r.by),
          addressedTo: ids(r.addressedTo),
          about: ids(r.about),
          paragraphs: paragraphsOf(r.evidence),
          text: r.text,
        })),
      ).toEqual(
        expectedRecommendations.map((e) => ({
          id: e.id,
          by: ['azam-ishmael'],
          addressedTo: e.addressedTo,
          about: e.about,
          paragraphs: [18, e.paragraph],
          text: paragraphText(e.paragraph),
        })),
      );
      for (const r of recommendations) {
        expect(r.evidence.slice(0, r.recommendation.evidence.length)).toEqual(node(r.recommendation.id).evidence);
        expect(r.evidence).toEqual(expect.arrayContaining(edgeBetween('RECOMMENDED', 'azam-ishmael', r.recommendation.id).evidence));
      }
    });

    it('lists the same recommendations unfiltered and none for someone who made none', async () => {
      expect((await store.recommendations()).map((r) => r.recommendation.id)).toEqual(expectedRecommendations.map((e) => e.id));
      expect(await store.recommendations({ by: 'liberal-party' })).toEqual([]);
    });

    it('finds the claims about the 2019 election, by the Liberal Party, and both at once', async () => {
      const about = await store.claims({ about: 'election-2019' });
      expect(about.map((c) => [c.claim.id, ids(c.by), ids(c.about)])).toEqual([
        ['claim-no-fi-effect-2019', ['liberal-party'], ['election-2019', 'fi-media-reporting']],
        ['claim-no-complaints-2019', ['azam-ishmael'], ['election-2019', 'liberal-candidates']],
      ]);
      const by = await store.claims({ by: 'liberal-party' });
      expect(by.map((c) => c.claim.id)).toEqual([
        'claim-reporting-threshold-unclear',
        'claim-no-fi-effect-2019',
        'claim-dvn-no-irregularities',
        'claim-no-fi-effect-2021',
      ]);
      expect((await store.claims({ about: 'election-2019', by: 'liberal-party' })).map((c) => c.claim.id)).toEqual([
        'claim-no-fi-effect-2019',
      ]);
    });

    it('lists every claim of the seed without a filter', async () => {
      const claims = await store.claims({});
      expect(claims.map((c) => c.claim.id).sort()).toEqual(sortedIds(seed.nodes.filter((n) => n.kind === 'Claim')));
      expect(claims.map((c) => view(c.claim))).toEqual(claims.map((c) => view(node(c.claim.id))));
      expect(await store.claims({ about: 'no-such-node' })).toEqual([]);
    });
  });
}
