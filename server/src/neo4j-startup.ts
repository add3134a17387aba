// Before serving from Neo4j: wait for it to accept connections (a container may still be
// starting), and seed it when it holds no graph, so `NEO4J_URI=… npm start` works on an empty
// database. Uses its own short-lived driver; the store opens the process's long-lived one.
import type { Driver } from 'neo4j-driver';
import { openDriver, type Neo4jSettings } from '../../seed/src/neo4j-connection.ts';
import { countGraph, loadIntoNeo4j } from '../../seed/src/neo4j-load.ts';
import { loadGraph } from '../../seed/src/pipeline.ts';

export interface StartupOptions {
  seedDataDir: string;
  /** How long to keep trying to connect; 0 tries once. */
  startupTimeoutMs: number;
  log: (line: string) => void;
}

const RETRY_MS = 2000;

async function waitForNeo4j(driver: Driver, settings: Neo4jSettings, options: StartupOptions): Promise<void> {
  const deadline = Date.now() + options.startupTimeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database: settings.database });
      return;
    } catch (error) {
      if (Date.now() + RETRY_MS > deadline) throw error;
      // The URI, never the password: this goes to the log.
      options.log(`Waiting for Neo4j at ${settings.uri} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      await new Promise((done) => setTimeout(done, RETRY_MS));
    }
  }
}

/** Returns whether it loaded the graph (true) or found one already there (false). */
export async function ensureNeo4jSeeded(settings: Neo4jSettings, options: StartupOptions): Promise<boolean> {
  const driver = openDriver(settings);
  try {
    await waitForNeo4j(driver, settings, options);
    const counts = await countGraph(driver, settings.database);
    if (counts.nodes > 0) return false;
    options.log(`Neo4j database "${settings.database}" holds no graph: seeding it from ${options.seedDataDir}/`);
    const graph = await loadGraph(options.seedDataDir);
    const summary = await loadIntoNeo4j(driver, settings.database, graph, { log: options.log });
    options.log(`Seeded ${summary.totalNodes} nodes and ${summary.totalRelationships} relationships in ${summary.ms} ms`);
    return true;
  } finally {
    await driver.close();
  }
}
