// Test support for annotate mode (server/src/annotate/*.test.ts): a scratch data folder holding the
// fictional Dana Whitlock summary (fixtures/extra/) and, when asked, its fictional annotation with
// drafts (fixtures/annotate/), the annotate app on it (no port), and GraphQL requests to it.
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type AnnotateApp, createAnnotateApp } from '../server/src/annotate/mode.ts';
import type { FileOps } from '../server/src/annotate/file-writer.ts';
import { newToken } from '../server/src/annotate/token.ts';
import { EXTRA_DATA_DIR } from './fixtures.ts';

export const WHITLOCK = 'fictional-interview-summary-dana-whitlock';
export const WHITLOCK_FILE = `annotations/${WHITLOCK}.yaml`;
/** The fictional annotation with drafts (fixtures/annotate/). */
export const WHITLOCK_DRAFTS = fileURLToPath(new URL(`./fixtures/annotate/${WHITLOCK}.yaml`, import.meta.url));
/** Made like a run's token (a literal would read as a credential to the repository's secret check). */
export const TEST_TOKEN = newToken();
const NO_VIEWER = fileURLToPath(new URL('./no-viewer-here/', import.meta.url));

export interface Scratch {
  dir: string;
  /** The annotation file's bytes now, or null when there is none */
  bytes(): Promise<Buffer | null>;
  remove(): Promise<void>;
}

export async function scratchData(withAnnotation: boolean): Promise<Scratch> {
  const dir = await mkdtemp(join(tmpdir(), 'annotate-test-'));
  await mkdir(join(dir, 'documents'));
  await mkdir(join(dir, 'annotations'));
  await copyFile(join(EXTRA_DATA_DIR, 'documents', `${WHITLOCK}.txt`), join(dir, 'documents', `${WHITLOCK}.txt`));
  if (withAnnotation) await copyFile(WHITLOCK_DRAFTS, join(dir, WHITLOCK_FILE));
  return {
    dir,
    bytes: () =>
      readFile(join(dir, WHITLOCK_FILE)).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error))),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export function annotateApp(dir: string, fileOps?: FileOps): Promise<AnnotateApp> {
  return createAnnotateApp({ dataDir: dir, token: TEST_TOKEN, logger: false, viewerDir: NO_VIEWER, ...(fileOps ? { fileOps } : {}) });
}

const Answer = z.object({
  data: z.record(z.string(), z.unknown()).nullable().optional(),
  errors: z.array(z.object({ message: z.string(), extensions: z.record(z.string(), z.unknown()).optional() }).loose()).optional(),
});
export type Answer = z.infer<typeof Answer> & { status: number };

/** A GraphQL POST as the workbench sends it: JSON, the token, from the server's own origin (override any header; null leaves it out). */
export async function send(
  app: AnnotateApp['app'],
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string | null> = {},
): Promise<Answer> {
  const given: Record<string, string | null> = {
    'content-type': 'application/json',
    authorization: `Bearer ${TEST_TOKEN}`,
    origin: 'http://127.0.0.1:4000',
    ...headers,
  };
  const response = await app.fetch('http://127.0.0.1:4000/graphql', {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(given).filter((e): e is [string, string] => e[1] !== null)),
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...Answer.parse(await response.json()) };
}

/** The annotation's version now, as a client reads it before a write. */
export async function versionNow(app: AnnotateApp['app'], document = WHITLOCK): Promise<string> {
  const answer = await send(app, 'query($d: ID!) { annotation(document: $d) { version } }', { d: document });
  const version = z.object({ annotation: z.object({ version: z.string() }) }).parse(answer.data).annotation.version;
  return version;
}

/** The mutations as the tests send them, each answering the change and the annotation after it. */
const CHANGE = '{ version item annotation { version exists canUndo problems { file line message } drafts { id item } } }';
export const ADD_NODE = `mutation($d: ID!, $v: String!, $n: NodeInput!) { addNode(document: $d, version: $v, node: $n) ${CHANGE} }`;
export const ADD_EDGE = `mutation($d: ID!, $v: String!, $e: EdgeInput!) { addEdge(document: $d, version: $v, edge: $e) ${CHANGE} }`;
export const ADD_EVIDENCE = `mutation($d: ID!, $v: String!, $t: ID!, $p: Int!, $q: String!) {
  addEvidence(document: $d, version: $v, target: $t, paragraph: $p, quote: $q) ${CHANGE} }`;
export const REVIEW = `mutation($d: ID!, $v: String!, $i: ID!, $r: ReviewDecision!) { review(document: $d, item: $i, decision: $r, version: $v) ${CHANGE} }`;
export const UNDO = `mutation($d: ID!, $v: String!) { undo(document: $d, version: $v) ${CHANGE} }`;
