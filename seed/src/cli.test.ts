import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../graph/src/model.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'seed/src/cli.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

async function seed(args: string[], env: Record<string, string> = {}) {
  return run(TSX, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: '', ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('npm run seed -- --out', () => {
  it('writes the canonical graph as JSON without touching a database', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'tg-cli-')), 'graph.json');
    const result = await seed(['--data', FIXTURE_DATA_DIR, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Checked 1 document(s), 22 paragraphs');
    const graph = JSON.parse(await readFile(out, 'utf8')) as GraphData;
    expect(Object.keys(graph)).toEqual(['documents', 'nodes', 'edges', 'mentions']);
    expect(graph.documents[0]?.paragraphs).toHaveLength(22);
    expect([...graph.nodes, ...graph.edges].every((x) => x.evidence.length > 0)).toBe(true);
  });

  it('fails on a broken annotation, naming file and line, and writes nothing', async () => {
    const data = await mkdtemp(join(tmpdir(), 'tg-cli-data-'));
    await cp(FIXTURE_DATA_DIR, data, { recursive: true });
    const file = join(data, 'annotations/stage1-interview-summary-azam-ishmael.yaml');
    const yaml = await readFile(file, 'utf8');
    await writeFile(
      file,
      yaml.replace('since 2017"', 'since 2016"').replace('target: site-briefings-2021, evidence', 'target: site-briefing-2021, evidence'),
    );
    const out = join(data, 'graph.json');
    const result = await seed(['--data', data, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/annotations\/stage1-interview-summary-azam-ishmael\.yaml:\d+: quote not found in paragraph \[1\]/);
    expect(result.stderr).toMatch(
      /annotations\/stage1-interview-summary-azam-ishmael\.yaml:\d+: ORGANIZED target "site-briefing-2021" is not a known id \(did you mean "site-briefings-2021"\?\)/,
    );
    expect(result.stderr).toContain('Nothing was written.');
    expect(await exists(out)).toBe(false);
  });

  it('explains a bad flag and a missing NEO4J_URI', async () => {
    expect(await seed(['--bogus'])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage: npm run seed') });
    const noDb = await seed(['--data', FIXTURE_DATA_DIR]);
    expect(noDb.code).toBe(1);
    expect(noDb.stderr).toContain('NEO4J_URI');
  });
});
