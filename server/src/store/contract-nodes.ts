// The store contract (contract.ts): nodes by id, and search by name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/src/model.ts';
import { view, viewEdge, type ContractSubject } from './contract-support.ts';
import type { GraphStore } from './types.ts';

export function describeNodeContract(subject: ContractSubject): void {
  const { node, edgeBetween } = subject;
  let store: GraphStore;
  let seed: GraphData;
  beforeAll(() => {
    ({ store, seed } = subject);
  });

  describe('node', () => {
    it('returns every seed node exactly as the seed built it, without relations unless asked', async () => {
      for (const expected of seed.nodes) {
        const record = await store.node(expected.id, { withRelations: false });
        expect(record?.relations).toBeUndefined();
        expect(record && view(record.node)).toEqual(view(expected));
      }
    });

    it('returns the relations of Braeden Caley in type order, each with its seed edge', async () => {
      const record = await store.node('braeden-caley', { withRelations: true });
      expect(record?.relations?.map((r) => [r.edge.type, r.direction, r.node.id])).toEqual([
        ['ATTENDED', 'OUT', 'site-briefings-2019'],
        ['ATTENDED', 'OUT', 'site-briefings-2021'],
        ['REPRESENTED', 'OUT', 'liberal-party'],
      ]);
      expect(record?.relations?.map((r) => viewEdge(r.edge))).toEqual([
        viewEdge(edgeBetween('ATTENDED', 'braeden-caley', 'site-briefings-2019')),
        viewEdge(edgeBetween('ATTENDED', 'braeden-caley', 'site-briefings-2021')),
        viewEdge(edgeBetween('REPRESENTED', 'braeden-caley', 'liberal-party')),
      ]);
    });

    it('returns every relation in and out of the Liberal Party, and only those', async () => {
      const record = await store.node('liberal-party', { withRelations: true });
      const got = (record?.relations ?? []).map((r) => `${r.direction} ${r.edge.id} ${r.node.id}`).sort();
      const expected = seed.edges
        .flatMap((e) => [
          ...(e.source === 'liberal-party' ? [`OUT ${e.id} ${e.target}`] : []),
          ...(e.target === 'liberal-party' ? [`IN ${e.id} ${e.source}`] : []),
        ])
        .sort();
      expect(got).toEqual(expected);
      const types = (record?.relations ?? []).map((r) => r.edge.type);
      expect(types).toEqual([...types].sort());
    });

    it('returns null for an id no node has', async () => {
      expect(await store.node('no-such-node', { withRelations: true })).toBeNull();
    });
  });

  describe('search', () => {
    const search = async (text: string, options: { kinds?: string[]; limit?: number } = {}) =>
      (await store.search(text, { limit: 20, withRelations: false, ...options })).map((r) => r.node.id);

    it('finds Braeden Caley by part of his name, in any case', async () => {
      expect(await search('caley')).toEqual(['braeden-caley']);
      expect(await search('CALEY')).toEqual(['braeden-caley']);
    });

    it('ignores accents on either side', async () => {
      // People only: the document's Interview node is named after its witness too.
      expect(await search('Ishmaël', { kinds: ['Person'] })).toEqual(['azam-ishmael']);
      expect(await search('ishmael', { kinds: ['Person'] })).toEqual(['azam-ishmael']);
    });

    it('finds an organization by an alias the document also uses', async () => {
      expect(await search('Center for Cybersecurity')).toEqual(['cyber-centre']);
    });

    it('puts an exact alias first, then prefixes, then word starts, then by name', async () => {
      expect((await search('SITE'))[0]).toBe('site-task-force');
      expect(await search('Centre')).toEqual(['cyber-centre', 'cyber-candidate-manual', 'cyber-centre-head', 'cyber-centre-meeting']);
      const party = await search('party', { limit: 100 });
      expect(party.slice(0, 3)).toEqual(['liberal-candidate-booklet', 'party-leaders', 'claim-leaders-clearance']);
    });

    it('keeps only the kinds asked for and at most limit results', async () => {
      const organizations = await search('party', { kinds: ['Organization'], limit: 100 });
      expect(organizations.length).toBeGreaterThan(1);
      for (const id of organizations) expect(node(id).kind).toBe('Organization');
      const all = await search('party', { limit: 100 });
      expect(await search('party', { limit: 3 })).toEqual(all.slice(0, 3));
    });

    it('loads relations only when asked', async () => {
      const [withRelations] = await store.search('caley', { limit: 1, withRelations: true });
      expect(withRelations?.relations?.map((r) => r.node.id)).toEqual(['site-briefings-2019', 'site-briefings-2021', 'liberal-party']);
      const [without] = await store.search('caley', { limit: 1, withRelations: false });
      expect(without?.relations).toBeUndefined();
    });

    it('returns nothing when nothing matches', async () => {
      expect(await search('zzzz-nothing')).toEqual([]);
    });
  });
}
