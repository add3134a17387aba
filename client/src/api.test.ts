import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError, answerSchema, createApi, type Fetch } from './api.ts';
import type { IncidentsQuery } from './generated/operations.ts';

function answering(body: unknown, status = 200): Fetch {
  return async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function failure(promise: Promise<unknown>): Promise<{ message: string; detail: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return { message: error.message, detail: error.detail };
    throw error;
  }
  throw new Error('expected the call to fail');
}

const incident = {
  id: 'account-breach-2021',
  name: 'Social media account breach',
  date: '2021/2021-09-20',
  elections: [2021],
  responseCount: 4,
};

describe('the API client', () => {
  it('returns answers that have the expected shape', async () => {
    const api = createApi(answering({ data: { incidents: [incident] } }));
    expect(await api.incidents()).toEqual([incident]);
  });

  it('sends the question and its variables as a GraphQL POST', async () => {
    const sent: Array<{ url: string; body: unknown }> = [];
    const api = createApi(async (url, init) => {
      sent.push({ url, body: JSON.parse(String(init.body)) });
      return new Response(JSON.stringify({ data: { paragraph: null } }));
    });
    expect(await api.paragraph('doc', 9)).toBeNull();
    expect(sent).toEqual([
      {
        url: '/graphql',
        body: {
          query: expect.stringContaining('paragraph(document: $document, number: $number)'),
          variables: { document: 'doc', number: 9 },
        },
      },
    ]);
  });

  it('says in words when the server cannot be reached', async () => {
    const api = createApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await failure(api.incidents())).toEqual({
      message: 'The server could not be reached. Check that it is running, then try again.',
      detail: 'TypeError: Failed to fetch',
    });
  });

  it('passes on the server’s own explanation of an error', async () => {
    const api = createApi(answering({ errors: [{ message: 'No incident has the id “nope”.' }], data: null }));
    expect((await failure(api.trace('nope'))).message).toBe('The server could not answer: No incident has the id “nope”.');
  });

  it('rejects an answer of the wrong shape instead of passing it on', async () => {
    const api = createApi(answering({ data: { incidents: [{ ...incident, responseCount: 'four' }] } }));
    const { message, detail } = await failure(api.incidents());
    expect(message).toBe('The server’s answer is missing something the viewer needs; it may be a different version.');
    expect(detail).toContain('responseCount');
  });

  it('explains an answer that is not JSON at all', async () => {
    const api = createApi(answering('<html>Bad gateway</html>', 502));
    expect((await failure(api.incidents())).message).toBe('The server answered with something that is not data (HTTP 502).');
  });

  it('rejects a kind or a relation type the SDL does not have', async () => {
    const ref = (kind: string) => ({ id: 'x', kind, name: 'X' });
    const step = (relation: string) => ({
      order: 1,
      relation,
      response: ref('Response'),
      actors: [],
      links: [],
      negative: false,
      evidence: [],
    });
    const end = { explicit: true, afterStep: 1, description: 'No further steps were taken', evidence: [] };
    const answer = (incident: string, relation: string) =>
      answering({ data: { trace: { incident: ref(incident), steps: [step(relation)], end } } });
    expect((await createApi(answer('Incident', 'RESPONDED_WITH')).trace('x')).steps.map((s) => s.relation)).toEqual(['RESPONDED_WITH']);
    const wrong = [
      { incident: 'Zeppelin', relation: 'RESPONDED_WITH', where: 'trace.incident.kind' },
      { incident: 'Incident', relation: 'ANSWERED', where: 'trace.steps[0].relation' },
    ];
    for (const { incident, relation, where } of wrong) {
      const { message, detail } = await failure(createApi(answer(incident, relation)).trace('x'));
      expect({ message, names: detail.includes(where) }).toEqual({
        message: 'The server’s answer is missing something the viewer needs; it may be a different version.',
        names: true,
      });
    }
  });

  it('ties each answer schema to the type generated for its query, refusing one that checks less or more', () => {
    const incident = {
      id: z.string(),
      name: z.string(),
      date: z.string().nullable(),
      elections: z.array(z.number().int()),
      responseCount: z.number().int(),
    };
    const { responseCount: _unchecked, ...withoutCount } = incident;
    // @ts-expect-error: responseCount is selected by the query but left unchecked (and stripped)
    const loose = answerSchema<IncidentsQuery>()(z.object({ incidents: z.array(z.object(withoutCount)) }));
    // @ts-expect-error: the SDL lets date be null; this schema would refuse a valid answer
    const strict = answerSchema<IncidentsQuery>()(z.object({ incidents: z.array(z.object({ ...incident, date: z.string() })) }));
    const exact = answerSchema<IncidentsQuery>()(z.object({ incidents: z.array(z.object(incident)) }));
    const undated = { id: 'i', name: 'I', date: null, elections: [], responseCount: 0 };
    expect([loose, strict, exact].map((schema) => schema.safeParse({ incidents: [undated] }).data)).toEqual([
      { incidents: [{ id: 'i', name: 'I', date: null, elections: [] }] },
      undefined,
      { incidents: [undated] },
    ]);
  });
});
