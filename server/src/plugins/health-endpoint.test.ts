// /health through a yoga with nothing else: which paths it answers, and what a failing check gives.
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { useHealthEndpoint } from './health-endpoint.ts';

const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });

function yogaWith(answer: (ResponseClass: typeof Response) => Promise<Response>) {
  // yoga's own liveness check would answer /health first: it moves out of the way, as in app.ts.
  return createYoga({
    schema,
    logging: false,
    landingPage: false,
    healthCheckEndpoint: '/live',
    plugins: [useHealthEndpoint('/health', answer)],
  });
}

const healthy = yogaWith(
  async (ResponseClass) => new ResponseClass('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } }),
);

describe('useHealthEndpoint', () => {
  it('answers /health, with or without a query string, and leaves every other path alone', async () => {
    const status = async (path: string) => [path, (await healthy.fetch(`http://localhost${path}`)).status];
    expect(
      await Promise.all(['/health', '/health?verbose=1', '/healthz', '/health/', '/x/health', '/graphql?query={ok}'].map((p) => status(p))),
    ).toEqual([
      ['/health', 200],
      ['/health?verbose=1', 200],
      ['/healthz', 404],
      ['/health/', 404],
      ['/x/health', 404],
      ['/graphql?query={ok}', 200],
    ]);
    expect(await (await healthy.fetch('http://localhost/health')).json()).toEqual({ ok: true });
  });

  it('answers 503, without the reason, when the check itself fails', async () => {
    const broken = yogaWith(async () => Promise.reject(new Error('bolt://secret-host')));
    const response = await broken.fetch('http://localhost/health');
    expect({ status: response.status, body: await response.text() }).toEqual({ status: 503, body: '' });
  });
});
