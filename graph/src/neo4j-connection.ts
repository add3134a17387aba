// Neo4j connection settings from the environment, validated, and the one way to open a driver.
import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { z } from 'zod';

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
}

const envSchema = z.object({
  NEO4J_URI: z
    .string({ error: 'NEO4J_URI is not set (e.g. bolt://127.0.0.1:7687)' })
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'NEO4J_URI must look like bolt://host:7687 or neo4j://host:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'NEO4J_DATABASE is not a valid database name')
    .default('neo4j'),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function neo4jSettingsFromEnv(env: Record<string, string | undefined>): Neo4jSettings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const e = parsed.data;
  return { uri: e.NEO4J_URI, user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
}

/**
 * The driver settings of every process (the API, the seed, the benchmarks), in one place. A
 * program in front of a database that is down should say so in about a second, not hang: the
 * driver's defaults wait 30 s to connect, 60 s for a pooled connection and retry for 30 s.
 */
export const DRIVER_DEFAULTS: Config = {
  // Integers as JavaScript numbers: every count and paragraph number the graph holds is small.
  disableLosslessIntegers: true,
  connectionTimeout: 3_000,
  connectionAcquisitionTimeout: 5_000,
  // The driver retries after ~1 s (jittered) while less than this has passed: so exactly one retry,
  // enough to replace a pooled connection Neo4j closed on a restart. (0 would still retry once:
  // a refused connection fails within the same millisecond, and "0 > 0" is false.)
  maxTransactionRetryTime: 500,
  // All records in the first PULL: one round trip even for a long answer (limits keep them bounded).
  fetchSize: -1,
  userAgent: 'testimony-graph',
};

/** The one way to open a driver; a process opens one and passes it to whatever needs it. */
export function openDriver(settings: Neo4jSettings, config: Config = {}): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), { ...DRIVER_DEFAULTS, ...config });
}
