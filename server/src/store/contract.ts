// The one contract every GraphStore passes, run on the tests' data: exact answers to the questions
// users ask (who attended, what was done about the breach, who recommended what), compared as
// whole values against the canonical graph of the pinned Ishmael fixture (test/fixtures.ts).
// Orderings checked here are the ones the GraphStore interface promises (types.ts); everything
// else is compared as sorted sets.
//
//   describeStoreContract('memory', async () => createMemoryStore(await loadGraph(FIXTURE_DATA_DIR)));
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/src/model.ts';
import { loadGraph } from '../../../seed/index.ts';
import { NotTraceableError } from '../errors.ts';
import type { Evidence, GraphEdge, GraphNode, GraphStore, SubgraphRecord } from './types.ts';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';

const DOC = 'stage1-interview-summary-azam-ishmael';

const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);
const sortedIds = (list: readonly { id: string }[]): string[] => ids(list).sort();
const paragraphsOf = (evidence: readonly Evidence[]): number[] => [...new Set(evidence.map((e) => e.paragraph))].sort((a, b) => a - b);

/** Absent and empty optional lists mean the same to a client (the API maps both to []). */
function view(node: GraphNode): GraphNode {
  return { ...node, aliases: node.aliases ?? [], properties: node.properties ?? {}, elections: node.elections ?? [] };
}
function viewEdge(edge: GraphEdge): GraphEdge {
  return { ...edge, properties: edge.properties ?? {} };
}

