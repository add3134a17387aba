// Compiled execution answers as graphql-js did: errors keep their locations, and variables that
// fail coercion still answer 400. The app is the real one, on the in-memory store.
import { fileURLToPath } from 'node:url';
import { Source } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../seed/index.ts';
import { createApp } from '../app.ts';
import { createMemoryStore } from '../store/memory-store.ts';
import { positionOf } from './compiled-execution.ts';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';

const seed = await loadGraph(FIXTURE_DATA_DIR);
const app = createApp({
  store: createMemoryStore(seed),
  logger: false,
  viewerDir: fileURLToPath(new URL('./no-viewer-here/', import.meta.url)),
});

async function post(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; locations?: unknown; path?: unknown; extensions?: { code?: string } }[];
    },
  };
}

describe('compiled execution', () => {
  it('answers a variable that fails coercion with 400, BAD_USER_INPUT and where the variable is', async () => {
    const { status, body } = await post('query ($id: ID!) {\n  node(id: $id) { id }\n}', { id: null });
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: 'Variable "$id" of non-null type "ID!" must not be null.',
        locations: [{ line: 1, column: 8 }],
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });

  it('keeps the location and path of an error a resolver throws', async () => {
    const { status, body } = await post('{\n  attendance(first: 0) { cursor }\n}');
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toEqual([
      expect.objectContaining({
        locations: [{ line: 2, column: 3 }],
        path: ['attendance'],
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'first' },
      }),
    ]);
  });

  it('answers the same query the same way the second time (compiled once, cached)', async () => {
    const query = '{ attendance(election: 2019) { person { id } event { id } evidence { paragraph } } }';
    const first = await post(query);
    expect(first.body.data).toEqual({
      attendance: ['azam-ishmael', 'braeden-caley', 'mathieu-lafrance'].map((id) => ({
        person: { id },
        event: { id: 'site-briefings-2019' },
        evidence: [{ paragraph: 5 }, { paragraph: 6 }],
      })),
    });
    expect(await post(query)).toEqual(first);
  });
});

describe('positionOf', () => {
  it('finds the offset of a line and column, and stops at the end of the text', () => {
    const source = new Source('ab\ncd\n\nef');
    expect(positionOf(source, { line: 1, column: 1 })).toBe(0);
    expect(positionOf(source, { line: 2, column: 2 })).toBe(4);
    expect(positionOf(source, { line: 4, column: 1 })).toBe(7);
    expect(positionOf(source, { line: 9, column: 1 })).toBe(9);
  });
});
