// Neo4j access for tests. The connection is chosen once per run by test/neo4j-global-setup.ts
// (NEO4J_URI, else a throwaway local server, else none). Usage in a *.test.ts file:
//
//   import { hasNeo4j, openDriver, neo4jConfig } from '../test/neo4j.ts';
//   describe.runIf(hasNeo4j)('my graph queries', () => {
//     let driver: Driver;
//     beforeAll(async () => { driver = await openDriver(); });
//     afterAll(() => driver.close());
//     it('...', async () => {
//       await driver.executeQuery('...', {}, { database: neo4jConfig()!.database });
//     });
//   });
//
// All test files share the one database (Community has a single user database and the config
// runs files one at a time): give nodes a label or property unique to your test and delete
// them afterwards rather than wiping the database.

import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import type { Neo4jConnection } from './neo4j-global-setup.ts';

export type { Neo4jConnection };

/** The Neo4j this run uses, or null when none is available (suites should skip). */
export function neo4jConfig(): Neo4jConnection | null {
  return inject('neo4j') ?? null;
}

/** True when a Neo4j is available; use with `describe.runIf(hasNeo4j)`. */
export const hasNeo4j: boolean = neo4jConfig() !== null;

/**
 * A connected driver for the provided Neo4j (close it in afterAll). Pass the database from
 * neo4jConfig() to sessions/executeQuery. Throws if no Neo4j is available.
 */
export async function openDriver(config: Config = {}): Promise<Driver> {
  const conn = neo4jConfig();
  if (!conn) {
    throw new Error('openDriver(): no Neo4j for this run; guard the suite with describe.runIf(hasNeo4j)');
  }
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), config);
  try {
    await driver.verifyConnectivity({ database: conn.database });
  } catch (err) {
    await driver.close();
    throw err;
  }
  return driver;
}
