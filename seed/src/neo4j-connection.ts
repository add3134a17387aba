// Neo4j connection settings from the environment, validated, and the one way to open a driver.
import neo4j, { type Driver } from 'neo4j-driver';
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
  NEO4J_DATABASE: z.string().regex(/^[A-Za-z][A-Za-z0-9.-]{2,62}$/, 'NEO4J_DATABASE is not a valid database name').default('neo4j'),
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

export function openDriver(settings: Neo4jSettings, config: Parameters<typeof neo4j.driver>[2] = {}): Driver {
  return neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    disableLosslessIntegers: true,
    ...config,
  });
}
