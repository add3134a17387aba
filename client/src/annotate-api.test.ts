// The annotate API client without a server: where the token comes from and goes, and how the
// server's refusals reach the workbench (code and problems kept). Ids are fictional.
import { describe, expect, it } from 'vitest';
import { AnnotateError, createAnnotateApi, SESSION_SLOT, takeToken, type TokenHome } from './annotate-api.ts';

/** A stand-in for the token a run of npm run annotate prints */
const issued = 'abc123';

function home(href: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const place: TokenHome = {
    location: { href },
    history: { state: null, replaceState: (_data, _unused, url) => replaced.push(url) },
    sessionStorage: {
      getItem: (key) => storage.get(key) ?? null,
      setItem: (key, value) => void storage.set(key, value),
      removeItem: (key) => void storage.delete(key),
    },
  };
  return { place, storage, replaced };
}

describe('takeToken', () => {
  it('takes the token from the URL, keeps it for the tab and takes it out of the address bar, the view kept', () => {
    const { place, storage, replaced } = home(`http://127.0.0.1:4000/?token=${issued}&x=1#mode=read&doc=d`);
    expect(takeToken(place)).toBe(issued);
    expect({ kept: [...storage.values()], replaced }).toEqual({ kept: [issued], replaced: ['/?x=1#mode=read&doc=d'] });
  });

  it('finds the token kept by this tab after a reload, and none on a page opened without one', () => {
    const kept = home('http://127.0.0.1:4000/#mode=read', { [SESSION_SLOT]: issued });
    expect({ token: takeToken(kept.place), replaced: kept.replaced }).toEqual({ token: issued, replaced: [] });
    expect(takeToken(home('http://127.0.0.1:4000/').place)).toBeNull();
  });
});

/** A server stand-in that answers every request with `body` (status `status`), and remembers the requests. */
function answering(status: number, body: unknown) {
  const seen: { headers: Record<string, string>; body: unknown }[] = [];
  const fetchImpl = async (_input: string, init: RequestInit) => {
    seen.push({ headers: Object.fromEntries(new Headers(init.headers).entries()), body: JSON.parse(String(init.body)) });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return { fetchImpl, seen };
}

const annotation = {
  document: 'doc-a',
  version: 'v2',
  file: 'annotations/doc-a.yaml',
  exists: true,
  problems: [],
  drafts: [],
  canUndo: true,
};

describe('createAnnotateApi', () => {
  it('sends the token as a bearer and the version the change was made against', async () => {
    const server = answering(200, { data: { review: { version: 'v2', item: 'ilse-varga', annotation } } });
    const api = createAnnotateApi(issued, server.fetchImpl);
    expect(await api.review('doc-a', 'v1', 'ilse-varga', 'ACCEPT')).toEqual({ version: 'v2', item: 'ilse-varga', annotation });
    expect(server.seen[0]?.headers['authorization']).toBe(`Bearer ${issued}`);
    expect(server.seen[0]?.body).toMatchObject({ variables: { document: 'doc-a', version: 'v1', item: 'ilse-varga', decision: 'ACCEPT' } });
  });

  it('keeps the code and the validator problems of a refusal', async () => {
    const refusal = {
      errors: [
        {
          message: 'The edit breaks the annotation.',
          extensions: {
            code: 'BAD_USER_INPUT',
            problems: [{ file: 'annotations/doc-a.yaml', line: 14, message: 'quote not found in paragraph [3]: "Mr. Lund"' }],
          },
        },
      ],
    };
    const api = createAnnotateApi(issued, answering(200, refusal).fetchImpl);
    const error = await api.addEvidence('doc-a', 'v1', 'ilse-varga', { paragraph: 3, quote: 'Mr. Lund' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnnotateError);
    expect(error instanceof AnnotateError && { message: error.message, code: error.code, problems: error.problems }).toEqual({
      message: 'The edit breaks the annotation.',
      code: 'BAD_USER_INPUT',
      problems: ['annotations/doc-a.yaml:14: quote not found in paragraph [3]: "Mr. Lund"'],
    });
  });

  it('reports a conflict with its code, so the workbench reloads', async () => {
    const api = createAnnotateApi(
      issued,
      answering(409, { errors: [{ message: 'changed since v1', extensions: { code: 'CONFLICT' } }] }).fetchImpl,
    );
    const error = await api.undo('doc-a', 'v1').catch((e: unknown) => e);
    expect(error instanceof AnnotateError && [error.code, error.message]).toEqual(['CONFLICT', 'changed since v1']);
  });
});
