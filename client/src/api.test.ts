import { describe, expect, it } from 'vitest';
import { ApiError, createApi, type Fetch } from './api.ts';

function answering(body: unknown, status = 200): Fetch {
  return async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
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

const incident = { id: 'account-breach-2021', name: 'Social media account breach', date: '2021/2021-09-20', elections: [2021], responseCount: 4 };

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
    expect(sent).toEqual([{ url: '/graphql', body: { query: expect.stringContaining('paragraph(document: $document, number: $number)'), variables: { document: 'doc', number: 9 } } }]);
  });

  it('says in words when the server cannot be reached', async () => {
    const api = createApi(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await failure(api.incidents())).toEqual({ message: 'The server could not be reached. Check that it is running, then try again.', detail: 'TypeError: Failed to fetch' });
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
});
