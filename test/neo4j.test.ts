import { randomUUID } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasNeo4j, neo4jConfig, openDriver } from './neo4j.ts';

describe.runIf(hasNeo4j)('Neo4j test server', () => {
  let driver: Driver;
  let database: string;

  beforeAll(async () => {
    database = neo4jConfig()!.database;
    driver = await openDriver();
  });

  afterAll(async () => {
    await driver?.close();
  });

  it('is Neo4j 5.26 Community', async () => {
    const { records } = await driver.executeQuery(
      `CALL dbms.components() YIELD name, versions, edition
       RETURN name, versions[0] AS version, edition`,
      {},
      { database },
    );
    expect(records).toHaveLength(1);
    const component = records[0]!;
    expect(component.get('name')).toBe('Neo4j Kernel');
    expect(component.get('edition')).toBe('community');
    expect(component.get('version')).toMatch(/^5\.26\./);
  });

  it('round-trips a write in a uniquely labelled node', async () => {
    // Labels cannot be parameters; the UUID is generated here, so interpolating it is safe.
    const label = `TestRoundTrip_${randomUUID().replaceAll('-', '')}`;
    // JS numbers are sent as Cypher FLOATs; neo4j.int() makes an INTEGER.
    const props = { name: 'Ada', born: neo4j.int(1815), tags: ['witness', 'expert'] };
    try {
      await driver.executeQuery(`CREATE (n:${label}) SET n = $props`, { props }, { database });
      const { records } = await driver.executeQuery(
        `MATCH (n:${label}) RETURN n.name AS name, n.born AS born, n.tags AS tags`,
        {},
        { database, routing: 'READ' },
      );
      expect(records).toHaveLength(1);
      const row = records[0]!;
      expect(row.get('name')).toBe('Ada');
      expect(neo4j.isInt(row.get('born'))).toBe(true); // INTEGERs come back as neo4j Integer
      expect(row.get('born').toNumber()).toBe(1815);
      expect(row.get('tags')).toEqual(['witness', 'expert']);
    } finally {
      await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database });
    }
    const { records } = await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS c`, {}, { database });
    expect(records[0]!.get('c').toNumber()).toBe(0);
  });
});
