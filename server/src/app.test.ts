// The API as its users call it: GraphQL over HTTP through app.fetch (no port), on the in-memory
// store built from the pinned fixture (test/fixtures/ishmael). Answers are compared as whole values.
// Past 300 lines: one suite per root field and per HTTP behaviour, all against one app; split by root field when it next grows.
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { loadGraph } from '../../seed/index.ts';
import { NODE_KINDS } from '../../graph/src/model.ts';
import { type AppOptions, buildSchema, createApp, LIMITS } from './app.ts';
import { DatabaseUnavailableError } from './errors.ts';
import { resolvers } from './resolvers/index.ts';
import { createMemoryStore } from './store/memory-store.ts';
import type { GraphStore } from './store/types.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const seed = await loadGraph(FIXTURE_DATA_DIR);
const NO_VIEWER = fileURLToPath(new URL('./no-viewer-here/', import.meta.url));

const GraphQLResponse = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string(), extensions: z.record(z.string(), z.unknown()).optional() }).loose()).optional(),
});

function appOn(store: GraphStore = createMemoryStore(seed), options: Partial<AppOptions> = {}) {
  return createApp({ store, logger: false, viewerDir: NO_VIEWER, ...options });
}

async function post(app: ReturnType<typeof appOn>, body: string, headers: Record<string, string> = {}) {
  const response = await app.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers };
}

async function query(app: ReturnType<typeof appOn>, source: string, variables?: Record<string, unknown>) {
  const { status, text } = await post(app, JSON.stringify({ query: source, variables }));
  const body = GraphQLResponse.parse(JSON.parse(text));
  return { status, text, data: body.data, errors: body.errors ?? [], codes: (body.errors ?? []).map((e) => e.extensions?.['code']) };
}

const app = appOn();

