// The annotation query of annotate mode: a document with no file yet (version none, created by the
// first write, taken away again by undo), an unknown document, the problems of a folder annotate
// mode starts on anyway, and the drafts of a file as the workbench lists them.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadGraph } from '../../../seed/index.ts';
import {
  ADD_EVIDENCE,
  ADD_NODE,
  annotateApp,
  REVIEW as REVIEW_ITEM,
  versionNow,
  UNDO,
  type Scratch,
  scratchData,
  send,
  WHITLOCK,
  WHITLOCK_FILE,
} from '../../../test/annotate-data.ts';
import { MISSING_VERSION, REAL_FILE_OPS, versionOf } from './file-writer.ts';

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

const dana = (evidence: { paragraph: number; quote: string }[], extra: Record<string, unknown> = {}) => ({
  kind: 'Person',
  name: 'Dana Whitlock',
  evidence,
  ...extra,
});

describe('the annotation of a document', () => {
  it('has version none; the first write creates the file, which the seed accepts, and undo takes it away', async () => {
    const { scratch, app } = await setUp(false);
    const first = await send(
      app,
      `{ annotation(document: "${WHITLOCK}") { version exists file problems { message } drafts { id } canUndo } }`,
    );
    const created = await send(app, ADD_NODE, {
      d: WHITLOCK,
      v: MISSING_VERSION,
      n: dana([{ paragraph: 1, quote: 'Dana Whitlock has served as the Campaign Manager' }], { aliases: ['Ms. Whitlock'] }),
    });
    const text = (await scratch.bytes())?.toString('utf8') ?? '';
    const graph = await loadGraph(scratch.dir);
    const undone = await send(app, UNDO, { d: WHITLOCK, v: versionOf(Buffer.from(text)) });
    expect({
      first: first.data,
      created: z.object({ addNode: z.object({ version: z.string(), item: z.string() }) }).parse(created.data).addNode,
      text,
      seeded: graph.nodes.map((n) => n.id).filter((id) => id === 'dana-whitlock'),
      undone: undone.errors,
      after: await scratch.bytes(),
    }).toEqual({
      first: { annotation: { version: 'none', exists: false, file: WHITLOCK_FILE, problems: [], drafts: [], canUndo: false } },
      created: { version: versionOf(Buffer.from(text)), item: 'dana-whitlock' },
      text: [
        `# Annotation of documents/${WHITLOCK}.txt, written in annotate mode (npm run annotate).`,
        `document: ${WHITLOCK}`,
        '',
        'nodes:',
        '  - id: dana-whitlock',
        '    kind: Person',
        '    name: Dana Whitlock',
        '    aliases: [Ms. Whitlock]',
        '    evidence:',
        '      - { paragraph: 1, quote: "Dana Whitlock has served as the Campaign Manager" }',
        '',
      ].join('\n'),
      seeded: ['dana-whitlock'],
      undone: undefined,
      after: null,
    });
  });

  it('answers NOT_FOUND for a document the folder does not have, a path included, and writes nothing', async () => {
    const { scratch, app, before } = await setUp();
    const answers = await Promise.all(
      ['no-such-document', `../annotations/${WHITLOCK}`].map((d) =>
        send(app, ADD_EVIDENCE, { d, v: MISSING_VERSION, t: 'dana-whitlock', p: 1, q: 'Campaign Manager' }),
      ),
    );
    expect({
      codes: answers.map((a) => a.errors?.[0]?.extensions?.['code']),
      unchanged: (await scratch.bytes())?.equals(before ?? Buffer.alloc(0)),
    }).toEqual({
      codes: ['NOT_FOUND', 'NOT_FOUND'],
      unchanged: true,
    });
  });

  it('starts on a folder whose reviewed relation needs two drafts, lists those problems, and accepting the drafts mends them', async () => {
    const { scratch } = await setUp();
    // The fixture's ATTENDED relation, reviewed: its review, rule and confidence lines (52–54) taken out.
    const path = join(scratch.dir, WHITLOCK_FILE);
    const text = (await readFile(path, 'utf8')).split('\n');
    await writeFile(path, text.filter((_, i) => i < 51 || i > 53).join('\n'));
    const { app } = await annotateApp(scratch.dir);
    const problems = async () => {
      const answer = await send(app, `{ annotation(document: "${WHITLOCK}") { problems { line message } } }`);
      return z.object({ annotation: z.object({ problems: z.array(z.unknown()) }) }).parse(answer.data).annotation.problems;
    };
    const before = await problems();
    for (const item of ['priya-ostrander', 'site-briefings-2021']) {
      await send(app, REVIEW_ITEM, { d: WHITLOCK, v: await versionNow(app), i: item, r: 'ACCEPT' });
    }
    expect({ before, after: await problems() }).toEqual({
      before: [
        { line: 49, message: 'ATTENDED source "priya-ostrander" is a draft (review: draft): review it too, or seed with --drafts' },
        { line: 49, message: 'ATTENDED target "site-briefings-2021" is a draft (review: draft): review it too, or seed with --drafts' },
      ],
      after: [],
    });
  });

  it('lists the drafts of the fixture in file order', async () => {
    const { app } = await setUp();
    const answer = await send(
      app,
      `{ annotation(document: "${WHITLOCK}") { drafts { id item kind name type source target rule confidence evidence { paragraph quote } } } }`,
    );
    expect(answer.data).toEqual({
      annotation: {
        drafts: [
          {
            id: 'priya-ostrander',
            item: 'NODE',
            kind: 'Person',
            name: 'Priya Ostrander',
            type: null,
            source: null,
            target: null,
            rule: 'person.full-name',
            confidence: 0.9,
            evidence: [{ paragraph: 1, quote: "Priya Ostrander is the Meadowlark Party's Data Lead." }],
          },
          {
            id: 'site-briefings-2021',
            item: 'NODE',
            kind: 'Briefing',
            name: 'SITE briefings for the 2021 election',
            type: null,
            source: null,
            target: null,
            rule: 'event.briefing',
            confidence: 0.8,
            evidence: [{ paragraph: 2, quote: 'SITE briefings in respect of the 2021 federal election' }],
          },
          {
            id: 'dana-whitlock--represented--meadowlark-party',
            item: 'EDGE',
            kind: null,
            name: null,
            type: 'REPRESENTED',
            source: 'dana-whitlock',
            target: 'meadowlark-party',
            rule: 'represented.on-behalf-of',
            confidence: 0.7,
            evidence: [{ paragraph: 2, quote: 'on behalf of the Meadowlark Party' }],
          },
          {
            id: 'priya-ostrander--attended--site-briefings-2021',
            item: 'EDGE',
            kind: null,
            name: null,
            type: 'ATTENDED',
            source: 'priya-ostrander',
            target: 'site-briefings-2021',
            rule: 'attended.with-her',
            confidence: 0.6,
            evidence: [{ paragraph: 2, quote: 'Ms. Ostrander attended two of the briefings with her.' }],
          },
        ],
      },
    });
  });
});
