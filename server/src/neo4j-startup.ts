// Before serving from Neo4j: wait for it to accept connections (a container may still be
// starting), and seed it when it holds no graph, so `NEO4J_URI=… npm start` works on an empty
// database. Through the process's one driver, which the store then uses.
import { type Driver, Neo4jError } from 'neo4j-driver';
import type { Neo4jSettings } from '../../graph/src/neo4j-connection.ts';
import { graphFingerprint, loadGraph, loadIntoNeo4j, storedFingerprint } from '../../seed/index.ts';

export interface StartupOptions {
  seedDataDir: string;
  /** Seed the drafts too (SEED_DRAFTS=1), so a graph loaded by `npm run seed -- --drafts` is current */
  drafts?: boolean;
  /** How long to keep trying to connect; 0 tries once. */
  startupTimeoutMs: number;
  log: (line: string) => void;
}

const RETRY_MS = 2000;

/** Start-up cannot go on; the message says what to change, and is all the user needs to see. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/** The driver's connection errors are a paragraph of advice ending in the cause; keep the cause. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = message.split('Caused by: ')[1] ?? message;
  return cause.split('\n')[0]?.trim() ?? cause;
}

async function waitForNeo4j(driver: Driver, settings: Neo4jSettings, options: StartupOptions): Promise<void> {
  const deadline = Date.now() + options.startupTimeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database: settings.database });
      return;
    } catch (error) {
      if (error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Security.')) {
        throw new StartupError(
          `Neo4j at ${settings.uri} refused to log in as "${settings.user}": check NEO4J_USER and NEO4J_PASSWORD (${reason(error)})`,
        );
      }
      if (Date.now() + RETRY_MS > deadline) {
        throw new StartupError(
          `Neo4j at ${settings.uri} did not answer within ${options.startupTimeoutMs} ms (${reason(error)}). ` +
            'Start it (npm run neo4j, or docker compose up neo4j), or unset NEO4J_URI to serve the in-memory graph.',
        );
      }
      // The URI, never the password: this goes to the log.
      options.log(`Waiting for Neo4j at ${settings.uri} (${reason(error)})`);
      await new Promise((done) => setTimeout(done, RETRY_MS));
    }
  }
}

/**
 * Loads the graph when the database holds none, or one that differs from the seed data (the data
 * changed, or the load format did). Returns whether it loaded (true) or found the graph current (false).
 */
export async function ensureNeo4jSeeded(driver: Driver, settings: Neo4jSettings, options: StartupOptions): Promise<boolean> {
  await waitForNeo4j(driver, settings, options);
  const graph = await loadGraph(options.seedDataDir, { drafts: options.drafts ?? false });
  const stored = await storedFingerprint(driver, settings.database);
  if (stored === graphFingerprint(graph)) return false;
  const folder = `${options.seedDataDir.replace(/\/+$/, '')}/`;
  options.log(
    stored === null
      ? `Neo4j database "${settings.database}" holds no graph from this seed: loading ${folder}`
      : `The graph in Neo4j database "${settings.database}" differs from ${folder}: reloading it`,
  );
  const summary = await loadIntoNeo4j(driver, settings.database, graph, { log: options.log });
  options.log(`Seeded ${summary.totalNodes} nodes and ${summary.totalRelationships} relationships in ${summary.ms} ms`);
  return true;
}
