// The two stores the load test runs on, and the check that the server opened the one asked for:
// a "neo4j" leg that silently ran on the in-memory graph (NEO4J_URI exported, then dropped on the
// way to the child) used to pass, measuring the wrong thing.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type LocalNeo4j, startLocalNeo4j } from './local-neo4j.ts';

export type StoreName = 'neo4j' | 'memory';

export interface StoreEnv {
  /** Given to spawnServer: what selects the store */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The environment that opens `store`: for neo4j, NEO4J_URI from `given` (with the NEO4J_USER,
 * NEO4J_PASSWORD and NEO4J_DATABASE the child inherits), else a throwaway local Neo4j started here.
 */
export async function storeEnv(store: StoreName, given: Record<string, string | undefined> = process.env): Promise<StoreEnv> {
  if (store === 'memory') return { env: { NEO4J_URI: '' }, stop: async () => {} };
  const uri = given['NEO4J_URI'];
  if (uri) return { env: { NEO4J_URI: uri }, stop: async () => {} };
  const dataDir = await mkdtemp(join(tmpdir(), 'tg-load-neo4j-'));
  let neo4j: LocalNeo4j | undefined;
  try {
    neo4j = await startLocalNeo4j(await freePort(), dataDir);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const started = neo4j;
  return {
    env: { NEO4J_URI: started.uri },
    stop: async () => {
      await started.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The store the server at `base` says it serves from (/health's `store`), or why it could not tell. */
export async function openedStore(base: string): Promise<string> {
  const response = await fetch(new URL('/health', base));
  const body: unknown = await response.json();
  if (typeof body !== 'object' || body === null || !('store' in body) || typeof body.store !== 'string') {
    throw new Error(`/health answered ${response.status} without a store: ${JSON.stringify(body)}`);
  }
  return body.store;
}
