// The corpus questions through the whole app on the in-memory store over the fictional fixture
// corpus (test/fixtures.ts FIXTURE_CORPUS_DIR): what a client sends and gets back, and the limits
// on the new arguments. What the stores answer is the contract's (store/contract-corpus.ts).
import { describe, expect, it } from 'vitest';
import { interviewId } from '../../../graph/src/interview.ts';
import { loadGraph } from '../../../seed/index.ts';
import { FIXTURE_CORPUS_DIR } from '../../../test/fixtures.ts';
import { createApp, GRAPHQL_PATH } from '../app.ts';
import { createMemoryStore } from '../store/memory-store.ts';

const seed = await loadGraph(FIXTURE_CORPUS_DIR);
const store = createMemoryStore(seed);
const app = createApp({ store, logger: false });

async function ask(query: string, variables?: Record<string, unknown>) {
  const response = await app.fetch(`http://localhost${GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  const body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string; argument?: string; limit?: string } }[] } =
    await response.json();
  return {
    data: body.data ?? null,
    errors: (body.errors ?? []).map((e) => [e.extensions?.code, e.extensions?.argument ?? e.extensions?.limit]),
  };
}

const absence = seed.edges.find((e) => e.type === 'ATTENDED' && e.negative === true);
const document = absence?.evidence[0]?.document ?? '';

describe('the corpus over GraphQL', () => {
  it('answers attendance(document:) with each row as an absence or not, and the party column', async () => {
    if (!absence) throw new Error('the corpus records no absence');
    const { data, errors } = await ask(
      `query($document: ID) { attendance(document: $document) { person { id } event { id } negative representing { id kind } } }`,
      { document },
    );
    expect(errors).toEqual([]);
    const rows = await store.attendance({ document });
    expect(data?.attendance).toEqual(
      rows.map((r) => ({
        person: { id: r.person.id },
        event: { id: r.event.id },
        negative: r.negative,
        representing: r.representing.map((n) => ({ id: n.id, kind: 'Organization' })),
      })),
    );
    expect(rows.some((r) => r.negative && r.person.id === absence.source && r.event.id === absence.target)).toBe(true);
  });

  it("gives a document its Interview node and a relation's negative flag", async () => {
    const { data, errors } = await ask(
      `query($id: ID!, $person: ID!) {
        document(id: $id) { interview { id kind date } }
        node(id: $person) { relations { type negative node { id } } }
      }`,
      { id: document, person: absence?.source },
    );
    expect(errors).toEqual([]);
    expect(data?.document).toEqual({
      interview: { id: interviewId(document), kind: 'Interview', date: seed.documents.find((d) => d.id === document)?.date },
    });
    const relations = (await store.node(absence?.source ?? '', { withRelations: true }))?.relations ?? [];
    expect(data?.node).toEqual({
      relations: relations.map((r) => ({ type: r.edge.type, negative: r.edge.negative === true, node: { id: r.node.id } })),
    });
  });

  it('answers disagreements and timeline with the fields the viewer reads', async () => {
    const { data, errors } = await ask(`{
      disagreements(first: 3) { kind reason about { id } first { claim { id negative } by { id } evidence { document paragraph quote } } second { claim { id } } }
      timeline(from: "2021", to: "2021-09", first: 5) { node { id } date start end precision documents }
    }`);
    expect(errors).toEqual([]);
    const pairs = await store.disagreements({ first: 3 });
    expect(data?.disagreements).toEqual(
      pairs.map((d) => ({
        kind: d.kind,
        reason: d.reason,
        about: d.about.map((n) => ({ id: n.id })),
        first: {
          claim: { id: d.first.claim.id, negative: d.first.claim.negative === true },
          by: d.first.by.map((n) => ({ id: n.id })),
          evidence: d.first.evidence,
        },
        second: { claim: { id: d.second.claim.id } },
      })),
    );
    const events = await store.timeline({ from: '2021-01-01', to: '2021-09-30', first: 5 });
    expect(events.length).toBeGreaterThan(0);
    expect(data?.timeline).toEqual(
      events.map((e) => ({
        node: { id: e.node.id },
        date: e.date,
        start: e.start,
        end: e.end,
        precision: e.precision,
        documents: e.documents,
      })),
    );
  });

  it.each([
    ['a from that is no date', '{ timeline(from: "last year") { date } }', ['BAD_USER_INPUT', 'from']],
    ['a to with a thirteenth month', '{ timeline(to: "2021-13") { date } }', ['BAD_USER_INPUT', 'to']],
    ['timeline first 0', '{ timeline(first: 0) { date } }', ['LIMIT_EXCEEDED', 'first']],
    ['timeline first 1001', '{ timeline(first: 1001) { date } }', ['LIMIT_EXCEEDED', 'first']],
    ['disagreements first 501', '{ disagreements(first: 501) { kind } }', ['LIMIT_EXCEEDED', 'first']],
    ['a document id over 200 characters', `{ claims(document: "${'d'.repeat(201)}") { id } }`, ['BAD_USER_INPUT', 'document']],
  ])('refuses %s, naming the argument', async (_what, query, error) => {
    expect(await ask(query)).toEqual({ data: null, errors: [error] });
  });
});
