// Who may write in annotate mode: only a request with this run's token, from the server's own
// origin. Every refusal leaves the annotation file's bytes as they were and says why. And `npm
// start` has none of it: no Mutation type, no annotation query.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadGraph } from '../../../seed/index.ts';
import { buildSchema, createApp } from '../app.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import { annotateApp, type Scratch, scratchData, send, TEST_TOKEN, versionNow, WHITLOCK } from '../../../test/annotate-data.ts';
import type { AnnotateApp } from './mode.ts';
import { bearerMatches } from './token.ts';

const REMOVE = 'mutation($d: ID!, $v: String!) { removeItem(document: $d, version: $v, item: "dana-whitlock") { version } }';

let scratch: Scratch;
let annotate: AnnotateApp;
let before: Buffer | null;

beforeEach(async () => {
  scratch = await scratchData(true);
  annotate = await annotateApp(scratch.dir);
  before = await scratch.bytes();
});
afterEach(() => scratch.remove());

async function refused(headers: Record<string, string | null>) {
  const answer = await send(annotate.app, REMOVE, { d: WHITLOCK, v: await versionNow(annotate.app) }, headers);
  return { answer, unchanged: (await scratch.bytes())?.equals(before ?? Buffer.alloc(0)) ?? false };
}

describe('the write guard of annotate mode', () => {
  it('refuses a write without the token with 401 UNAUTHORIZED, and the file is unchanged', async () => {
    const { answer, unchanged } = await refused({ authorization: null });
    expect({ status: answer.status, errors: answer.errors, unchanged }).toEqual({
      status: 401,
      errors: [
        {
          message: 'This write has no token. Writes need "Authorization: Bearer <token>", the token in the URL `npm run annotate` printed.',
          extensions: { code: 'UNAUTHORIZED' },
        },
      ],
      unchanged: true,
    });
  });

  it('refuses a write with a wrong token with 401 UNAUTHORIZED, and the file is unchanged', async () => {
    const { answer, unchanged } = await refused({ authorization: `Bearer ${TEST_TOKEN}x` });
    expect({
      status: answer.status,
      code: answer.errors?.[0]?.extensions?.['code'],
      message: answer.errors?.[0]?.message,
      unchanged,
    }).toEqual({
      status: 401,
      code: 'UNAUTHORIZED',
      message:
        'This write has a wrong token. Writes need "Authorization: Bearer <token>", the token in the URL `npm run annotate` printed.',
      unchanged: true,
    });
  });

  it('refuses a write from another origin with 403 CSRF_PREVENTED, even with the token, and the file is unchanged', async () => {
    const { answer, unchanged } = await refused({ origin: 'http://evil.example' });
    expect({ status: answer.status, errors: answer.errors, unchanged }).toEqual({
      status: 403,
      errors: [
        {
          message: 'A write from http://evil.example is refused: annotate mode takes writes only from its own page, http://127.0.0.1:4000.',
          extensions: { code: 'CSRF_PREVENTED' },
        },
      ],
      unchanged: true,
    });
  });

  it('refuses a write the browser marks as cross-site, even from a page that hides its origin', async () => {
    const { answer, unchanged } = await refused({ origin: null, 'sec-fetch-site': 'cross-site' });
    expect({ status: answer.status, code: answer.errors?.[0]?.extensions?.['code'], unchanged }).toEqual({
      status: 403,
      code: 'CSRF_PREVENTED',
      unchanged: true,
    });
  });

  it('refuses a write posted as a form (no preflight) before it is read, and the file is unchanged', async () => {
    const { answer, unchanged } = await refused({ 'content-type': 'text/plain' });
    expect({ status: answer.status, code: answer.errors?.[0]?.extensions?.['code'], unchanged }).toEqual({
      status: 403,
      code: 'CSRF_PREVENTED',
      unchanged: true,
    });
  });

  it('takes a write with the token from a script that sends no Origin', async () => {
    const answer = await send(annotate.app, REMOVE, { d: WHITLOCK, v: await versionNow(annotate.app) }, { origin: null });
    expect({ errors: answer.errors, removed: !(await scratch.bytes())?.toString('utf8').includes('id: dana-whitlock') }).toEqual({
      errors: undefined,
      removed: true,
    });
  });

  it('answers reads without a token', async () => {
    const answer = await send(
      annotate.app,
      '{ annotation(document: "fictional-interview-summary-dana-whitlock") { exists canUndo } }',
      {},
      {
        authorization: null,
        origin: null,
      },
    );
    expect(answer.data).toEqual({ annotation: { exists: true, canUndo: false } });
  });

  it('compares bearer tokens exactly, whatever their length', () => {
    expect([
      bearerMatches(`Bearer ${TEST_TOKEN}`, TEST_TOKEN),
      bearerMatches(`bearer ${TEST_TOKEN}`, TEST_TOKEN),
      bearerMatches(`Bearer ${TEST_TOKEN.slice(0, -1)}`, TEST_TOKEN),
      bearerMatches(TEST_TOKEN, TEST_TOKEN),
      bearerMatches('Bearer ', TEST_TOKEN),
      bearerMatches(null, TEST_TOKEN),
    ]).toEqual([true, true, false, false, false, false]);
  });
});

describe('the schema of each mode', () => {
  it("has no Mutation type and no annotation query in npm start's schema, as its introspection says too", async () => {
    const schema = buildSchema();
    const normal = createApp({ store: createMemoryStore(await loadGraph(scratch.dir, { drafts: true })), logger: false });
    const introspection = await send(normal, '{ __schema { mutationType { name } } __type(name: "Query") { fields { name } } }');
    const data = z
      .object({ __schema: z.object({ mutationType: z.null() }), __type: z.object({ fields: z.array(z.object({ name: z.string() })) }) })
      .parse(introspection.data);
    expect({
      mutation: schema.getMutationType() ?? null,
      annotation: schema.getQueryType()?.getFields()['annotation'] ?? null,
      introspected: { mutationType: data.__schema.mutationType, annotation: data.__type.fields.some((f) => f.name === 'annotation') },
      aMutation: (await send(normal, REMOVE, { d: WHITLOCK, v: await versionNow(annotate.app) })).errors?.[0]?.extensions?.['code'],
    }).toEqual({
      mutation: null,
      annotation: null,
      introspected: { mutationType: null, annotation: false },
      aMutation: 'OPERATION_NOT_SUPPORTED',
    });
  });

  it('has the seven mutations and the annotation query in annotate mode', async () => {
    const answer = await send(annotate.app, '{ __schema { mutationType { fields { name } } } __type(name: "Query") { fields { name } } }');
    const fields = z.object({ fields: z.array(z.object({ name: z.string() })) });
    const data = z.object({ __schema: z.object({ mutationType: fields }), __type: fields }).parse(answer.data);
    expect({
      mutations: data.__schema.mutationType.fields.map((f) => f.name),
      annotation: data.__type.fields.some((f) => f.name === 'annotation'),
    }).toEqual({ mutations: ['addNode', 'addEdge', 'addEvidence', 'updateNode', 'removeItem', 'review', 'undo'], annotation: true });
  });
});
