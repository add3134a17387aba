// The ways of writing the same rows that the load scenarios compare. All use the seed's own
// cypher/seed/*.cypher files and rows (toNeo4jRows), so only the batching and transactions differ.
import type { Driver } from 'neo4j-driver';
import { cypher } from '../seed/src/cypher.ts';
import type { GraphData } from '../seed/src/model.ts';
import { toNeo4jRows } from '../seed/src/neo4j-rows.ts';

export const STEPS = ['documents', 'sections', 'paragraphs', 'nodes', 'edges', 'evidence', 'mentions'] as const;

/** Rows per step, in load order. */
export function stepRows(graph: GraphData): [string, readonly unknown[]][] {
  const rows = toNeo4jRows(graph);
  return STEPS.map((step) => [step, rows[step]]);
}

/**
 * The naive load: each row through the same query with a one-row $rows list, each in its own
 * auto-commit transaction (what a first version that loops over rows does). Stops at `deadline`
 * and returns how many rows it wrote, so a slow run is bounded and still gives a rate.
 */
export async function loadRowByRow(driver: Driver, database: string, graph: GraphData, deadline: number): Promise<{ rows: number; total: number }> {
  const session = driver.session({ database });
  let rows = 0;
  const all = stepRows(graph);
  const total = all.reduce((n, [, list]) => n + list.length, 0);
  try {
    for (const [step, list] of all) {
      const query = cypher(`seed/${step}`);
      for (const row of list) {
        if (performance.now() > deadline) return { rows, total };
        await session.run(query, { rows: [row] });
        rows++;
      }
    }
  } finally {
    await session.close();
  }
  return { rows, total };
}

/**
 * Batched like the seed, but each batch in its own transaction: for graphs too large for one
 * transaction's memory limit, and for the constraint scenario (which must not re-apply the schema).
 * A transaction timeout bounds each batch.
 */
export async function loadInBatches(driver: Driver, database: string, graph: GraphData, options: { batchSize: number; timeoutMs: number; deadline?: number }): Promise<{ completed: boolean }> {
  const session = driver.session({ database });
  try {
    for (const [step, list] of stepRows(graph)) {
      const query = cypher(`seed/${step}`);
      for (let i = 0; i < list.length; i += options.batchSize) {
        if (options.deadline !== undefined && performance.now() > options.deadline) return { completed: false };
        const batch = list.slice(i, i + options.batchSize);
        await session.executeWrite((tx) => tx.run(query, { rows: batch }), { timeout: options.timeoutMs });
      }
    }
  } finally {
    await session.close();
  }
  return { completed: true };
}

/** The schema's uniqueness constraints (dropping one drops its index). */
export async function dropConstraints(driver: Driver, database: string): Promise<string[]> {
  const result = await driver.executeQuery("SHOW CONSTRAINTS YIELD name, type WHERE type = 'UNIQUENESS' RETURN name", {}, { database });
  const names = result.records.map((r) => String(r.get('name')));
  for (const name of names) await driver.executeQuery(`DROP CONSTRAINT ${name.replace(/[^A-Za-z0-9_]/g, '')}`, {}, { database });
  return names;
}
