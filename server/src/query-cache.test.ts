// yoga caches the parsed document per query text and the validation result per document, and the
// limits (graphql-armor's token count in the parser, depth/aliases/directives as validation rules)
// run inside those two steps: a repeated text skips them. What must hold: the cached verdict is
// the same verdict, every new text is checked, and nothing that depends on variables is cached.
import { describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { createApp, GRAPHQL_PATH, LIMITS } from './app.ts';
import { createMemoryStore } from './store/memory-store.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const app = createApp({ store: createMemoryStore(await loadGraph(FIXTURE_DATA_DIR)), logger: false });

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string; limit?: string } }[] };
  return {
    answered: body.data != null,
    codes: (body.errors ?? []).map((e) => e.extensions?.code),
    limits: (body.errors ?? []).map((e) => e.extensions?.limit),
  };
}

/** 2 × levels + 2 deep: `node`, then `relations { node` per level, then `id`. */
function nested(levels: number, spacing = ' '): string {
  return `{ node(id: "azam-ishmael") {${spacing}${'relations { node { '.repeat(levels)} id ${'} } '.repeat(levels)} } }`;
}

const ANSWERED = { answered: true, codes: [], limits: [] };
const refused = (limit: string) => ({ answered: false, codes: ['LIMIT_EXCEEDED'], limits: [limit] });
const levelsAtTheLimit = (LIMITS.depth - 2) / 2;

describe('limits and the document cache', () => {
  it('refuses a text over the depth limit every time it is sent, not only the first', async () => {
    const deep = nested(levelsAtTheLimit + 1);
    for (let i = 0; i < 3; i++) expect(await ask(deep)).toEqual(refused('depth'));
  });

  it('checks every new text: a deeper text, or the same one spelt differently, is refused after one at the limit was cached', async () => {
    const atLimit = nested(levelsAtTheLimit);
    expect(await ask(atLimit)).toEqual(ANSWERED);
    expect(await ask(atLimit)).toEqual(ANSWERED);
    expect(await ask(nested(levelsAtTheLimit + 1))).toEqual(refused('depth'));
    expect(await ask(nested(levelsAtTheLimit + 1, '\n  '))).toEqual(refused('depth'));
    expect(await ask(nested(levelsAtTheLimit + 2))).toEqual(refused('depth'));
  });

  it('refuses a text over the alias or token limit every time it is sent', async () => {
    const aliases = `{ ${Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: incidents { id }`).join(' ')} }`;
    const lengthy = `{ ${'incidents { id } '.repeat(LIMITS.tokens / 4)} }`;
    for (let i = 0; i < 2; i++) {
      expect(await ask(aliases)).toEqual(refused('aliases'));
      expect((await ask(lengthy)).codes).toEqual(['LIMIT_EXCEEDED']);
    }
  });

  it('caches nothing that depends on variables: a cached text with other variables is checked again', async () => {
    const query = 'query($d: Int) { neighborhood(id: "azam-ishmael", depth: $d) { truncated } }';
    expect(await ask(query, { d: 1 })).toEqual(ANSWERED);
    // Refused by the resolver, after validation: the field is null and the error says why.
    expect(await ask(query, { d: 4 })).toMatchObject({ codes: ['LIMIT_EXCEEDED'], limits: ['depth'] });
    expect(await ask(query, { d: 1 })).toEqual(ANSWERED);
  });
});
