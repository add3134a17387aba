// Property-based fuzzing of the API through app.fetch: thousands of generated requests (any root
// field, arguments of any type and content, broken query text, bodies of any shape) must never
// crash it, never get a 5xx, and every error must carry an extensions.code. Injection strings in
// every string argument change nothing in Neo4j and return exactly what the in-memory store does.
import fc from 'fast-check';
import { parse, validate } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph, loadIntoNeo4j } from '../../seed/index.ts';
import { databaseFingerprint } from '../../test/graph-fingerprint.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import { type App, buildSchema, createApp, GRAPHQL_PATH } from './app.ts';
import { anyBody, brokenQuery, fieldRequest, FIELDS, type GraphQLRequestBody, INJECTIONS } from '../../test/fuzz-arbitraries.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { createNeo4jStore } from './store/neo4j-store.ts';
import type { GraphStore } from './store/types.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const seed = await loadGraph(FIXTURE_DATA_DIR);
const memoryApp = createApp({ store: createMemoryStore(seed), logger: false });

/**
 * Runs are bounded in number and in time; a run that has not done all its cases by then fails
 * (markInterruptAsFailure), rather than pass having checked only what a slow machine got through.
 */
const MEMORY_RUNS = 3_000;
const NEO4J_RUNS = 300;
const TIME_LIMIT_MS = 120_000;
const RUN_LIMITS = { interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: true } as const;

async function send(app: App, body: string) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

/** What every answer must be: a GraphQL response, no 5xx, each error with a code, nothing internal. */
function checkAnswer({ status, text }: { status: number; text: string }): void {
  const where = `${status} ${text.slice(0, 300)}`;
  expect(status, where).toBeLessThan(500);
  const body = JSON.parse(text) as { data?: unknown; errors?: { message: unknown; extensions?: { code?: unknown } }[] };
  expect('data' in body || 'errors' in body, where).toBe(true);
  for (const error of body.errors ?? []) {
    expect(typeof error.extensions?.code, where).toBe('string');
    expect(error.extensions?.code, where).not.toBe('INTERNAL_SERVER_ERROR');
  }
  expect(text, where).not.toMatch(/originalError|"stack"|\bat .+:\d+:\d+/);
}

const asBody = (request: GraphQLRequestBody) => JSON.stringify(request);

const schema = buildSchema();

/**
 * Whether a body is a GraphQL request this schema would run: a JSON object whose query parses and
 * validates. Mangling a query can leave it valid (an insertion of spaces, a cut of nothing), and a
 * random JSON value can happen to be one; the 4xx promise is about the others.
 */
function isRunnable(body: string): boolean {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || !('query' in value) || typeof value.query !== 'string') return false;
    return validate(schema, parse(value.query)).length === 0;
  } catch {
    return false;
  }
}

/** What a request the API cannot run must get: a 4xx, with at least one error, each with a code. */
function checkRefused({ status, text }: { status: number; text: string }): void {
  checkAnswer({ status, text });
  const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
  expect({ clientError: status >= 400 && status < 500, errors: (body.errors?.length ?? 0) > 0 }, `${status} ${text.slice(0, 300)}`).toEqual(
    {
      clientError: true,
      errors: true,
    },
  );
}

describe('fuzzing the API on the in-memory store', () => {
  it(
    `answers ${MEMORY_RUNS} generated requests to every root field without a crash, a 5xx or an error without a code`,
    async () => {
      await fc.assert(
        fc.asyncProperty(fieldRequest, async (request) => checkAnswer(await send(memoryApp, asBody(request)))),
        { numRuns: MEMORY_RUNS, ...RUN_LIMITS },
      );
    },
    TIME_LIMIT_MS + 10_000,
  );

  it(
    'answers broken query text and bodies of any shape with a coded 4xx',
    async () => {
      const unrunnable = fc.oneof(brokenQuery.map(asBody), anyBody).filter((body) => !isRunnable(body));
      await fc.assert(
        fc.asyncProperty(unrunnable, async (body) => checkRefused(await send(memoryApp, body))),
        { numRuns: MEMORY_RUNS / 3, ...RUN_LIMITS },
      );
    },
    TIME_LIMIT_MS + 10_000,
  );
});

