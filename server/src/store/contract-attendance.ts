// The store contract (contract.ts): briefings and who attended them, paged.
import { beforeAll, describe, expect, it } from 'vitest';
import { paragraphsOf, view, type ContractSubject } from './contract-support.ts';
import type { GraphStore } from './types.ts';

export function describeAttendanceContract(subject: ContractSubject): void {
  const { node, edgeBetween } = subject;
  let store: GraphStore;
  beforeAll(() => {
    ({ store } = subject);
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
      expect((await store.briefings({ election: 2019 })).map((b) => b.briefing.id)).toEqual(['site-briefings-2019']);
      expect((await store.briefings({ election: 2021 })).map((b) => b.briefing.id)).toEqual(['site-briefings-2021']);
      expect(await store.briefings({ election: 2020 })).toEqual([]);
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
      expect((await store.attendance({ event: 'cyber-centre-meeting' })).map((r) => r.person.id)).toEqual([
        'azam-ishmael',
        'cyber-centre-head',
      ]);
      expect((await store.attendance({ person: 'braeden-caley' })).map((r) => r.event.id)).toEqual([
        'site-briefings-2019',
        'site-briefings-2021',
      ]);
      expect((await store.attendance({ person: 'braeden-caley', election: 2021 })).map((r) => r.event.id)).toEqual(['site-briefings-2021']);
      expect((await store.attendance({ person: 'braeden-caley', event: 'site-briefings-2021' })).map((r) => r.event.id)).toEqual([
        'site-briefings-2021',
      ]);
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
}
