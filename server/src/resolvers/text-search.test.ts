// Query.textSearch through the whole app on the in-memory store: what a client sends and gets back,
// and the limits on its arguments.
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../../seed/index.ts';
import { FIXTURE_DATA_DIR, ISHMAEL_DOCUMENT_ID as DOC } from '../../../test/fixtures.ts';
import { createApp, GRAPHQL_PATH } from '../app.ts';
import { createMemoryStore } from '../store/memory-store.ts';

const seed = await loadGraph(FIXTURE_DATA_DIR);
const app = createApp({ store: createMemoryStore(seed), logger: false });

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: { textSearch?: unknown } | null;
    errors?: { extensions?: { code?: string; limit?: string } }[];
  };
  return {
    status: response.status,
    data: body.data ?? null,
    errors: (body.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.limit]),
  };
}

const QUERY = `query($text: String!, $document: ID, $first: Int) {
  textSearch(text: $text, document: $document, first: $first) {
    paragraph { document number section }
    highlights { start end }
    mentions { id name }
  }
}`;

describe('Query.textSearch', () => {
  it('answers with the paragraphs, highlights and named entities, the phrase first', async () => {
    const { data, errors } = await ask(QUERY, { text: 'National Director', first: 3 });
    expect(errors).toEqual([]);
    const text1 = seed.documents[0]!.paragraphs.find((p) => p.number === 1)!.text;
    const hits = (data?.textSearch ?? []) as {
      paragraph: { number: number };
      highlights: { start: number; end: number }[];
      mentions: { id: string }[];
    }[];
    expect(hits.map((h) => h.paragraph.number)).toEqual([1, 10, 17]);
    expect(hits[0]?.highlights.map((r) => text1.slice(r.start, r.end))).toEqual(['National Director', 'National', 'Director']);
    const mentioned = [...new Set(seed.mentions.filter((m) => m.document === DOC && m.paragraph === 1).map((m) => m.entity))].sort();
    expect(hits[0]?.mentions.map((m) => m.id).sort()).toEqual(mentioned);
  });

  it.each([
    ['an empty text', { text: '   ' }, 'text'],
    ['a text of 201 characters', { text: 'x'.repeat(201) }, 'text'],
    ['first 0', { text: 'party', first: 0 }, 'first'],
    ['first 101', { text: 'party', first: 101 }, 'first'],
  ])('refuses %s with LIMIT_EXCEEDED', async (_what, variables, limit) => {
    expect(await ask(QUERY, variables)).toEqual({ status: 200, data: null, errors: [['LIMIT_EXCEEDED', limit]] });
  });

  it('refuses a document id over 200 characters, and gives the first 20 hits when first is absent', async () => {
    expect((await ask(QUERY, { text: 'party', document: 'd'.repeat(201) })).errors).toEqual([['BAD_USER_INPUT', undefined]]);
    const words = 'ishmael party election liberal foreign briefings campaign social media 2019 2021 site';
    const all = (await ask(QUERY, { text: words, first: 100 })).data?.textSearch;
    if (!Array.isArray(all)) throw new Error('textSearch answered no list');
    expect(all.length).toBeGreaterThan(20);
    expect((await ask(QUERY, { text: words })).data?.textSearch).toEqual(all.slice(0, 20));
  });
});
