// Past one machine: the seed and the app against a neo4j:// routing URI (the local test Neo4j serves
// a routing table, advertising its own address), and the app's response cache dropped when another
// process (the seed) changes the graph under it. The data: the pinned Ishmael fixture, and it plus
// the fictional Whitlock summary (test/fixtures/extra).
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EXTRA_DATA_DIR, FIXTURE_DATA_DIR } from './fixtures.ts';
import { hasNeo4j, neo4jConfig } from './neo4j.ts';
import { type ServerProcess, spawnReadyServer } from './server-process.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const conn = neo4jConfig();
const routingEnv: Record<string, string> = conn
  ? { NEO4J_URI: conn.uri.replace(/^bolt:/, 'neo4j:'), NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database }
  : {};

async function seed(dataDir: string): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(ROOT, 'seed/src/cli.ts'), '--data', dataDir], {
    cwd: ROOT,
    env: { ...process.env, ...routingEnv },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

const Documents = z.object({ data: z.object({ documents: z.array(z.object({ id: z.string() })) }) });
const Health = z.object({ responseCache: z.object({ hits: z.number(), misses: z.number(), entries: z.number() }) });

describe.runIf(hasNeo4j)('on a neo4j:// routing URI', () => {
  let dir: string;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tg-routing-'));
    for (const folder of [FIXTURE_DATA_DIR, EXTRA_DATA_DIR]) await cp(folder, join(dir, 'both'), { recursive: true });
  });
  afterAll(async () => {
    await server?.stop();
    // The other suites find the fixture's graph.
    await seed(FIXTURE_DATA_DIR);
    await rm(dir, { recursive: true, force: true });
  });

  it('seeds, serves, and drops its cached answers when the seed changes the graph', { timeout: 240_000 }, async () => {
    expect(routingEnv.NEO4J_URI).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    const both = join(dir, 'both');
    expect(await seed(both)).toMatch(/^(Incremental|Full) load: /m);
    server = await spawnReadyServer({ env: { ...routingEnv, SEED_DATA_DIR: both, RESPONSE_CACHE_CHECK_MS: '100' } }, 150_000);
    const documents = async () => {
      const response = await fetch(`${server?.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ documents { id } }' }),
      });
      return Documents.parse(await response.json()).data.documents.map((d) => d.id);
    };
    const cache = async () => Health.parse(await (await fetch(`${server?.base}/health`)).json()).responseCache;
    const ids = ['fictional-interview-summary-dana-whitlock', 'stage1-interview-summary-azam-ishmael'];
    expect(await documents()).toEqual(ids);
    expect(await documents()).toEqual(ids);
    expect(await cache()).toMatchObject({ hits: 1, misses: 1, entries: 1 });

    // Another process removes a document: the app sees the new fingerprint and answers from the new graph.
    expect(await seed(FIXTURE_DATA_DIR)).toContain('Incremental load: 0 document(s) added, 0 changed, 1 removed');
    const deadline = Date.now() + 10_000;
    while ((await cache()).entries > 0 && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
    expect(await documents()).toEqual(['stage1-interview-summary-azam-ishmael']);
  });
});
