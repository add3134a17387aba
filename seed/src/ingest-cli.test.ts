// npm run ingest as a user runs it: usage, the failure that writes nothing, and the summary table.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { NodeKind, RelationType } from '../../graph/src/model.ts';
import type { Ingested } from './ingest/ingest.ts';
import { summary } from './ingest/summary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function ingestCli(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'seed/src/ingest-cli.ts', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('npm run ingest', () => {
  it('says how it is used, and that it writes all or nothing', async () => {
    const help = await ingestCli(['--help']);
    const none = await ingestCli([]);
    expect([
      help.code,
      help.stdout.split('\n')[0],
      help.stdout.includes('All or nothing: if any file fails'),
      none.code,
      none.stderr.split('\n')[0],
    ]).toEqual([0, 'usage: npm run ingest -- FILE.pdf|FILE.txt … [--data DIR]', true, 2, 'no files to ingest']);
  }, 60_000);

  it('exits 1 naming each file that failed, and leaves the data folder empty', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
    dirs.push(dir);
    const bad = join(dir, 'scan.pdf');
    await writeFile(bad, 'not a pdf');
    const data = join(dir, 'data');
    const run = await ingestCli([bad, '--data', data]);
    expect([run.code, run.stderr]).toEqual([
      1,
      `${bad}: not a PDF (it does not start with "%PDF-"); give a PDF, or the extracted text as a .txt file\n1 of 1 file(s) failed. Nothing was written.\n`,
    ]);
    expect(await readdir(dir)).toEqual(['scan.pdf']);
  }, 60_000);
});

describe('the summary table', () => {
  it('has a row per document, then the drafted nodes by kind and edges by type', () => {
    const item = (name: string, paragraphs: number, kinds: NodeKind[], types: RelationType[], ms: number): Ingested => ({
      source: `${name}.pdf`,
      name,
      paragraphs,
      added: {
        nodes: kinds.map((kind, i) => ({ id: `n${i}`, kind, name: 'x', review: 'draft', rule: 'r', confidence: 1, evidence: [] })),
        edges: types.map((type) => ({ type, source: 'a', target: 'b', review: 'draft', rule: 'r', confidence: 1, evidence: [] })),
      },
      kept: 0,
      documentExisted: false,
      annotationExisted: false,
      ms,
      documentText: '',
      annotationText: '',
    });
    expect(summary([item('doc-a', 22, ['Person', 'Person', 'Briefing'], ['ATTENDED'], 812.4), item('doc-b', 6, ['Person'], [], 25)])).toBe(
      [
        'document  paragraphs  new nodes  new edges  kept   ms',
        'doc-a             22          3          1     0  812',
        'doc-b              6          1          0     0   25',
        '',
        'drafted nodes  count',
        'Briefing           1',
        'Person             3',
        '',
        'drafted edges  count',
        'ATTENDED           1',
      ].join('\n'),
    );
  });
});
