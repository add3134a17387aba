// What annotate mode writes, through the API as the workbench calls it: each invalid edit refused
// with the seed's own problem and the file's bytes unchanged, a stale version refused with
// CONFLICT, a crash before the rename leaving the old file, comments and order kept, drafts
// accepted and rejected, undo, and the graph rebuilt after each saved change.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadGraph } from '../../../seed/index.ts';
import {
  ADD_EDGE,
  ADD_EVIDENCE,
  ADD_NODE,
  annotateApp,
  REVIEW,
  UNDO,
  type Answer,
  type Scratch,
  scratchData,
  send,
  versionNow,
  WHITLOCK,
  WHITLOCK_FILE,
} from '../../../test/annotate-data.ts';
import { MISSING_VERSION, REAL_FILE_OPS } from './file-writer.ts';

const scratches: Scratch[] = [];
afterEach(async () => {
  await Promise.all(scratches.splice(0).map((s) => s.remove()));
});

async function setUp(withAnnotation = true, fileOps = REAL_FILE_OPS) {
  const scratch = await scratchData(withAnnotation);
  scratches.push(scratch);
  const { app } = await annotateApp(scratch.dir, fileOps);
  return { scratch, app, before: await scratch.bytes() };
}

/** The refusal of an answer: its code, message and problems, for comparing as one value. */
const refusal = (answer: Answer) => answer.errors?.map((e) => ({ message: e.message, ...e.extensions }));

describe('invalid edits', () => {
  const cases: [string, string, Record<string, unknown>, { line: number; message: string }][] = [
    [
      'a quote not in its paragraph',
      ADD_EVIDENCE,
      { t: 'dana-whitlock', p: 3, q: 'the Campaign Manager' },
      { line: 14, message: 'quote not found in paragraph [3]: "the Campaign Manager"' },
    ],
    [
      'an unknown id',
      ADD_EDGE,
      {
        e: {
          type: 'ATTENDED',
          source: 'dana-whitlock',
          target: 'site-briefing-2021',
          evidence: [{ paragraph: 2, quote: 'Ms. Whitlock attended SITE briefings' }],
        },
      },
      { line: 57, message: 'ATTENDED target "site-briefing-2021" is not a known id (did you mean "site-briefings-2021"?)' },
    ],
    [
      'a relation the model does not allow between those kinds',
      ADD_EDGE,
      {
        e: {
          type: 'ATTENDED',
          source: 'dana-whitlock',
          target: 'meadowlark-party',
          evidence: [{ paragraph: 2, quote: 'Ms. Whitlock attended SITE briefings' }],
        },
      },
      {
        line: 57,
        message: 'ATTENDED cannot have an Organization ("meadowlark-party") as its target; allowed: Briefing, Meeting, Interview',
      },
    ],
    [
      'a bad id',
      ADD_NODE,
      { n: { id: 'Priya O.', kind: 'Person', name: 'P. Ostrander', evidence: [{ paragraph: 1, quote: 'Priya Ostrander' }] } },
      { line: 23, message: 'nodes.2.id: ids are lower-case slugs like "azam-ishmael"' },
    ],
  ];

  it.each(cases)(
    'refuses %s with BAD_USER_INPUT and the seed’s problem, and the file is unchanged',
    async (_name, mutation, variables, problem) => {
      const { scratch, app, before } = await setUp();
      const answer = await send(app, mutation, { d: WHITLOCK, v: await versionNow(app), ...variables });
      const problems = [{ file: WHITLOCK_FILE, ...problem }];
      expect({ errors: refusal(answer), unchanged: (await scratch.bytes())?.equals(before ?? Buffer.alloc(0)) }).toEqual({
        errors: [
          {
            message: `The seed refuses this change, so nothing was written:\n${WHITLOCK_FILE}:${problem.line}: ${problem.message}`,
            code: 'BAD_USER_INPUT',
            problems,
          },
        ],
        unchanged: true,
      });
    },
  );

  it('refuses a write against an older version with CONFLICT and the current version, and the file is unchanged', async () => {
    const { scratch, app, before } = await setUp();
    const current = await versionNow(app);
    const answer = await send(app, ADD_EVIDENCE, { d: WHITLOCK, v: MISSING_VERSION, t: 'dana-whitlock', p: 1, q: 'Campaign Manager' });
    expect({ errors: refusal(answer), unchanged: (await scratch.bytes())?.equals(before ?? Buffer.alloc(0)) }).toEqual({
      errors: [
        {
          message: `${WHITLOCK_FILE} has changed since version none (it is now ${current}): nothing was written. Reload the annotation and make the change again.`,
          code: 'CONFLICT',
          version: current,
        },
      ],
      unchanged: true,
    });
  });

  it('takes one of two writes made against the same version and refuses the other with CONFLICT', async () => {
    const { app } = await setUp();
    const version = await versionNow(app);
    const answers = await Promise.all(
      ['Campaign Manager', 'Meadowlark Party since 2020'].map((q) =>
        send(app, ADD_EVIDENCE, { d: WHITLOCK, v: version, t: 'dana-whitlock', p: 1, q }),
      ),
    );
    expect(answers.map((a) => a.errors?.[0]?.extensions?.['code'] ?? 'written')).toEqual(['written', 'CONFLICT']);
  });

  it('leaves the old file, and no temporary file, when the rename after writing fails', async () => {
    const failing = { ...REAL_FILE_OPS, rename: () => Promise.reject(Object.assign(new Error('simulated crash'), { code: 'EIO' })) };
    const { scratch, app, before } = await setUp(true, failing);
    const answer = await send(app, ADD_EVIDENCE, {
      d: WHITLOCK,
      v: await versionNow(app),
      t: 'dana-whitlock',
      p: 1,
      q: 'Campaign Manager',
    });
    expect({
      errors: refusal(answer),
      unchanged: (await scratch.bytes())?.equals(before ?? Buffer.alloc(0)),
      files: await readdir(join(scratch.dir, 'annotations')),
    }).toEqual({
      errors: [
        {
          message: `${WHITLOCK_FILE} could not be written (EIO): it is unchanged, and nothing was saved. Try again; if it fails again, check the disk.`,
          code: 'WRITE_FAILED',
        },
      ],
      unchanged: true,
      files: [`${WHITLOCK}.yaml`],
    });
  });
});

