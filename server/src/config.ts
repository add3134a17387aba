// The process configuration, from the environment, checked with zod: every problem is reported at
// once, each naming the variable, before anything starts.
import { isIP } from 'node:net';
import { z } from 'zod';
import { ConfigError, type Neo4jSettings, neo4jSettingsFromEnv } from '../../graph/src/neo4j-connection.ts';
import { LOOPBACK_HOSTS, parseHost } from './plugins/allowed-hosts.ts';
import { normaliseAddress, type RateLimit } from './plugins/rate-limit.ts';
import { DEFAULT_GRAPH_CHECK_MS } from './plugins/response-cache-graph.ts';
import { DEFAULT_RESPONSE_CACHE_LIMITS } from './plugins/response-cache.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './store/read-gate.ts';

export { ConfigError };

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** A browser origin: scheme, host and port, nothing else ("http://localhost:5173"). */
function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(4000),
  HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:-]+$/, 'must be a host name or an IP address (e.g. 127.0.0.1, or 0.0.0.0 to listen on every interface)')
    .default('127.0.0.1'),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o.length > 0),
    )
    .refine((origins) => origins.every(isOrigin), 'must be a comma-separated list of origins such as http://localhost:5173'),
  SEED_DATA_DIR: z.string().default('seed'),
  /** 1: serve the drafts of `npm run ingest` too (review: draft items, marked draft: true), as `npm run seed -- --drafts` loads them */
  SEED_DRAFTS: z.enum(['0', '1'], { error: 'must be 0 or 1' }).default('0'),
  NEO4J_URI: z.string().optional(),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of milliseconds')
    .min(100, 'must be at least 100')
    .max(600_000, 'must be at most 600000')
    .default(5000),
  /** How long start-up waits for Neo4j to accept connections (a container may still be starting). */
  NEO4J_STARTUP_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of milliseconds')
    .min(0, 'must be at least 0')
    .default(60_000),
  /** Load shedding (store/read-gate.ts): queries in flight towards Neo4j, and waiting; past both, OVERLOADED. */
  NEO4J_MAX_CONCURRENT_QUERIES: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000')
    .default(DEFAULT_READ_LIMITS.concurrency),
  NEO4J_QUERY_QUEUE: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must be at least 0')
    .max(10_000, 'must be at most 10000')
    .default(DEFAULT_READ_LIMITS.queue),
  NEO4J_QUEUE_WAIT_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of milliseconds')
    .min(0, 'must be at least 0')
    .max(600_000, 'must be at most 600000')
    .default(DEFAULT_READ_LIMITS.maxWaitMs),
  /** The response cache (plugins/response-cache.ts): 0 turns it off; its bounds; how often Neo4j's graph is checked for a change. */
  RESPONSE_CACHE: z.enum(['0', '1'], { error: 'must be 0 (off) or 1 (on)' }).default('1'),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1 (RESPONSE_CACHE=0 turns the cache off)')
    .max(1_000_000, 'must be at most 1000000')
    .default(DEFAULT_RESPONSE_CACHE_LIMITS.maxEntries),
  RESPONSE_CACHE_MAX_MB: z.coerce
    .number({ error: 'must be a number' })
    .min(1, 'must be at least 1 (RESPONSE_CACHE=0 turns the cache off)')
    .max(65_536, 'must be at most 65536')
    .default(DEFAULT_RESPONSE_CACHE_LIMITS.maxBytes / 1024 / 1024),
  RESPONSE_CACHE_CHECK_MS: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number of milliseconds')
    .min(50, 'must be at least 50')
    .max(600_000, 'must be at most 600000')
    .default(DEFAULT_GRAPH_CHECK_MS),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  /** Host names (or name:port) the server answers for; anything else is refused (DNS rebinding). Empty: the loopback names. */
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((h) => h.trim())
        .filter((h) => h.length > 0),
    )
    .refine(
      (hosts) => hosts.every((h) => h === '*' || parseHost(h) !== null),
      'must be a comma-separated list of host names, each optionally with :port (e.g. localhost,graph.example.org:8080), or *',
    ),
  /** Requests per second per client address (a token bucket); 0 turns rate limiting off. */
  RATE_LIMIT_PER_SECOND: z.coerce
    .number({ error: 'must be a number' })
    .min(0, 'must be 0 (off) or more')
    .max(1_000_000, 'must be at most 1000000')
    .default(50),
  RATE_LIMIT_BURST: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1_000_000, 'must be at most 1000000')
    .default(200),
  /** Client addresses never limited; by default the loopback addresses (a local server's only client is its user); "none" for none. */
  RATE_LIMIT_EXEMPT: z
    .string()
    .default('127.0.0.1,::1')
    .transform((value) =>
      value.trim().toLowerCase() === 'none'
        ? []
        : value
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a.length > 0),
    )
    .refine(
      (addresses) => addresses.every((a) => isIP(normaliseAddress(a)) !== 0),
      'must be a comma-separated list of IP addresses (e.g. 127.0.0.1,::1)',
    ),
});

export interface Config {
  port: number;
  host: string;
  corsOrigins: string[];
  seedDataDir: string;
  /** SEED_DRAFTS=1: the graph includes draft items */
  seedDrafts: boolean;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Host names (name, or name:port) requests may be addressed to */
  allowedHosts: string[];
  /** null: off */
  rateLimit: RateLimit | null;
  /** null: off (RESPONSE_CACHE=0). graphCheckMs: how often a Neo4j store's fingerprint is read */
  responseCache: null | { maxEntries: number; maxBytes: number; graphCheckMs: number };
  /** null: the in-memory store */
  neo4j: null | { settings: Neo4jSettings; queryTimeoutMs: number; startupTimeoutMs: number; readLimits: ReadLimits };
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable is an unset one: compose files and shells often pass NAME= for "no value".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = envSchema.safeParse(given);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`);
  let settings: Neo4jSettings | null = null;
  if (given['NEO4J_URI'] !== undefined) {
    try {
      settings = neo4jSettingsFromEnv(given);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(...error.message.split('\n'));
    }
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    corsOrigins: e.CORS_ORIGINS,
    seedDataDir: e.SEED_DATA_DIR,
    seedDrafts: e.SEED_DRAFTS === '1',
    logLevel: e.LOG_LEVEL,
    allowedHosts: e.ALLOWED_HOSTS.length > 0 ? e.ALLOWED_HOSTS : [...LOOPBACK_HOSTS],
    rateLimit:
      e.RATE_LIMIT_PER_SECOND === 0 ? null : { perSecond: e.RATE_LIMIT_PER_SECOND, burst: e.RATE_LIMIT_BURST, exempt: e.RATE_LIMIT_EXEMPT },
    responseCache:
      e.RESPONSE_CACHE === '0'
        ? null
        : {
            maxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
            maxBytes: Math.round(e.RESPONSE_CACHE_MAX_MB * 1024 * 1024),
            graphCheckMs: e.RESPONSE_CACHE_CHECK_MS,
          },
    neo4j: settings && {
      settings,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      startupTimeoutMs: e.NEO4J_STARTUP_TIMEOUT_MS,
      readLimits: { concurrency: e.NEO4J_MAX_CONCURRENT_QUERIES, queue: e.NEO4J_QUERY_QUEUE, maxWaitMs: e.NEO4J_QUEUE_WAIT_MS },
    },
  };
}
