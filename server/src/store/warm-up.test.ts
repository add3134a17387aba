// The start-up warm-up runs every query the Neo4j store can send, and each succeeds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../../seed/index.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../../test/neo4j.ts';
import { createNeo4jStore, QUERY_NAMES, type QueryEvent } from './neo4j-store.ts';
import type { GraphStore } from './types.ts';
import { warmUp } from './warm-up.ts';

describe.runIf(hasNeo4j)('warming up the Neo4j store', () => {
  const events: QueryEvent[] = [];
  let store: GraphStore;
  beforeAll(async () => {
    const conn = neo4jConfig();
    if (!conn) return;
    // The queries read through the schema's indexes (text-search through the full-text one), as a seeded database has them.
    const driver = await openDriver();
    try {
      await applySchema(driver, conn.database);
    } finally {
      await driver.close();
    }
    store = await createNeo4jStore(conn, { onQuery: (e) => events.push(e) });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('sends every query of cypher/ at least once, and none fails', async () => {
    const result = await warmUp(store);
    expect({ failed: result.failed, sent: [...new Set(events.map((e) => e.query))].sort(), ok: events.every((e) => e.ok) }).toEqual({
      failed: 0,
      sent: [...QUERY_NAMES].sort(),
      ok: true,
    });
  });
});