describe('questions users ask', () => {
  it('answers who attended the 2019 SITE briefings, with the paragraphs that say so', async () => {
    const { data, errors } = await query(
      app,
      `{ attendance(election: 2019) { person { id } event { id } election evidence { paragraph } } }`,
    );
    expect(errors).toEqual([]);
    const row = (person: string) => ({
      person: { id: person },
      event: { id: 'site-briefings-2019' },
      election: 2019,
      evidence: [{ paragraph: 5 }, { paragraph: 6 }],
    });
    expect(data).toEqual({ attendance: [row('azam-ishmael'), row('braeden-caley'), row('mathieu-lafrance')] });
  });

  it('answers who attended the 2021 SITE briefings: Ishmael and Caley only', async () => {
    const { data } = await query(app, `{ attendance(election: 2021) { person { id name } event { id } } }`);
    expect(data).toEqual({
      attendance: [
        { person: { id: 'azam-ishmael', name: 'Azam Ishmael' }, event: { id: 'site-briefings-2021' } },
        { person: { id: 'braeden-caley', name: 'Braeden Caley' }, event: { id: 'site-briefings-2021' } },
      ],
    });
  });

  it('pages attendance with cursors: the pages together are every row, in order, each once', async () => {
    const all = await query(app, `{ attendance { person { id } event { id } cursor } }`);
    const rows = (all.data as { attendance: { person: { id: string }; event: { id: string }; cursor: string }[] }).attendance;
    expect(rows).toHaveLength(7);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { data, errors } = await query(
        app,
        `query ($after: String) { attendance(first: 3, after: $after) { person { id } event { id } cursor } }`,
        { after },
      );
      expect(errors).toEqual([]);
      const got = (data as { attendance: typeof rows }).attendance;
      if (got.length === 0) break;
      seen.push(...got.map((r) => r.cursor));
      after = got.at(-1)!.cursor;
    }
    expect(seen).toEqual(rows.map((r) => r.cursor));
  });

  it('answers who attended one event, and what one person attended', async () => {
    const { data } = await query(
      app,
      `{ a: attendance(event: "cyber-centre-meeting") { person { id } } b: attendance(person: "mathieu-lafrance") { event { id } election } }`,
    );
    expect(data).toEqual({
      a: [{ person: { id: 'azam-ishmael' } }, { person: { id: 'cyber-centre-head' } }],
      b: [{ event: { id: 'site-briefings-2019' }, election: 2019 }],
    });
  });

  it('refuses a cursor it did not make and a page size out of range, naming the argument', async () => {
    for (const after of ['not-a-cursor', Buffer.from('2019').toString('base64url'), '']) {
      const { codes, errors } = await query(app, `query ($after: String) { attendance(after: $after) { cursor } }`, { after });
      expect(codes, after).toEqual(['BAD_USER_INPUT']);
      expect(errors[0]?.message).toContain('after');
    }
    for (const first of [0, 1001, -1]) {
      const { codes } = await query(app, `query ($first: Int) { attendance(first: $first) { cursor } }`, { first });
      expect(codes, String(first)).toEqual(['LIMIT_EXCEEDED']);
    }
  });

  it('gives the first quotes of a node on request, and how many there are', async () => {
    const { data } = await query(
      app,
      `{ node(id: "site-briefings-2019") { all: evidence { paragraph } one: evidence(first: 1) { paragraph } none: evidence(first: 0) { paragraph } evidenceCount } }`,
    );
    const node = (data as { node: { all: { paragraph: number }[]; one: unknown[]; none: unknown[]; evidenceCount: number } }).node;
    expect(node.all.length).toBe(node.evidenceCount);
    expect(node.evidenceCount).toBeGreaterThan(1);
    expect(node.one).toEqual(node.all.slice(0, 1));
    expect(node.none).toEqual([]);
    const { codes } = await query(app, `{ node(id: "site-briefings-2019") { evidence(first: -1) { paragraph } } }`);
    expect(codes).toEqual(['BAD_USER_INPUT']);
  });

  it('tells the store how much evidence the nested nodes need, and whether brief nodes do, from the selection', async () => {
    const memory = createMemoryStore(seed);
    const attendance = vi.spyOn(memory, 'attendance');
    const neighborhood = vi.spyOn(memory, 'neighborhood');
    const spied = appOn(memory);
    await query(spied, `{ attendance { person { id } event { id } } }`);
    await query(
      spied,
      `{ attendance { event { evidence(first: 2) { quote } } person { ...P } } } fragment P on Node { evidence(first: 5) { quote } }`,
    );
    await query(spied, `{ attendance { event { evidenceCount evidence { quote } } } }`);
    // Any field beyond id, kind, name, date and evidence, directly or in a fragment, needs whole nodes.
    await query(spied, `{ attendance { person { id kind name __typename } event { date } } }`);
    await query(spied, `{ attendance { person { id } event { ... on Node { description } } } }`);
    await query(spied, `{ attendance { person { ...R } } } fragment R on Node { aliases }`);
    await query(spied, `query ($skip: Boolean!) { attendance { person { id category @skip(if: $skip) } } }`, { skip: true });
    await query(spied, `query ($skip: Boolean!) { attendance { person { id category @skip(if: $skip) } } }`, { skip: false });
    expect(attendance.mock.calls.map((c) => c[1])).toEqual([
      { evidence: 0, brief: true },
      { evidence: 5, brief: true },
      { brief: true },
      { evidence: 0, brief: true },
      { evidence: 0, brief: false },
      { evidence: 0, brief: false },
      { evidence: 0, brief: true },
      { evidence: 0, brief: false },
    ]);
    await query(spied, `query ($n: Int) { neighborhood(id: "azam-ishmael") { nodes { evidence(first: $n) { quote } evidenceCount } } }`, {
      n: 3,
    });
    await query(spied, `{ neighborhood(id: "azam-ishmael") { nodes { id elections } } }`);
    expect(neighborhood.mock.calls.map((c) => c[2])).toEqual([
      { evidence: 3, brief: true },
      { evidence: 0, brief: false },
    ]);
    const trace = vi.spyOn(memory, 'trace');
    const recommendations = vi.spyOn(memory, 'recommendations');
    await query(
      spied,
      `{ trace(incident: "account-breach-2021") { steps { actors { id name } links { node { id evidence(first: 1) { quote } } } } } }`,
    );
    await query(spied, `{ trace(incident: "account-breach-2021") { steps { response { description } actors { id description } } } }`);
    await query(spied, `{ recommendations { by { id } addressedTo { name } about { kind } } }`);
    await query(spied, `{ recommendations { about { aliases } } }`);
    expect(trace.mock.calls.map((c) => c[1])).toEqual([
      { evidence: 1, brief: true },
      { evidence: 0, brief: false },
    ]);
    expect(recommendations.mock.calls.map((c) => c[1])).toEqual([
      { evidence: 0, brief: true },
      { evidence: 0, brief: false },
    ]);
  });

  it('lists the briefings with their organizer and attendees', async () => {
    const { data } = await query(
      app,
      `{ briefings { id election organizer { id category } organizerEvidence { paragraph } attendees { person { id } } } }`,
    );
    expect(data).toEqual({
      briefings: [
        {
          id: 'site-briefings-2019',
          election: 2019,
          organizer: { id: 'site-task-force', category: 'task force' },
          organizerEvidence: [{ paragraph: 5 }],
          attendees: [{ person: { id: 'azam-ishmael' } }, { person: { id: 'braeden-caley' } }, { person: { id: 'mathieu-lafrance' } }],
        },
        {
          id: 'site-briefings-2021',
          election: 2021,
          organizer: { id: 'site-task-force', category: 'task force' },
          organizerEvidence: [{ paragraph: 13 }],
          attendees: [{ person: { id: 'azam-ishmael' } }, { person: { id: 'braeden-caley' } }],
        },
      ],
    });
  });

  it('traces the account breach step by step to "No further steps were taken"', async () => {
    const { data } = await query(
      app,
      `{ trace(incident: "account-breach-2021") {
          incident { id }
          steps { order relation response { id negative } actors { id } links { type node { id } } negative }
          end { explicit afterStep description evidence { paragraph quote } }
      } }`,
    );
    expect(data).toEqual({
      trace: {
        incident: { id: 'account-breach-2021' },
        steps: [
          {
            order: 1,
            relation: 'RESPONDED_WITH',
            response: { id: 'breach-reported-to-site', negative: false },
            actors: [{ id: 'liberal-party' }],
            links: [{ type: 'REPORTED_TO', node: { id: 'site-task-force' } }],
            negative: false,
          },
          {
            order: 1,
            relation: 'RESPONDED_WITH',
            response: { id: 'breach-reported-to-platform', negative: false },
            actors: [{ id: 'liberal-party' }],
            links: [{ type: 'REPORTED_TO', node: { id: 'social-media-platform' } }],
            negative: false,
          },
          {
            order: 2,
            relation: 'RESPONDED_WITH',
            response: { id: 'breach-password-changed', negative: false },
            actors: [{ id: 'liberal-senior-director' }],
            links: [],
            negative: false,
          },
          {
            order: 3,
            relation: 'RESPONDED_WITH',
            response: { id: 'breach-no-further-steps', negative: true },
            actors: [],
            links: [],
            negative: true,
          },
        ],
        end: {
          explicit: true,
          afterStep: 3,
          description: 'No further steps were taken',
          evidence: [{ paragraph: 9, quote: 'No further steps were taken.' }],
        },
      },
    });
  });

  it("lists Azam Ishmael's recommendations, to whom each is addressed, citing [18] and its own paragraph", async () => {
    const { data } = await query(app, `{ recommendations(by: "azam-ishmael") { id by { id } addressedTo { id } evidence { paragraph } } }`);
    const rec = (id: string, to: string, paragraph: number) => ({
      id,
      by: [{ id: 'azam-ishmael' }],
      addressedTo: [{ id: to }],
      evidence: [{ paragraph }, { paragraph: 18 }, { paragraph }],
    });
    expect(data).toEqual({
      recommendations: [
        rec('rec-caution-discussing-fi', 'fi-commentators', 19),
        rec('rec-brief-party-leaders', 'site-task-force', 20),
        rec('rec-regular-site-meetings', 'site-task-force', 21),
        rec('rec-approved-vendor-list', 'federal-government', 22),
      ],
    });
  });

  it('lists the incidents with whom each was reported to', async () => {
    const { data } = await query(app, `{ incidents { id responseCount reportedTo { actor { id } evidence { paragraph } } } }`);
    expect(data).toEqual({
      incidents: [
        { id: 'russian-interference-2016', responseCount: 2, reportedTo: [] },
        { id: 'dvn-student-bussing', responseCount: 1, reportedTo: [] },
        {
          id: 'account-breach-2021',
          responseCount: 4,
          reportedTo: [
            { actor: { id: 'site-task-force' }, evidence: [{ paragraph: 9 }] },
            { actor: { id: 'social-media-platform' }, evidence: [{ paragraph: 9 }] },
          ],
        },
      ],
    });
  });

  it('finds claims about the 2019 election made by the Liberal Party', async () => {
    const { data } = await query(app, `{ claims(about: "election-2019", by: "liberal-party") { id negative by { id } about { id } } }`);
    expect(data).toEqual({
      claims: [
        {
          id: 'claim-no-fi-effect-2019',
          negative: true,
          by: [{ id: 'liberal-party' }],
          about: [{ id: 'election-2019' }, { id: 'fi-media-reporting' }],
        },
      ],
    });
  });

  it('searches case- and accent-insensitively, with properties as key/value text', async () => {
    const { data } = await query(
      app,
      `{ a: search(text: "CALEY") { id } b: search(text: "Ishmaël", kinds: [Person]) { id aliases } c: search(text: "SITE", limit: 1) { id category properties { key value } } }`,
    );
    expect(data).toEqual({
      a: [{ id: 'braeden-caley' }],
      b: [{ id: 'azam-ishmael', aliases: ['Mr. Ishmael'] }],
      c: [{ id: 'site-task-force', category: 'task force', properties: [{ key: 'category', value: 'task force' }] }],
    });
  });

  it('returns subgraphs ready for Cytoscape: neighbourhood, path and the 2019 graph', async () => {
    const { data } = await query(
      app,
      `{ neighborhood(id: "braeden-caley") { nodes { id kind } edges { id type source target } truncated }
         path(from: "azam-ishmael", to: "social-media-platform") { nodes { id } edges { source target } }
         graph(election: 2019, kinds: [Briefing]) { nodes { id elections } edges { id } truncated } }`,
    );
    expect(data).toEqual({
      neighborhood: {
        nodes: [
          { id: 'braeden-caley', kind: 'Person' },
          { id: 'liberal-party', kind: 'Organization' },
          { id: 'site-briefings-2019', kind: 'Briefing' },
          { id: 'site-briefings-2021', kind: 'Briefing' },
        ],
        edges: [
          { id: 'braeden-caley--attended--site-briefings-2019', type: 'ATTENDED', source: 'braeden-caley', target: 'site-briefings-2019' },
          { id: 'braeden-caley--attended--site-briefings-2021', type: 'ATTENDED', source: 'braeden-caley', target: 'site-briefings-2021' },
          { id: 'braeden-caley--represented--liberal-party', type: 'REPRESENTED', source: 'braeden-caley', target: 'liberal-party' },
        ],
        truncated: false,
      },
      path: {
        nodes: [{ id: 'azam-ishmael' }, { id: expect.any(String) }, { id: expect.any(String) }, { id: 'social-media-platform' }],
        edges: [expect.any(Object), expect.any(Object), expect.any(Object)],
      },
      graph: { nodes: [{ id: 'site-briefings-2019', elections: [2019] }], edges: [], truncated: false },
    });
  });

  it('serves the documents with their 22 paragraphs and one paragraph with its mentions', async () => {
    const { data } = await query(
      app,
      `{ documents { id paragraphs { number } } paragraph(document: "stage1-interview-summary-azam-ishmael", number: 5) { section mentions } }`,
    );
    expect(data).toEqual({
      documents: [{ id: 'stage1-interview-summary-azam-ishmael', paragraphs: Array.from({ length: 22 }, (_, i) => ({ number: i + 1 })) }],
      paragraph: {
        section: '2.3',
        mentions: [...new Set(seed.mentions.filter((m) => m.paragraph === 5).map((m) => m.entity))].sort(),
      },
    });
  });

  it('answers GraphQL over GET too, with a header a cross-site page cannot send without asking first', async () => {
    const response = await app.fetch(`http://localhost/graphql?query=${encodeURIComponent('{ node(id: "mathieu-lafrance") { name } }')}`, {
      headers: { 'content-type': 'application/json' },
    });
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { data: { node: { name: 'Mathieu Lafrance' } } },
    });
  });
});

