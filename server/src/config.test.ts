// Configuration from the environment: defaults that work on a fresh machine, and every mistake
// reported at once, naming its variable.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration from the environment', () => {
  it('defaults to the in-memory store on 127.0.0.1:4000 with CORS off', () => {
    expect(loadConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      corsOrigins: [],
      seedDataDir: 'seed',
      seedDrafts: false,
      logLevel: 'info',
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      rateLimit: { perSecond: 50, burst: 200, exempt: ['127.0.0.1', '::1'] },
      responseCache: { maxEntries: 1000, maxBytes: 64 * 1024 * 1024, graphCheckMs: 1000 },
      neo4j: null,
    });
  });

  it('turns the response cache off with RESPONSE_CACHE=0, reads its bounds, and refuses a bound below 1', () => {
    expect(loadConfig({ RESPONSE_CACHE: '0' }).responseCache).toBe(null);
    expect(
      loadConfig({ RESPONSE_CACHE_MAX_ENTRIES: '50', RESPONSE_CACHE_MAX_MB: '2', RESPONSE_CACHE_CHECK_MS: '200' }).responseCache,
    ).toEqual({
      maxEntries: 50,
      maxBytes: 2_097_152,
      graphCheckMs: 200,
    });
    expect(() => loadConfig({ RESPONSE_CACHE: 'off', RESPONSE_CACHE_MAX_ENTRIES: '0' })).toThrow(
      'Invalid configuration:\n  RESPONSE_CACHE: must be 0 (off) or 1 (on)\n  RESPONSE_CACHE_MAX_ENTRIES: must be at least 1 (RESPONSE_CACHE=0 turns the cache off)',
    );
  });

  it('serves drafts with SEED_DRAFTS=1, and refuses any other value than 0 or 1', () => {
    expect(loadConfig({ SEED_DRAFTS: '1' }).seedDrafts).toBe(true);
    expect(() => loadConfig({ SEED_DRAFTS: 'yes' })).toThrow('SEED_DRAFTS: must be 0 or 1');
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '', CORS_ORIGINS: '' })).toEqual(loadConfig({}));
  });

  it('reads the port, the host, the CORS origins and the Neo4j settings', () => {
    expect(
      loadConfig({
        PORT: '8080',
        HOST: '0.0.0.0',
        CORS_ORIGINS: 'http://localhost:5173, https://viewer.example.org',
        NEO4J_URI: 'bolt://neo4j:7687',
        NEO4J_PASSWORD: 'pw',
        NEO4J_QUERY_TIMEOUT_MS: '2000',
        NEO4J_MAX_CONCURRENT_QUERIES: '4',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      corsOrigins: ['http://localhost:5173', 'https://viewer.example.org'],
      seedDataDir: 'seed',
      seedDrafts: false,
      logLevel: 'info',
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      rateLimit: { perSecond: 50, burst: 200, exempt: ['127.0.0.1', '::1'] },
      responseCache: { maxEntries: 1000, maxBytes: 64 * 1024 * 1024, graphCheckMs: 1000 },
      neo4j: {
        settings: { uri: 'bolt://neo4j:7687', user: 'neo4j', password: 'pw', database: 'neo4j' },
        queryTimeoutMs: 2000,
        startupTimeoutMs: 60_000,
        readLimits: { concurrency: 4, queue: 16, maxWaitMs: 250 },
      },
    });
  });

  it('reads the allowed hosts and the rate limit, which 0 turns off and "none" exempts no one from', () => {
    const read = (env: Record<string, string>) => {
      const { allowedHosts, rateLimit } = loadConfig(env);
      return { allowedHosts, rateLimit };
    };
    expect(
      read({
        ALLOWED_HOSTS: 'graph.example.org, localhost:4000',
        RATE_LIMIT_PER_SECOND: '5',
        RATE_LIMIT_BURST: '10',
        RATE_LIMIT_EXEMPT: 'none',
      }),
    ).toEqual({
      allowedHosts: ['graph.example.org', 'localhost:4000'],
      rateLimit: { perSecond: 5, burst: 10, exempt: [] },
    });
    expect(read({ ALLOWED_HOSTS: '*', RATE_LIMIT_PER_SECOND: '0', RATE_LIMIT_EXEMPT: '10.0.0.1,::ffff:127.0.0.1' })).toEqual({
      allowedHosts: ['*'],
      rateLimit: null,
    });
    const message = (() => {
      try {
        loadConfig({
          ALLOWED_HOSTS: 'http://evil.example/',
          RATE_LIMIT_PER_SECOND: '-1',
          RATE_LIMIT_BURST: '0',
          RATE_LIMIT_EXEMPT: 'localhost',
        });
        return '';
      } catch (error) {
        return error instanceof Error ? error.message : '';
      }
    })();
    expect(message.split('\n').map((line) => line.trim().split(':')[0])).toEqual([
      'Invalid configuration',
      'ALLOWED_HOSTS',
      'RATE_LIMIT_PER_SECOND',
      'RATE_LIMIT_BURST',
      'RATE_LIMIT_EXEMPT',
    ]);
  });

  it('reports every bad variable at once, each by name', () => {
    const attempt = () =>
      loadConfig({ PORT: '99999', HOST: 'not a host', CORS_ORIGINS: 'localhost:5173', LOG_LEVEL: 'loud', NEO4J_URI: 'http://neo4j' });
    expect(attempt).toThrow(ConfigError);
    let message = '';
    try {
      attempt();
    } catch (error) {
      message = error instanceof Error ? error.message : '';
    }
    expect(message.split('\n').map((line) => line.trim().split(':')[0])).toEqual([
      'Invalid configuration',
      'PORT',
      'HOST',
      'CORS_ORIGINS',
      'LOG_LEVEL',
      'NEO4J_URI',
    ]);
  });
});
