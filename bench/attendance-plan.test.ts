// The attendance page must cost the same whatever the size of the graph: Neo4j reads it from the
// attended_key index in key order and stops after `first` rows (cypher/attendance.cypher). PROFILE
// on a synthetic corpus with hundreds of attendances shows how many rows each operator produced.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../graph/src/cypher.ts';
import { loadGraph, loadIntoNeo4j } from '../seed/index.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../test/neo4j.ts';
import { attendanceRequest } from '../server/src/store/neo4j-store.ts';
import { corpusInTempDir } from './corpus.ts';
import { FIXTURE_DATA_DIR } from '../test/fixtures.ts';

interface Plan {
  operatorType: string;
  rows: number;
  children: Plan[];
}

function operators(plan: Plan): Plan[] {
  return [plan, ...plan.children.flatMap(operators)];
}

describe.runIf(hasNeo4j)('attendance.cypher on a corpus of 30 documents', () => {
  let driver: Driver;
  const database = neo4jConfig()?.database ?? 'neo4j';
  beforeAll(async () => {
    driver = await openDriver();
    const { dir, remove } = await corpusInTempDir({ documents: 30 });
    try {
      await loadIntoNeo4j(driver, database, await loadGraph(dir), { reset: true });
    } finally {
      await remove();
    }
  }, 180_000);
  afterAll(async () => {
    // Leave the seed graph in place, as the other Neo4j suites expect.
    await loadIntoNeo4j(driver, database, await loadGraph(FIXTURE_DATA_DIR), { reset: true });
    await driver.close();
  });

  it('reads a page of one election from the index in key order, touching about as many relations as the page holds, in every branch', async () => {
    const all = await driver.executeQuery(
      'MATCH ()-[r:ATTENDED]->() WHERE r.attendanceKey STARTS WITH "2019" RETURN count(r) AS n',
      {},
      { database },
    );
    expect(all.records[0]?.get('n').toNumber()).toBeGreaterThan(50);
    const { query, params } = attendanceRequest({ election: 2019, first: 10 }, { evidence: 0 });
    const result = await driver.executeQuery(`PROFILE ${cypher(query)}`, params, { database });
    expect(result.records[0]?.get('rows')).toHaveLength(10);
    const plan = result.summary.profile as unknown as Plan;
    const ops = operators(plan);
    // Every branch of the query included (those for an event or a person must read nothing here).
    const reads = ops.filter((o) =>
      /RelationshipIndex(Seek|Scan)|RelationshipTypeScan|AllRelationshipsScan|NodeIndexScan|NodeByLabelScan|AllNodesScan/.test(
        o.operatorType,
      ),
    );
    const shape = ops.map((o) => `${o.operatorType} ${o.rows}`).join(' < ');
    expect(
      reads.some((o) => /RelationshipIndex/.test(o.operatorType)),
      shape,
    ).toBe(true);
    expect(
      reads.reduce((sum, o) => sum + o.rows, 0),
      shape,
    ).toBeLessThanOrEqual(11);
  });
});