describe('relations are loaded only where asked, in one store call', () => {
  it('returns relations on the node asked for and null on the nodes at their other end', async () => {
    const { data } = await query(app, `{ node(id: "mathieu-lafrance") { relations { type direction node { id relations { id } } } } }`);
    expect(data).toEqual({
      node: {
        relations: [
          { type: 'ATTENDED', direction: 'OUT', node: { id: 'site-briefings-2019', relations: null } },
          { type: 'REPRESENTED', direction: 'OUT', node: { id: 'liberal-party', relations: null } },
        ],
      },
    });
  });

  it('asks the store for relations when they are selected through a fragment, and not when skipped', async () => {
    const store = createMemoryStore(seed);
    const spy = vi.spyOn(store, 'node');
    const spied = appOn(store);
    const source = `query($skip: Boolean!) { node(id: "mathieu-lafrance") { id ...Rel } } fragment Rel on Node { ... on Node { relations @skip(if: $skip) { id } } }`;
    await query(spied, source, { skip: false });
    await query(spied, source, { skip: true });
    expect(spy.mock.calls).toEqual([
      ['mathieu-lafrance', { withRelations: true }],
      ['mathieu-lafrance', { withRelations: false }],
    ]);
  });

  it('makes one store call per root field however deep the query goes', async () => {
    const store = createMemoryStore(seed);
    const spies = [vi.spyOn(store, 'search'), vi.spyOn(store, 'trace'), vi.spyOn(store, 'node')];
    const { errors } = await query(
      appOn(store),
      `{ search(text: "caley") { relations { node { id } } } trace(incident: "account-breach-2021") { steps { actors { id } links { node { id } } } } }`,
    );
    expect(errors).toEqual([]);
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1, 0]);
    expect(spies[0]?.mock.calls[0]?.[1]).toEqual({ limit: 20, withRelations: true });
  });
});

