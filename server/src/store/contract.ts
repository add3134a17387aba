// The one contract every GraphStore passes, run on the tests' data: exact answers to the questions
// users ask (who attended, what was done about the breach, who recommended what), compared as
// whole values against the canonical graph of the pinned Ishmael fixture (test/fixtures.ts).
// Orderings checked here are the ones the GraphStore interface promises (types.ts); everything
// else is compared as sorted sets. One file per area (contract-*.ts), sharing contract-support.ts.
//
//   describeStoreContract('memory', async () => createMemoryStore(await loadGraph(FIXTURE_DATA_DIR)));
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAttendanceContract } from './contract-attendance.ts';
import { describeDocumentContract } from './contract-documents.ts';
import { describeNodeContract } from './contract-nodes.ts';
import { describePathsContract } from './contract-paths.ts';
import { describeRecommendationContract } from './contract-recommendations.ts';
import { describeSubgraphContract } from './contract-subgraphs.ts';
import { contractSubject } from './contract-support.ts';
import { describeTextSearchContract } from './contract-text-search.ts';
import { describeTraceContract } from './contract-trace.ts';
import type { GraphStore } from './types.ts';

export function describeStoreContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`the ${name} store (GraphStore contract)`, () => {
    const subject = contractSubject(open);
    // The areas read the store and the seed in beforeAll hooks of their own, which run after this one.
    beforeAll(() => subject.open());
    afterAll(() => subject.close());

    it('reports itself healthy under its own name', async () => {
      const { store } = subject;
      const health = await store.health();
      expect({ ok: health.ok, store: health.store }).toEqual({ ok: true, store: store.name });
      expect(health.detail).not.toBe('');
    });

    describeNodeContract(subject);
    describeAttendanceContract(subject);
    describeTraceContract(subject);
    describeRecommendationContract(subject);
    describeSubgraphContract(subject);
    describePathsContract(subject);
    describeDocumentContract(subject);
    describeTextSearchContract(subject);
  });
}
