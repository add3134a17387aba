// Documents in and out on Neo4j, through the full seed (`tsx seed/src/cli.ts --data DIR`): after
// seeding the test corpus, seeding it again without one document leaves exactly the database a
// fresh seed of the smaller corpus makes: what only that document cited is gone, shared entities
// keep the rest of their evidence.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CORPUS_DIR } from '../../test/fixtures.ts';
import { databaseFingerprint } from '../../test/graph-fingerprint.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'seed/src/cli.ts');
const GONE = 'stage1-interview-summary-marisol-quennell';

describe.runIf(hasNeo4j)('a document taken out of the corpus, on Neo4j', { timeout: 180_000 }, () => {
  const conn = neo4jConfig();
  const database = conn?.database ?? 'neo4j';
  let driver: Driver;
  let smaller: string;

  const seed = async (dir: string, ...args: string[]) => {
    const env = { ...process.env, NEO4J_URI: conn?.uri, NEO4J_USER: conn?.user, NEO4J_PASSWORD: conn?.password, NEO4J_DATABASE: database };
    await run(process.execPath, ['--import', 'tsx', CLI, '--data', dir, ...args], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
  };
  const read = async (query: string) =>
    (await driver.executeQuery(query, {}, { database, routing: 'READ' })).records.map((r) => r.toObject());

  beforeAll(async () => {
    driver = await openDriver({ disableLosslessIntegers: true });
    smaller = await mkdtemp(join(tmpdir(), 'tg-corpus-out-'));
    await cp(FIXTURE_CORPUS_DIR, smaller, { recursive: true });
    await rm(join(smaller, 'documents', `${GONE}.txt`));
    await rm(join(smaller, 'annotations', `${GONE}.yaml`));
  });
  afterAll(async () => {
    await driver?.close();
    await rm(smaller, { recursive: true, force: true });
  });

  it('leaves what a fresh seed of the smaller corpus leaves, without the document and what only it cited', async () => {
    await seed(FIXTURE_CORPUS_DIR, '--reset');
    expect(await read(`MATCH (n:Entity {id: 'marisol-quennell'}) RETURN n.id AS id`)).toEqual([{ id: 'marisol-quennell' }]);
    await seed(smaller);
    const synced = await databaseFingerprint(driver, database);
    expect(
      await read(
        `MATCH (n:Entity) WHERE n.id IN ['marisol-quennell', 'citizens-forward-alliance', 'interview-${GONE}'] RETURN n.id AS id
         UNION MATCH (d:Document {id: '${GONE}'}) RETURN d.id AS id`,
      ),
    ).toEqual([]);
    const [briefing] = await read(`MATCH (b:Entity {id: 'site-briefings-2021'}) RETURN b.evidenceDocuments AS documents`);
    expect(briefing?.['documents']).not.toContain(GONE);
    expect(Array.isArray(briefing?.['documents']) && briefing['documents'].length > 0).toBe(true);
    await seed(smaller, '--reset');
    expect(await databaseFingerprint(driver, database)).toEqual(synced);
  });
});