describe('errors', () => {
  it('returns null for an unknown node, neighbourhood or path, without an error', async () => {
    const { data, errors } = await query(
      app,
      `{ node(id: "nobody") { id } neighborhood(id: "nobody") { truncated } path(from: "azam-ishmael", to: "nobody") { truncated } }`,
    );
    expect({ data, errors }).toEqual({ data: { node: null, neighborhood: null, path: null }, errors: [] });
  });

  it('says NOT_FOUND for the trace of an unknown id', async () => {
    const { codes, errors } = await query(app, `{ trace(incident: "nobody") { steps { order } } }`);
    expect(codes).toEqual(['NOT_FOUND']);
    expect(errors[0]?.message).toBe('No node has the id "nobody".');
  });

  it('says BAD_USER_INPUT for the trace of a node with nothing to trace', async () => {
    expect((await query(app, `{ trace(incident: "braeden-caley") { steps { order } } }`)).codes).toEqual(['BAD_USER_INPUT']);
  });

  // Kinds are the NodeKind enum: an unknown one is refused in validation, before any resolver runs.
  it('says GRAPHQL_VALIDATION_FAILED for an unknown kind, suggesting the closest and naming every kind', async () => {
    const { codes, errors } = await query(app, `{ graph(kinds: [Persons]) { truncated } }`);
    expect({ codes, messages: errors.map((e) => e.message) }).toEqual({
      codes: ['GRAPHQL_VALIDATION_FAILED'],
      messages: [
        'Value "Persons" does not exist in "NodeKind" enum. Did you mean the enum value "Person"? ' +
          `The kinds are ${NODE_KINDS.join(', ')}.`,
      ],
    });
  });

  it.each([
    ['depth 4', `{ neighborhood(id: "braeden-caley", depth: 4) { truncated } }`],
    ['depth 0', `{ neighborhood(id: "braeden-caley", depth: 0) { truncated } }`],
    ['maxHops 9', `{ path(from: "azam-ishmael", to: "liberal-party", maxHops: 9) { truncated } }`],
    ['search limit 0', `{ search(text: "caley", limit: 0) { id } }`],
    ['search limit 101', `{ search(text: "caley", limit: 101) { id } }`],
    ['graph limit 0', `{ graph(limit: 0) { truncated } }`],
    ['graph limit 5001', `{ graph(limit: 5001) { truncated } }`],
    ['empty search text', `{ search(text: "   ") { id } }`],
    ['search text over 200 characters', `{ search(text: "${'x'.repeat(201)}") { id } }`],
  ])('says LIMIT_EXCEEDED for %s', async (_name, source) => {
    expect((await query(app, source)).codes).toEqual(['LIMIT_EXCEEDED']);
  });

  it(`refuses a query nested deeper than ${LIMITS.depth} with LIMIT_EXCEEDED`, async () => {
    let selection = '{ id }';
    for (let i = 0; i < 6; i++) selection = `{ relations { node ${selection} } }`;
    const { status, codes, errors } = await query(app, `{ node(id: "azam-ishmael") ${selection} }`);
    expect({ status, codes }).toEqual({ status: 400, codes: ['LIMIT_EXCEEDED'] });
    expect(errors[0]?.message).toBe(`Query depth limit of ${LIMITS.depth} exceeded, found 14.`);
  });

  it(`refuses more than ${LIMITS.aliases} aliases with LIMIT_EXCEEDED`, async () => {
    const fields = Array.from({ length: LIMITS.aliases + 1 }, (_, i) => `a${i}: incidents { id }`).join(' ');
    expect((await query(app, `{ ${fields} }`)).codes).toEqual(['LIMIT_EXCEEDED']);
  });

  it(`refuses more than ${LIMITS.tokens} tokens with LIMIT_EXCEEDED`, async () => {
    expect((await query(app, `{ ${'incidents { id } '.repeat(LIMITS.tokens / 4)} }`)).codes).toEqual(['LIMIT_EXCEEDED']);
  });

  it(`refuses more than ${LIMITS.directives} directives with LIMIT_EXCEEDED`, async () => {
    const fragments = '... @include(if: true) { id } '.repeat(LIMITS.directives + 1);
    expect((await query(app, `{ incidents { ${fragments} } }`)).codes).toEqual(['LIMIT_EXCEEDED']);
  });

  it(`refuses a request body over ${LIMITS.bodyBytes} bytes with 413`, async () => {
    const { status, text } = await post(
      app,
      JSON.stringify({ query: '{ incidents { id } }', variables: { pad: 'x'.repeat(LIMITS.bodyBytes) } }),
    );
    expect({ status, codes: GraphQLResponse.parse(JSON.parse(text)).errors?.map((e) => e.extensions?.['code']) }).toEqual({
      status: 413,
      codes: ['REQUEST_ENTITY_TOO_LARGE'],
    });
  });

  it('masks an unexpected store failure as INTERNAL_SERVER_ERROR, without its message', async () => {
    const store = createMemoryStore(seed);
    const failing = appOn({
      ...store,
      incidents: async () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.7:7687 as neo4j/hunter2')),
    });
    const { codes, text, errors } = await query(failing, `{ incidents { id } }`);
    expect(codes).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(errors[0]?.message).toBe('Unexpected error.');
    expect(text).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.7/);
  });

  it('lets DATABASE_UNAVAILABLE through with its code and a fixed message', async () => {
    const store = createMemoryStore(seed);
    const down = appOn({
      ...store,
      briefings: async () => Promise.reject(new DatabaseUnavailableError(new Error('ServiceUnavailable: 10.0.0.7'))),
    });
    const { codes, text, errors } = await query(down, `{ briefings { id } }`);
    expect(codes).toEqual(['DATABASE_UNAVAILABLE']);
    expect(errors[0]?.message).toBe('The database is unavailable. Try again in a moment.');
    expect(text).not.toContain('10.0.0.7');
  });

  it('sends no stack trace in any error response', async () => {
    const store = createMemoryStore(seed);
    const broken = appOn({ ...store, documents: async () => Promise.reject(new TypeError('x is not a function')) });
    const sources = [
      `{ documents { id } }`,
      `{ trace(incident: "nobody") { end { explicit } } }`,
      `{ neighborhood(id: "x", depth: 9) { truncated } }`,
      `{ nope }`,
      `{ incidents { id `,
    ];
    for (const source of sources) {
      const { text, errors } = await query(broken, source);
      expect(errors.length, source).toBeGreaterThan(0);
      expect(text, source).not.toMatch(/stack|originalError|\bat .+:\d+:\d+|\.ts\b/);
    }
  });
});