describe('edits that are written', () => {
  it('adds a person after the last person, keeping every other line, comment and blank line as it was', async () => {
    const { scratch, app, before } = await setUp();
    const answer = await send(app, ADD_NODE, {
      d: WHITLOCK,
      v: await versionNow(app),
      n: {
        kind: 'Person',
        name: 'Ms. Ostrander’s colleague',
        evidence: [{ paragraph: 2, quote: 'Ms. Ostrander attended two of the briefings' }],
      },
    });
    const lines = (before ?? Buffer.alloc(0)).toString('utf8').split('\n');
    const added = [
      '  - id: ms-ostrander-s-colleague',
      '    kind: Person',
      '    name: Ms. Ostrander’s colleague',
      '    evidence:',
      '      - { paragraph: 2, quote: "Ms. Ostrander attended two of the briefings" }',
    ];
    const after = (await scratch.bytes())?.toString('utf8');
    expect({ item: z.object({ addNode: z.object({ item: z.string() }) }).parse(answer.data).addNode.item, after }).toEqual({
      item: 'ms-ostrander-s-colleague',
      after: [...lines.slice(0, 22), ...added, ...lines.slice(22)].join('\n'),
    });
  });

  it('accepts a draft (its review, rule and confidence lines go) and the rebuilt graph has it as reviewed', async () => {
    const { scratch, app, before } = await setUp();
    const draftBefore = await send(app, '{ node(id: "site-briefings-2021") { draft } }');
    await send(app, REVIEW, { d: WHITLOCK, v: await versionNow(app), i: 'site-briefings-2021', r: 'ACCEPT' });
    const draftAfter = await send(app, '{ node(id: "site-briefings-2021") { draft } }');
    const lines = (before ?? Buffer.alloc(0)).toString('utf8').split('\n');
    const reviewed = await loadGraph(scratch.dir);
    expect({
      draftBefore: draftBefore.data,
      draftAfter: draftAfter.data,
      text: (await scratch.bytes())?.toString('utf8'),
      inTheSeedsGraph: reviewed.nodes.some((n) => n.id === 'site-briefings-2021'),
    }).toEqual({
      draftBefore: { node: { draft: true } },
      draftAfter: { node: { draft: false } },
      // Lines 34–36 of the fixture: review, rule, confidence of the briefing.
      text: lines.filter((_, i) => i < 33 || i > 35).join('\n'),
      inTheSeedsGraph: true,
    });
  });

  it('rejects a draft node and the draft relations that join it, which leave the graph', async () => {
    const { scratch, app } = await setUp();
    const answer = await send(app, REVIEW, { d: WHITLOCK, v: await versionNow(app), i: 'priya-ostrander', r: 'REJECT' });
    const graph = await send(app, '{ node(id: "priya-ostrander") { draft } }');
    const text = (await scratch.bytes())?.toString('utf8') ?? '';
    expect({
      drafts: z.object({ review: z.object({ annotation: z.object({ drafts: z.array(z.unknown()) }) }) }).parse(answer.data).review
        .annotation.drafts,
      node: graph.data,
      rejected: text.split('\n').filter((l) => l.includes('review: rejected')).length,
    }).toEqual({
      drafts: [
        { id: 'site-briefings-2021', item: 'NODE' },
        { id: 'dana-whitlock--represented--meadowlark-party', item: 'EDGE' },
      ],
      node: { node: null },
      rejected: 2,
    });
  });

  it('undoes the last change of the run: the file is back byte for byte, and then there is nothing to undo', async () => {
    const { scratch, app, before } = await setUp();
    await send(app, ADD_EVIDENCE, { d: WHITLOCK, v: await versionNow(app), t: 'dana-whitlock', p: 1, q: 'Campaign Manager' });
    const undone = await send(app, UNDO, { d: WHITLOCK, v: await versionNow(app) });
    const again = await send(app, UNDO, { d: WHITLOCK, v: await versionNow(app) });
    expect({
      same: (await scratch.bytes())?.equals(before ?? Buffer.alloc(0)),
      canUndo: z.object({ undo: z.object({ annotation: z.object({ canUndo: z.boolean() }) }) }).parse(undone.data).undo.annotation.canUndo,
      again: refusal(again),
    }).toEqual({
      same: true,
      canUndo: false,
      again: [{ message: `There is no change of this run to undo in ${WHITLOCK_FILE}.`, code: 'BAD_USER_INPUT' }],
    });
  });
});
