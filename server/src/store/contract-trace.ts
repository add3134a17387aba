// The store contract (contract.ts): incidents, and traces from an incident to where its chain ends.
import { beforeAll, describe, expect, it } from 'vitest';
import { NotTraceableError } from '../errors.ts';
import { DOC, ids, view, type ContractSubject } from './contract-support.ts';
import type { GraphStore } from './types.ts';

export function describeTraceContract(subject: ContractSubject): void {
  const { node, edgeBetween } = subject;
  let store: GraphStore;
  beforeAll(() => {
    ({ store } = subject);
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

    it('traces the account breach: SITE and the platform together, the password, then no further steps', async () => {
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
        {
          order: 1,
          relation: 'RESPONDED_WITH',
          response: 'breach-reported-to-site',
          actors: ['liberal-party'],
          links: [['REPORTED_TO', 'site-task-force']],
          negative: false,
        },
        {
          // The text reports both together ("to SITE and to the social media platform"): one step.
          order: 1,
          relation: 'RESPONDED_WITH',
          response: 'breach-reported-to-platform',
          actors: ['liberal-party'],
          links: [['REPORTED_TO', 'social-media-platform']],
          negative: false,
        },
        {
          order: 2,
          relation: 'RESPONDED_WITH',
          response: 'breach-password-changed',
          actors: ['liberal-senior-director'],
          links: [],
          negative: false,
        },
        { order: 3, relation: 'RESPONDED_WITH', response: 'breach-no-further-steps', actors: [], links: [], negative: true },
      ]);
      for (const s of trace?.steps ?? []) {
        expect(s.evidence).toEqual(edgeBetween('RESPONDED_WITH', 'account-breach-2021', s.response.id).evidence);
        for (const l of s.links) expect(l.evidence).toEqual(edgeBetween(l.type, s.response.id, l.node.id).evidence);
      }
      expect(trace?.end).toEqual({
        explicit: true,
        afterStep: 3,
        description: 'No further steps were taken',
        evidence: [{ document: DOC, paragraph: 9, quote: 'No further steps were taken.' }],
      });
    });

    it('traces the Don Valley North bussing to the one response: no action was taken', async () => {
      const trace = await store.trace('dvn-student-bussing');
      expect(trace?.steps.map((s) => [s.order, s.response.id, ids(s.actors), s.negative])).toEqual([
        [1, 'dvn-no-action', ['liberal-party'], true],
      ]);
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
}