export function describeStoreContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`the ${name} store (GraphStore contract)`, () => {
    let store: GraphStore;
    let seed: GraphData;
    const node = (id: string): GraphNode => {
      const found = seed.nodes.find((n) => n.id === id);
      if (!found) throw new Error(`the seed has no node ${id}`);
      return found;
    };
    const edgeBetween = (type: string, source: string, target: string): GraphEdge => {
      const found = seed.edges.find((e) => e.type === type && e.source === source && e.target === target);
      if (!found) throw new Error(`the seed has no ${type} edge ${source} → ${target}`);
      return found;
    };
    const paragraphText = (n: number): string => {
      const text = seed.documents.find((d) => d.id === DOC)?.paragraphs.find((p) => p.number === n)?.text;
      if (text === undefined) throw new Error(`the seed has no paragraph ${n}`);
      return text;
    };
    /** Every edge of the seed whose two ends are both in the subgraph. */
    const inducedEdgeIds = (sub: SubgraphRecord): string[] => {
      const inside = new Set(ids(sub.nodes));
      return sortedIds(seed.edges.filter((e) => inside.has(e.source) && inside.has(e.target)));
    };
    const expectCanonical = (sub: SubgraphRecord) => {
      expect(sub.nodes.map(view)).toEqual(sub.nodes.map((n) => view(node(n.id))));
      expect(sub.edges.map(viewEdge)).toEqual(sub.edges.map((e) => viewEdge(seed.edges.find((s) => s.id === e.id) ?? e)));
    };

    beforeAll(async () => {
      seed = await loadGraph(FIXTURE_DATA_DIR);
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    it('reports itself healthy under its own name', async () => {
      const health = await store.health();
      expect({ ok: health.ok, store: health.store }).toEqual({ ok: true, store: store.name });
      expect(health.detail).not.toBe('');
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
        expect(await search('Ishmaël')).toEqual(['azam-ishmael']);
        expect(await search('ishmael')).toEqual(['azam-ishmael']);
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

    describe('briefings and attendance', () => {
      it('lists the SITE briefings of 2019 and 2021, organized by the SITE Task Force', async () => {
        const briefings = await store.briefings();
        expect(
          briefings.map((b) => ({
            id: b.briefing.id,
            election: b.election,
            organizer: b.organizer?.node.id,
            organizerEvidence: b.organizer?.evidence,
            attendees: b.attendees.map((a) => a.node.id),
          })),
        ).toEqual([
          {
            id: 'site-briefings-2019',
            election: 2019,
            organizer: 'site-task-force',
            organizerEvidence: edgeBetween('ORGANIZED', 'site-task-force', 'site-briefings-2019').evidence,
            attendees: ['azam-ishmael', 'braeden-caley', 'mathieu-lafrance'],
          },
          {
            id: 'site-briefings-2021',
            election: 2021,
            organizer: 'site-task-force',
            organizerEvidence: edgeBetween('ORGANIZED', 'site-task-force', 'site-briefings-2021').evidence,
            attendees: ['azam-ishmael', 'braeden-caley'],
          },
        ]);
        expect(briefings.map((b) => view(b.briefing))).toEqual([view(node('site-briefings-2019')), view(node('site-briefings-2021'))]);
        for (const b of briefings) {
          for (const a of b.attendees) expect(a.evidence).toEqual(edgeBetween('ATTENDED', a.node.id, b.briefing.id).evidence);
        }
      });

      it('keeps only the briefings of the election asked for', async () => {
        expect((await store.briefings(2019)).map((b) => b.briefing.id)).toEqual(['site-briefings-2019']);
        expect((await store.briefings(2021)).map((b) => b.briefing.id)).toEqual(['site-briefings-2021']);
        expect(await store.briefings(2020)).toEqual([]);
      });

      it('says exactly who attended in 2019, citing paragraphs [5] and [6]', async () => {
        const rows = await store.attendance({ election: 2019 });
        expect(rows.map((r) => ({ person: r.person.id, event: r.event.id, election: r.election, evidence: r.evidence }))).toEqual(
          ['azam-ishmael', 'braeden-caley', 'mathieu-lafrance'].map((person) => ({
            person,
            event: 'site-briefings-2019',
            election: 2019,
            evidence: edgeBetween('ATTENDED', person, 'site-briefings-2019').evidence,
          })),
        );
        for (const r of rows) expect(paragraphsOf(r.evidence)).toEqual([5, 6]);
      });

      it('says exactly who attended in 2021, citing paragraph [13]', async () => {
        const rows = await store.attendance({ election: 2021 });
        expect(rows.map((r) => [r.person.id, r.event.id, r.election])).toEqual([
          ['azam-ishmael', 'site-briefings-2021', 2021],
          ['braeden-caley', 'site-briefings-2021', 2021],
        ]);
        for (const r of rows) expect(paragraphsOf(r.evidence)).toEqual([13]);
      });

      it('lists every attendance without a filter, the undated meeting last', async () => {
        const rows = await store.attendance({});
        expect(rows.map((r) => [r.event.id, r.person.id, r.election])).toEqual([
          ['site-briefings-2019', 'azam-ishmael', 2019],
          ['site-briefings-2019', 'braeden-caley', 2019],
          ['site-briefings-2019', 'mathieu-lafrance', 2019],
          ['site-briefings-2021', 'azam-ishmael', 2021],
          ['site-briefings-2021', 'braeden-caley', 2021],
          ['cyber-centre-meeting', 'azam-ishmael', null],
          ['cyber-centre-meeting', 'cyber-centre-head', null],
        ]);
        expect(rows.map((r) => view(r.person))).toEqual(rows.map((r) => view(node(r.person.id))));
      });

      it('pages attendance: first rows, then those after a cursor, in the same order, each row once', async () => {
        const all = await store.attendance({});
        const pages: string[][] = [];
        let after: string | undefined;
        for (let i = 0; i < 10; i++) {
          const page = await store.attendance({ first: 3, ...(after === undefined ? {} : { after }) });
          if (page.length === 0) break;
          pages.push(page.map((r) => r.key));
          after = page.at(-1)!.key;
        }
        expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
        expect(pages.flat()).toEqual(all.map((r) => r.key));
        // A page within one election stays in that election.
        const first2019 = await store.attendance({ election: 2019, first: 2 });
        expect(first2019.map((r) => r.person.id)).toEqual(['azam-ishmael', 'braeden-caley']);
        const rest2019 = await store.attendance({ election: 2019, after: first2019[1]!.key });
        expect(rest2019.map((r) => [r.person.id, r.election])).toEqual([['mathieu-lafrance', 2019]]);
      });

      it('keeps the attendance of one event or one person', async () => {
        expect((await store.attendance({ event: 'cyber-centre-meeting' })).map((r) => r.person.id)).toEqual(['azam-ishmael', 'cyber-centre-head']);
        expect((await store.attendance({ person: 'braeden-caley' })).map((r) => r.event.id)).toEqual(['site-briefings-2019', 'site-briefings-2021']);
        expect((await store.attendance({ person: 'braeden-caley', election: 2021 })).map((r) => r.event.id)).toEqual(['site-briefings-2021']);
        expect((await store.attendance({ person: 'braeden-caley', event: 'site-briefings-2021' })).map((r) => r.event.id)).toEqual(['site-briefings-2021']);
        expect(await store.attendance({ event: 'no-such-event' })).toEqual([]);
      });

      it('returns nested nodes with at least the evidence asked for, and says how much there is', async () => {
        for (const evidence of [0, 1]) {
          const rows = await store.attendance({ election: 2019 }, { evidence });
          for (const r of rows) {
            for (const n of [r.person, r.event]) {
              const full = node(n.id).evidence;
              expect(n.evidence.length).toBeGreaterThanOrEqual(Math.min(evidence, full.length));
              expect(n.evidence).toEqual(full.slice(0, n.evidence.length));
              expect(n.evidenceCount ?? n.evidence.length).toBe(full.length);
            }
          }
        }
        const nb = await store.neighborhood('azam-ishmael', 1, { evidence: 0 });
        for (const n of nb!.nodes) expect(n.evidenceCount ?? n.evidence.length).toBe(node(n.id).evidence.length);
      });

      it('returns brief nested nodes with their brief fields as they are, and whole ones whole', async () => {
        const brief = await store.attendance({}, { brief: true });
        const whole = await store.attendance({}, { brief: false });
        expect(brief.length).toBeGreaterThan(0);
        for (const r of brief) {
          for (const n of [r.person, r.event]) {
            const { id, kind, name, date, evidence } = node(n.id);
            // A store may send more than the brief fields; these it must send as they are.
            expect({ id: n.id, kind: n.kind, name: n.name, date: n.date, evidence: n.evidence }).toEqual({ id, kind, name, date, evidence });
          }
        }
        for (const r of whole) for (const n of [r.person, r.event]) expect(view(n)).toEqual(view(node(n.id)));
        expect(whole.map((r) => r.key)).toEqual(brief.map((r) => r.key));
      });
    });

    describe('incidents and traces', () => {
      it('lists the incidents by date, with whom each was reported to and how many responses it had', async () => {
        const incidents = await store.incidents();
        expect(incidents.map((i) => [i.incident.id, i.responseCount, i.reportedTo.map((r) => r.node.id)])).toEqual([
          ['russian-interference-2016', 2, []],
          ['dvn-student-bussing', 1, []],
          ['account-breach-2021', 4, ['site-task-force', 'social-media-platform']],
        ]);
        const breach = incidents[2];
        expect(breach?.reportedTo.map((r) => r.evidence)).toEqual([
          edgeBetween('REPORTED_TO', 'account-breach-2021', 'site-task-force').evidence,
          edgeBetween('REPORTED_TO', 'account-breach-2021', 'social-media-platform').evidence,
        ]);
      });

      it('traces the account breach: SITE, the platform, the password, then no further steps', async () => {
        const trace = await store.trace('account-breach-2021');
        expect(trace && view(trace.incident)).toEqual(view(node('account-breach-2021')));
        expect(
          trace?.steps.map((s) => ({
            order: s.order,
            relation: s.relation,
            response: s.response.id,
            actors: ids(s.actors),
            links: s.links.map((l) => [l.type, l.node.id]),
            negative: s.negative,
          })),
        ).toEqual([
          { order: 1, relation: 'RESPONDED_WITH', response: 'breach-reported-to-site', actors: ['liberal-party'], links: [['REPORTED_TO', 'site-task-force']], negative: false },
          { order: 2, relation: 'RESPONDED_WITH', response: 'breach-reported-to-platform', actors: ['liberal-party'], links: [['REPORTED_TO', 'social-media-platform']], negative: false },
          { order: 3, relation: 'RESPONDED_WITH', response: 'breach-password-changed', actors: ['liberal-senior-director'], links: [], negative: false },
          { order: 4, relation: 'RESPONDED_WITH', response: 'breach-no-further-steps', actors: [], links: [], negative: true },
        ]);
        for (const s of trace?.steps ?? []) {
          expect(s.evidence).toEqual(edgeBetween('RESPONDED_WITH', 'account-breach-2021', s.response.id).evidence);
          for (const l of s.links) expect(l.evidence).toEqual(edgeBetween(l.type, s.response.id, l.node.id).evidence);
        }
        expect(trace?.end).toEqual({
          explicit: true,
          afterStep: 4,
          description: 'No further steps were taken',
          evidence: [{ document: DOC, paragraph: 9, quote: 'No further steps were taken.' }],
        });
      });

      it('traces the Don Valley North bussing to the one response: no action was taken', async () => {
        const trace = await store.trace('dvn-student-bussing');
        expect(trace?.steps.map((s) => [s.order, s.response.id, ids(s.actors), s.negative])).toEqual([[1, 'dvn-no-action', ['liberal-party'], true]]);
        expect(trace?.end).toEqual({
          explicit: true,
          afterStep: 1,
          description: 'No action was taken',
          evidence: edgeBetween('RESPONDED_WITH', 'dvn-student-bussing', 'dvn-no-action').evidence,
        });
      });

      it('says the document records no further response when a chain ends without a negative step', async () => {
        const trace = await store.trace('russian-interference-2016');
        expect(trace?.steps.map((s) => [s.response.id, s.links.map((l) => `${l.type} ${l.node.id}`)])).toEqual([
          ['cyber-experts-consulted', ['CONSULTED cybersecurity-experts']],
          ['cybersecurity-approach-updated', ['ABOUT liberal-candidates']],
        ]);
        expect(trace?.end).toEqual({ explicit: false, afterStep: 2, description: 'The document records no further response', evidence: [] });
      });

      it('traces a claim that was answered, not only incidents', async () => {
        const trace = await store.trace('claim-manual-daunting');
        expect(trace?.steps.map((s) => s.response.id)).toEqual(['manual-distribution-stopped', 'liberal-candidate-booklet']);
      });

      it('returns null for an unknown id and refuses a node with nothing to trace', async () => {
        expect(await store.trace('no-such-incident')).toBeNull();
        const refused = store.trace('braeden-caley');
        await expect(refused).rejects.toBeInstanceOf(NotTraceableError);
        await expect(refused).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
      });
    });

    describe('recommendations and claims', () => {
      const expectedRecommendations = [
        { id: 'rec-caution-discussing-fi', addressedTo: ['fi-commentators'], about: [], paragraph: 19 },
        { id: 'rec-brief-party-leaders', addressedTo: ['site-task-force'], about: ['party-leaders'], paragraph: 20 },
        { id: 'rec-regular-site-meetings', addressedTo: ['site-task-force'], about: [], paragraph: 21 },
        { id: 'rec-approved-vendor-list', addressedTo: ['federal-government'], about: ['political-parties'], paragraph: 22 },
      ];

      it("lists Azam Ishmael's four recommendations in document order, each citing [18] and its own paragraph", async () => {
        const recommendations = await store.recommendations('azam-ishmael');
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
        expect(await store.recommendations('liberal-party')).toEqual([]);
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
        expect((await store.claims({ about: 'election-2019', by: 'liberal-party' })).map((c) => c.claim.id)).toEqual(['claim-no-fi-effect-2019']);
      });

      it('lists every claim of the seed without a filter', async () => {
        const claims = await store.claims({});
        expect(claims.map((c) => c.claim.id).sort()).toEqual(sortedIds(seed.nodes.filter((n) => n.kind === 'Claim')));
        expect(claims.map((c) => view(c.claim))).toEqual(claims.map((c) => view(node(c.claim.id))));
        expect(await store.claims({ about: 'no-such-node' })).toEqual([]);
      });
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
          'azam-ishmael', 'braeden-caley', 'breach-reported-to-platform', 'breach-reported-to-site', 'candidate-vetting',
          'claim-dvn-no-irregularities', 'claim-no-fi-effect-2019', 'claim-no-fi-effect-2021', 'claim-no-notes-allowed',
          'claim-reporting-threshold-unclear', 'claim-site-information-general', 'claim-site-information-unchanged',
          'cyber-candidate-manual', 'cyber-experts-consulted', 'cybersecurity-preparation-2021', 'dvn-no-action',
          'dvn-nomination-2019', 'election-2019', 'election-2021', 'liberal-candidate-booklet', 'liberal-candidates',
          'liberal-it-director', 'liberal-party', 'liberal-senior-director', 'manual-distribution-stopped',
          'mathieu-lafrance', 'permanent-appeal-process', 'political-parties', 'site-briefings-2019',
          'site-briefings-2021', 'site-task-force',
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

    describe('documents', () => {
      it('returns the document with sections and paragraphs 1 to 22, each with its text and mentions', async () => {
        const documents = await store.documents();
        const source = seed.documents[0];
        expect(documents.map((d) => d.id)).toEqual([DOC]);
        const doc = documents[0];
        expect(doc && { title: doc.title, interviewee: doc.interviewee, interviewer: doc.interviewer, date: doc.date, notes: doc.notes, sections: doc.sections }).toEqual(
          source && { title: source.title, interviewee: source.interviewee, interviewer: source.interviewer, date: source.date, notes: source.notes, sections: source.sections },
        );
        expect(doc?.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
        for (const p of doc?.paragraphs ?? []) {
          const mentions = [...new Set(seed.mentions.filter((m) => m.document === DOC && m.paragraph === p.number).map((m) => m.entity))].sort();
          const original = source?.paragraphs.find((q) => q.number === p.number);
          expect(p).toEqual({ document: DOC, number: p.number, section: original?.section, text: original?.text, repairs: original?.repairs ?? [], mentions });
          expect(p.text).not.toBe('');
        }
      });

      it('returns one paragraph with the entities it mentions, and null for one that does not exist', async () => {
        const paragraph = await store.paragraph(DOC, 9);
        expect(paragraph?.text).toBe(paragraphText(9));
        expect(paragraph?.mentions).toEqual([...new Set(seed.mentions.filter((m) => m.document === DOC && m.paragraph === 9).map((m) => m.entity))].sort());
        expect(await store.paragraph(DOC, 99)).toBeNull();
        expect(await store.paragraph('no-such-document', 1)).toBeNull();
      });
    });
  });
}
