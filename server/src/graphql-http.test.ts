// GraphQL over HTTP compliance, checked with the spec's own audit suite against app.fetch.
// Every MUST is a test; the SHOULDs and MAYs are printed, as they are advice, not the contract.
import { serverAudits } from 'graphql-http';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { createApp } from './app.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const app = createApp({ store: createMemoryStore(await loadGraph(FIXTURE_DATA_DIR)), logger: false });
const audits = serverAudits({ url: 'http://localhost/graphql', fetchFn: (url: string, init: RequestInit = {}) => app.fetch(url, init) });

describe('GraphQL over HTTP (graphql-http audits)', () => {
  const advice: string[] = [];
  afterAll(() => {
    if (advice.length > 0) console.info(`graphql-http advice not followed:\n${advice.join('\n')}`);
  });

  for (const audit of audits) {
    if (audit.name.startsWith('MUST')) {
      it(`passes: ${audit.name}`, async () => {
        const result = await audit.fn();
        expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
      });
    } else {
      it(`is audited (advice): ${audit.name}`, async () => {
        const result = await audit.fn();
        if (result.status !== 'ok') advice.push(`  ${result.status} ${audit.name}: ${result.reason}`);
        expect(['ok', 'notice', 'warn', 'error']).toContain(result.status);
      });
    }
  }
});
