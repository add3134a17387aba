// The seed CLI against bad input and a kill, end to end: the real `tsx seed/src/cli.ts --data DIR`
// against the test Neo4j. Every malformed folder (malformed-corpus.ts) must exit 1 naming file and
// line, and a seed killed inside its transaction must leave the graph as it was. The index limits the
// seed checks (graph/src/limits.ts) are checked against Neo4j itself.
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint, type DatabaseFingerprint } from '../../test/graph-fingerprint.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import { writeSyntheticData } from '../../test/synthetic-data.ts';
import { MALFORMED_CASES, VALID_FILES } from '../../test/malformed-corpus.ts';
import { INDEX_KEY_BYTES } from '../../graph/src/limits.ts';
import { loadIntoNeo4j } from './neo4j-load.ts';
import { loadGraph } from './pipeline.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'seed/src/cli.ts');
/** `node --import tsx`, not the tsx binary: that one runs the CLI in a child process a kill would miss. */
const NODE_TSX = [process.execPath, '--import', 'tsx'] as const;
const conn = neo4jConfig();
/** The CLI's Neo4j: the test one when there is one; without it the bad data must fail before any connection. */
const neo4jEnv = conn
  ? { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database }
  : { NEO4J_URI: '' };

async function dataFolder(files: Record<string, string | Uint8Array | null>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tg-malformed-'));
  for (const [path, content] of Object.entries(files)) {
    if (content === null) continue;
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}

async function seed(dataDir: string) {
  return run(NODE_TSX[0], [...NODE_TSX.slice(1), CLI, '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, ...neo4jEnv },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('the seed CLI on malformed data', () => {
  let driver: Driver | undefined;
  let before: DatabaseFingerprint | undefined;
  const folders: string[] = [];

  beforeAll(async () => {
    if (!conn) return;
    driver = await openDriver();
    // A database holding the real graph, so "unchanged" means something.
    await loadIntoNeo4j(driver, conn.database, await loadGraph(FIXTURE_DATA_DIR));
    before = await databaseFingerprint(driver, conn.database);
  });
  afterAll(async () => {
    await driver?.close();
    await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('has at least 30 cases, each with its own name and the problems it expects', () => {
    expect(MALFORMED_CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(MALFORMED_CASES.map((c) => c.name)).size).toBe(MALFORMED_CASES.length);
    expect(MALFORMED_CASES.filter((c) => c.problems.length === 0).map((c) => c.name)).toEqual([]);
  });

  it('accepts the valid folder the cases start from', async () => {
    const dir = await dataFolder({ ...VALID_FILES });
    folders.push(dir);
    await expect(loadGraph(dir)).resolves.toMatchObject({ documents: [{ id: 'doc-a' }] });
  });

  // Each case is a process start (~0.7 s of CPU): two at a time keep both cores busy.
  describe.concurrent('each case', { timeout: 60_000 }, () => {
    it.for(MALFORMED_CASES)('$name: exits 1, names file and line, writes nothing', async (c, { expect }) => {
      const dir = await dataFolder({ ...VALID_FILES, ...c.files });
      folders.push(dir);
      const result = await seed(dir);
      const header = `${c.problems.length} problem${c.problems.length === 1 ? '' : 's'} in the seed data:`;
      expect({ code: result.code, stderr: result.stderr }).toEqual({
        code: 1,
        stderr: `${[header, ...c.problems, 'Nothing was written.'].join('\n')}\n`,
      });
      if (driver && conn) expect(await databaseFingerprint(driver, conn.database)).toEqual(before);
    });
  });
});

describe.runIf(hasNeo4j)("Neo4j's index key limits", () => {
  it('are the ones the seed checks: a value at the limit is indexed, one byte more is refused', { timeout: 60_000 }, async () => {
    if (!conn) return;
    const driver = await openDriver();
    // A label of this test's own, so nothing else in the shared database is touched.
    const label = `LimitProbe${process.pid}`;
    const indexes = {
      RANGE: `CREATE INDEX ${label}_range FOR (n:${label}) ON (n.range)`,
      TEXT: `CREATE TEXT INDEX ${label}_text FOR (n:${label}) ON (n.text)`,
    };
    const write = (property: string, value: string) =>
      driver.executeQuery(`CREATE (n:${label}) SET n[$property] = $value`, { property, value }, { database: conn.database }).then(
        () => 'indexed',
        (error: unknown) =>
          error instanceof Error && error.message.startsWith('Property value is too large to index') ? 'too large' : String(error),
      );
    try {
      for (const statement of Object.values(indexes)) await driver.executeQuery(statement, {}, { database: conn.database });
      await driver.executeQuery('CALL db.awaitIndexes(60)', {}, { database: conn.database });
      const outcomes: Record<string, string> = {};
      for (const kind of ['RANGE', 'TEXT'] as const) {
        const limit = INDEX_KEY_BYTES[kind];
        const property = kind.toLowerCase();
        // Two-byte characters, so the limit is in bytes and not in characters: "é" × n/2, then one ASCII byte more.
        const atLimit = 'é'.repeat(Math.floor(limit / 2)) + (limit % 2 ? 'a' : '');
        outcomes[`${kind} at ${limit} bytes`] = await write(property, atLimit);
        outcomes[`${kind} at ${limit + 1} bytes`] = await write(property, `${atLimit}a`);
      }
      expect(outcomes).toEqual({
        [`RANGE at ${INDEX_KEY_BYTES.RANGE} bytes`]: 'indexed',
        [`RANGE at ${INDEX_KEY_BYTES.RANGE + 1} bytes`]: 'too large',
        [`TEXT at ${INDEX_KEY_BYTES.TEXT} bytes`]: 'indexed',
        [`TEXT at ${INDEX_KEY_BYTES.TEXT + 1} bytes`]: 'too large',
      });
    } finally {
      await driver.executeQuery(`MATCH (n:${label}) DELETE n`, {}, { database: conn.database });
      for (const name of [`${label}_range`, `${label}_text`])
        await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, { database: conn.database });
      await driver.close();
    }
  });
});

describe.runIf(hasNeo4j)('the seed CLI killed while it loads', () => {
  it('leaves the previous graph intact: SIGKILL inside the open transaction rolls it all back', { timeout: 120_000 }, async () => {
    if (!conn) return;
    const driver = await openDriver();
    const dir = await mkdtemp(join(tmpdir(), 'tg-kill-'));
    const seedGraph = await loadGraph(FIXTURE_DATA_DIR);
    try {
      await loadIntoNeo4j(driver, conn.database, seedGraph);
      const before = await databaseFingerprint(driver, conn.database);
      // Thousands of paragraphs, people and meetings: the load takes seconds after it starts writing.
      await writeSyntheticData(dir, { documents: 2, people: 2000, meetings: 5000 });

      const child = spawn(NODE_TSX[0], [...NODE_TSX.slice(1), CLI, '--data', dir], {
        cwd: ROOT,
        env: { ...process.env, ...neo4jEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const lines: string[] = [];
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        child.on('close', (code, signal) => done({ code, signal })),
      );
      // Killed once the transaction has written the documents: it is open, and far from its commit.
      const killed = new Promise<boolean>((done) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          lines.push(line);
          if (line.startsWith('  documents:')) done(child.kill('SIGKILL'));
        });
        void exited.then(() => done(false));
      });
      const deadline = setTimeout(() => child.kill('SIGKILL'), 90_000);
      const [wasKilled, exit] = await Promise.all([killed, exited]);
      clearTimeout(deadline);

      // What the load said, from its first line on (what the check of the data printed before it is not the point).
      expect({ wasKilled, exit, log: lines.slice(lines.indexOf('Applying cypher/schema.cypher')) }).toEqual({
        wasKilled: true,
        exit: { code: null, signal: 'SIGKILL' },
        log: ['Applying cypher/schema.cypher', 'Writing the graph in one transaction', '  documents: 2'],
      });
      expect(await databaseFingerprint(driver, conn.database)).toEqual(before);
    } finally {
      // Should the kill have come too late, the other suites still find the seed graph.
      await loadIntoNeo4j(driver, conn.database, seedGraph);
      await driver.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