describe('start-up, health and the browser', () => {
  it('refuses to build a schema with a root field left without a resolver, or a resolver without a field', () => {
    const { incidents: _left, ...rest } = resolvers.Query;
    expect(() => buildSchema({ ...resolvers, Query: rest })).toThrow(/Query\.incidents/);
    expect(() => buildSchema({ ...resolvers, Query: { ...resolvers.Query, nope: () => null } })).toThrow(/nope/);
  });

  it('answers /health with 200 and what the store says', async () => {
    const response = await app.fetch('http://localhost/health');
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { ok: true, store: 'memory', detail: '71 nodes, 126 edges' },
    });
  });

  it('answers /health with 503 when the store fails or does not answer in time', async () => {
    const store = createMemoryStore(seed);
    const failing = appOn({ ...store, health: async () => Promise.reject(new Error('bolt://secret-host')) });
    const failed = await failing.fetch('http://localhost/health');
    expect({ status: failed.status, body: await failed.json() }).toEqual({
      status: 503,
      body: { ok: false, store: 'memory', detail: 'the store did not answer' },
    });
    const hanging = appOn({ ...store, health: () => new Promise(() => {}) }, { healthTimeoutMs: 20 });
    const slow = await hanging.fetch('http://localhost/health');
    expect({ status: slow.status, body: await slow.json() }).toEqual({
      status: 503,
      body: { ok: false, store: 'memory', detail: 'no answer within 20 ms' },
    });
  });

  it('serves GraphiQL on GET /graphql to a browser', async () => {
    const response = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('GraphiQL');
  });

  it('keeps CORS off unless origins are configured, then allows only those', async () => {
    const preflight = (target: ReturnType<typeof appOn>, origin: string) =>
      target.fetch('http://localhost/graphql', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight(app, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
    const open = appOn(createMemoryStore(seed), { corsOrigins: ['http://localhost:5173'] });
    expect((await preflight(open, 'http://localhost:5173')).headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect((await preflight(open, 'https://elsewhere.example')).headers.get('access-control-allow-origin')).not.toBe(
      'https://elsewhere.example',
    );
  });
});
