import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRA_DATA_DIR, FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { loadGraph } from './pipeline.ts';
import { summariseGraph } from './summary.ts';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const CHECK = join(ROOT, 'seed/src/check.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const ISHMAEL = 'stage1-interview-summary-azam-ishmael';
const WHITLOCK = 'fictional-interview-summary-dana-whitlock';

async function check(args: string[]) {
  // NEO4J_URI set to nothing that answers: the check must not need (or try) a database.
  return run(TSX, [CHECK, ...args], { cwd: ROOT, env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const folders: string[] = [];
/** A data folder holding the pinned Ishmael fixture and the fictional summary. */
async function twoDocuments(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tg-check-'));
  folders.push(dir);
  for (const from of [FIXTURE_DATA_DIR, EXTRA_DATA_DIR]) await cp(from, dir, { recursive: true });
  return dir;
}
afterAll(async () => {
  await Promise.all(folders.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Every file under dir with its content, to show that nothing was written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  return Object.fromEntries(
    await Promise.all(files.map(async (e) => [join(e.parentPath, e.name), await readFile(join(e.parentPath, e.name), 'utf8')])),
  );
}

describe('summariseGraph', () => {
  it('counts the fictional summary by document and by kind, the kinds in the order of the model', async () => {
    expect(summariseGraph(await loadGraph(EXTRA_DATA_DIR))).toEqual({
      documents: [
        {
          id: WHITLOCK,
          title: 'Fictional Stage 1 Interview Summary: Dana Whitlock',
          paragraphs: 6,
          nodes: 14,
          sharedNodes: 0,
          edges: 20,
          mentions: 16,
        },
      ],
      paragraphs: 6,
      nodes: 14,
      edges: 20,
      mentions: 16,
      nodesByKind: [
        ['Person', 2],
        ['Organization', 3],
        ['Election', 1],
        ['Briefing', 1],
        ['Interview', 1],
        ['Incident', 1],
        ['Response', 3],
        ['Claim', 1],
        ['Recommendation', 1],
      ],
      edgesByType: [
        ['ATTENDED', 2],
        ['HELD_ROLE', 2],
        ['REPRESENTED', 1],
        ['PART_OF', 1],
        ['PRECEDED', 1],
        ['REPORTED_TO', 1],
        ['RESPONDED_WITH', 3],
        ['PERFORMED', 2],
        ['NOTICED', 1],
        ['TARGETED', 1],
        ['RECOMMENDED', 1],
        ['ADDRESSED_TO', 1],
        ['ASSERTED', 1],
        ['ABOUT', 1],
        ['INTERVIEWED_IN', 1],
      ],
      mentionsByKind: [
        ['Person', 7],
        ['Organization', 8],
        ['Election', 1],
      ],
    });
  });
});

// Each case starts the CLI (tsx compiling it first): seconds on a quiet machine, more on a busy one.
describe('npm run check', { timeout: 120_000 }, () => {
  it('prints what a folder of two documents holds: totals, each document with what cites it, and counts by kind', async () => {
    const dir = await twoDocuments();
    const result = await check(['--data', dir]);
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        `Reading ${dir}`,
        // 89 mentions: the Ishmael annotation's "the Party" (the Liberal Party) no longer links in the Whitlock summary.
        'Checked 2 document(s), 28 paragraphs: 82 nodes, 146 edges, 89 mentions',
        `  ${WHITLOCK} ("Fictional Stage 1 Interview Summary: Dana Whitlock"): 6 paragraphs; cited by 14 nodes (3 shared with other documents) and 20 edges; 16 mentions`,
        `  ${ISHMAEL} ("Stage 1 Interview Summary: Azam Ishmael"): 22 paragraphs; cited by 71 nodes (3 shared with other documents) and 126 edges; 73 mentions`,
        'Nodes by kind: Person 8, Organization 18, Place 1, Election 3, Briefing 2, Meeting 1, Interview 2, Nomination 1, Incident 4, Response 11, Publication 4, Process 3, Claim 19, Recommendation 5',
        'Edges by type: ATTENDED 9, HELD_ROLE 7, REPRESENTED 4, ORGANIZED 6, PART_OF 9, PRECEDED 3, LOCATED_IN 2, REPORTED_TO 5, RESPONDED_WITH 13, PERFORMED 13, ' +
          'CONSULTED 1, NOTICED 2, TARGETED 3, MET_WITH 1, PUBLISHED 4, DISTRIBUTED 1, REPLACED 1, RECOMMENDED 5, ADDRESSED_TO 5, ASSERTED 19, ABOUT 31, INTERVIEWED_IN 2',
        'Mentions by kind: Person 22, Organization 48, Place 3, Election 6, Nomination 2, Incident 1, Response 1, Publication 3, Process 2, Claim 1',
        '',
      ].join('\n'),
    });
  });

  it('exits 1 on bad data with every problem, each with file and line, and writes nothing', async () => {
    const dir = await twoDocuments();
    const file = join(dir, `annotations/${WHITLOCK}.yaml`);
    const yaml = await readFile(file, 'utf8');
    await writeFile(
      file,
      yaml
        .replace('Data Lead."', 'Data Lead!"')
        .replace('target: site-task-force, evidence: [{ paragraph: 4', 'target: site-taskforce, evidence: [{ paragraph: 4'),
    );
    const before = await snapshot(dir);
    const result = await check(['--data', dir]);
    expect(result).toEqual({
      code: 1,
      stdout: `Reading ${dir}\n`,
      stderr: [
        '2 problems in the seed data:',
        `annotations/${WHITLOCK}.yaml:21: quote not found in paragraph [1]: "Priya Ostrander is the Meadowlark Party's Data Lead!"`,
        `annotations/${WHITLOCK}.yaml:98: REPORTED_TO target "site-taskforce" is not a known id (did you mean "site-task-force"?)`,
        '',
      ].join('\n'),
    });
    expect(await snapshot(dir)).toEqual(before);
  });

  it('leaves drafted items out and says so, and takes them in with --drafts, as the seed does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tg-check-drafts-'));
    folders.push(dir);
    await cp(EXTRA_DATA_DIR, dir, { recursive: true });
    const file = join(dir, `annotations/${WHITLOCK}.yaml`);
    await writeFile(file, (await readFile(file, 'utf8')).replace('{ type: ABOUT, source:', '{ type: ABOUT, review: draft, source:'));
    const headline = async (args: string[]) => (await check(['--data', dir, ...args])).stdout.split('\n')[1];
    expect([await headline([]), await headline(['--drafts'])]).toEqual([
      'Checked 1 document(s), 6 paragraphs: 14 nodes, 19 edges, 16 mentions; 1 draft items left out (--drafts to include them)',
      'Checked 1 document(s), 6 paragraphs: 14 nodes, 20 edges, 16 mentions; 1 of them drafts (draft: true; SEED_DRAFTS=1 npm start serves them)',
    ]);
  });

  it('reads seed/ when no folder is given, and explains a bad flag', async () => {
    const real = await check([]);
    expect({ code: real.code, reading: real.stdout.split('\n')[0] }).toEqual({ code: 0, reading: `Reading ${join(ROOT, 'seed')}` });
    expect(await check(['--out', 'x.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "Unknown option '--out'\nusage: npm run check -- [--data DIR] [--drafts]\n",
    });
  });
});
