// The corpus contract (contract-corpus.ts) on the Neo4j store: the fixture corpus loaded into a real
// Neo4j, the same questions as the in-memory store answers in memory-store.test.ts.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe } from 'vitest';
import { loadIntoNeo4j } from '../../../seed/index.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../../test/neo4j.ts';
import { describeCorpusContract } from './contract-corpus.ts';
import { createNeo4jStore } from './neo4j-store.ts';

describe.runIf(hasNeo4j)('the Neo4j store on the fixture corpus', () => {
  const settings = neo4jConfig();
  if (settings === null) return;
  let driver: Driver;
  beforeAll(async () => {
    driver = await openDriver({ disableLosslessIntegers: true });
  });
  afterAll(async () => {
    await driver?.close();
  });

  // A reset load (one transaction) replaces whatever graph the database held: test files run one
  // at a time, and each Neo4j suite loads the graph it needs before it starts.
  describeCorpusContract('neo4j', async (seed) => {
    await loadIntoNeo4j(driver, settings.database, seed, { reset: true });
    return createNeo4jStore(settings);
  });
});
