// What a database holds, reduced to counts and one hash over every node (labels and properties)
// and every relationship (type, properties and both ends): two equal fingerprints mean nothing was
// added, removed or changed. Internal element ids are left out, so the hash speaks of content.
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';

export interface DatabaseFingerprint {
  nodes: number;
  relationships: number;
  hash: string;
}

/** JSON with keys sorted at every level, and driver Integers as their decimal text. */
function stable(value: unknown): string {
  if (neo4j.isInt(value)) return JSON.stringify(`int:${value.toString()}`);
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export async function databaseFingerprint(driver: Driver, database: string): Promise<DatabaseFingerprint> {
  const options = { database, routing: neo4j.routing.READ };
  const nodes = await driver.executeQuery('MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props', {}, options);
  const content = new Map<string, string>();
  for (const r of nodes.records) {
    const labels = [...(r.get('labels') as string[])].sort();
    content.set(r.get('key') as string, stable({ labels, props: r.get('props') as unknown }));
  }
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props',
    {},
    options,
  );
  const lines = [
    ...[...content.values()].map((n) => `N ${n}`),
    ...rels.records.map(
      (r) =>
        `R ${r.get('type') as string} ${content.get(r.get('a') as string)} ${content.get(r.get('b') as string)} ${stable(r.get('props'))}`,
    ),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { nodes: content.size, relationships: rels.records.length, hash: hash.digest('hex') };
}