/** Every string argument of every root field, with the injection put in it and good values elsewhere. */
function injectionRequests(injection: string): { label: string; body: string }[] {
  const good: Record<string, unknown> = {
    id: 'azam-ishmael',
    text: 'party',
    incident: 'account-breach-2021',
    from: 'azam-ishmael',
    to: 'liberal-party',
    document: 'stage1-interview-summary-azam-ishmael',
    number: 5,
  };
  return FIELDS.flatMap((field) =>
    field.args
      .filter((arg) => arg.type.startsWith('ID') || arg.type.startsWith('String') || arg.type.startsWith('[String'))
      .map((target) => {
        const given = field.args.filter((a) => a === target || a.type.endsWith('!'));
        const variables = Object.fromEntries(
          given.map((a) => [a.name, a === target ? (a.type.startsWith('[') ? [injection] : injection) : good[a.name]]),
        );
        const declarations = given.map((a) => `$${a.name}: ${a.type}`).join(', ');
        const args = given.map((a) => `${a.name}: $${a.name}`).join(', ');
        return {
          label: `${field.name}(${target.name})`,
          body: JSON.stringify({ query: `query(${declarations}) { ${field.name}(${args}) ${field.selection} }`, variables }),
        };
      }),
  );
}

describe('injection strings in every string argument, on the in-memory store', () => {
  it('never match an id they do not spell exactly: the answer is empty, null or a coded error', async () => {
    for (const injection of INJECTIONS) {
      for (const { label, body } of injectionRequests(injection)) {
        if (label.startsWith('search')) continue; // search matches parts of names by design; compared with Neo4j below
        const answer = await send(memoryApp, body);
        checkAnswer(answer);
        const { data, errors } = JSON.parse(answer.text) as {
          data?: Record<string, unknown> | null;
          errors?: { extensions: { code: string } }[];
        };
        const value = data ? Object.values(data)[0] : null;
        // A subgraph (graph(document:) of no document) is empty when it has no nodes and no edges.
        const isEmptyList = (v: unknown) => Array.isArray(v) && v.length === 0;
        const emptySubgraph =
          typeof value === 'object' &&
          value !== null &&
          'nodes' in value &&
          'edges' in value &&
          isEmptyList(value.nodes) &&
          isEmptyList(value.edges);
        const empty = value === null || value === undefined || isEmptyList(value) || emptySubgraph;
        // recommendations(by:) and claims(about:, by:) with an unknown id: nothing, not everything.
        expect({
          label,
          injection,
          empty,
          codes: (errors ?? []).map((e) => e.extensions.code).filter((c) => !['NOT_FOUND', 'BAD_USER_INPUT', 'LIMIT_EXCEEDED'].includes(c)),
        }).toEqual({
          label,
          injection,
          empty: true,
          codes: [],
        });
      }
    }
  });
});

describe.runIf(hasNeo4j)('fuzzing the API on the Neo4j store', () => {
  let driver: Driver;
  let store: GraphStore;
  let neo4jApp: App;
  const database = neo4jConfig()?.database ?? 'neo4j';

  beforeAll(async () => {
    const conn = neo4jConfig();
    if (!conn) return;
    driver = await openDriver();
    await loadIntoNeo4j(driver, database, seed);
    store = await createNeo4jStore(conn);
    neo4jApp = createApp({ store, logger: false });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
    await driver?.close();
  });

  it(
    `answers ${NEO4J_RUNS} generated requests like the in-memory store, and changes nothing`,
    async () => {
      const before = await databaseFingerprint(driver, database);
      await fc.assert(
        fc.asyncProperty(fieldRequest, async (request) => {
          const body = asBody(request);
          const answer = await send(neo4jApp, body);
          checkAnswer(answer);
          expect(answer, body).toEqual(await send(memoryApp, body));
        }),
        { numRuns: NEO4J_RUNS, ...RUN_LIMITS },
      );
      expect(await databaseFingerprint(driver, database)).toEqual(before);
    },
    TIME_LIMIT_MS + 30_000,
  );

  it('answers every injection in every string argument exactly as the in-memory store does, and changes nothing', async () => {
    const before = await databaseFingerprint(driver, database);
    const differences: string[] = [];
    for (const injection of INJECTIONS) {
      for (const { label, body } of injectionRequests(injection)) {
        const [neo4j, memory] = await Promise.all([send(neo4jApp, body), send(memoryApp, body)]);
        checkAnswer(neo4j);
        if (neo4j.status !== memory.status || neo4j.text !== memory.text)
          differences.push(`${label} ${JSON.stringify(injection)}: ${neo4j.text.slice(0, 200)} ≠ ${memory.text.slice(0, 200)}`);
      }
    }
    expect(differences).toEqual([]);
    expect(await databaseFingerprint(driver, database)).toEqual(before);
  }, 120_000);
});
