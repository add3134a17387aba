// `npm start`: read the configuration, open the store (Neo4j when NEO4J_URI is set, otherwise the
// in-memory graph built from seed/), listen, and shut down cleanly on SIGINT/SIGTERM.
import type { Server } from 'node:http';
import { createLogger, type YogaLogger } from 'graphql-yoga';
import { graphFingerprint, loadGraph, SeedError, storedFingerprint } from '../../seed/index.ts';
import { createApp, GRAPHQL_PATH } from './app.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { createHttpServer } from './http-server.ts';
import { type GraphWatch, watchGraph } from './plugins/response-cache-graph.ts';
import { createResponseCache, type ResponseCache } from './plugins/response-cache.ts';
import { ensureNeo4jSeeded, StartupError } from './neo4j-startup.ts';
import { createMemoryStore } from './store/memory-store.ts';
import type { GraphStore } from './store/types.ts';
import { warmUp } from './store/warm-up.ts';

const SHUTDOWN_GRACE_MS = 5000;

interface OpenedStore {
  store: GraphStore;
  description: string;
  /** The fingerprint of the graph the store serves, for the response cache */
  fingerprint: () => Promise<string | null>;
  /** Whether another process may change that graph while this one serves it (Neo4j: a seed, another replica) */
  shared: boolean;
}

async function openStore(config: Config, logger: YogaLogger): Promise<OpenedStore> {
  if (!config.neo4j) {
    const graph = await loadGraph(config.seedDataDir, { drafts: config.seedDrafts });
    const fingerprint = graphFingerprint(graph);
    return {
      store: createMemoryStore(graph),
      description: `in-memory store, ${graph.nodes.length} nodes`,
      fingerprint: async () => fingerprint,
      shared: false,
    };
  }
  const { settings, queryTimeoutMs, startupTimeoutMs, readLimits } = config.neo4j;
  // Loaded only when asked for, so the embedded default never touches the driver or the Neo4j store.
  const { openDriver } = await import('../../graph/src/neo4j-connection.ts');
  const { createNeo4jStore } = await import('./store/neo4j-store.ts');
  const { limitReads } = await import('./store/read-gate.ts');
  // One driver for the process: start-up seeds through it, then the store owns it.
  const driver = openDriver(settings);
  try {
    await ensureNeo4jSeeded(driver, settings, {
      seedDataDir: config.seedDataDir,
      drafts: config.seedDrafts,
      startupTimeoutMs,
      log: (line) => logger.info(line),
    });
  } catch (error) {
    await driver.close();
    throw error;
  }
  limitReads(driver, readLimits);
  const store = await createNeo4jStore(settings, { queryTimeoutMs, driver });
  const warm = await warmUp(store);
  logger.info(`Prepared ${warm.queries - warm.failed} of ${warm.queries} Neo4j queries in ${warm.ms} ms`);
  return {
    store,
    description: `Neo4j store, ${settings.uri}, database "${settings.database}"`,
    fingerprint: () => storedFingerprint(driver, settings.database),
    shared: true,
  };
}

/** A URL a person can open: 0.0.0.0 and :: listen everywhere, including on the loopback address. */
function displayHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new ConfigError(`PORT: ${host}:${port} is already in use; set PORT to a free port`) : error);
    });
    server.listen(port, host, () => resolve());
  });
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const { store, description, fingerprint, shared } = await openStore(config, logger);
  const responseCache: ResponseCache | null = config.responseCache && createResponseCache(config.responseCache);
  let graphWatch: GraphWatch | null = null;
  if (responseCache && config.responseCache) {
    // A graph another process may reload is checked every graphCheckMs; the in-memory one is this process's own.
    if (shared) graphWatch = watchGraph(responseCache, fingerprint, config.responseCache.graphCheckMs);
    else responseCache.setGraph(await fingerprint());
    await graphWatch?.check();
  }
  const app = createApp({
    store,
    logger,
    corsOrigins: config.corsOrigins,
    allowedHosts: config.allowedHosts,
    rateLimit: config.rateLimit,
    responseCache,
  });
  // With explicit time limits for headers, whole requests and idle keep-alive sockets (http-server.ts).
  const server = createHttpServer(app);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting now`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: closing the server and the store`);
    // Let requests in flight finish; drop idle keep-alive sockets now, the rest after the grace period.
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    await closed;
    graphWatch?.stop();
    await store.close();
    await app.dispose();
    logger.info('Stopped');
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      stop(signal).catch((error: unknown) => {
        logger.error(error);
        process.exit(1);
      });
    });
  }

  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await store.close();
    throw error;
  }
  const base = `http://${displayHost(config.host)}:${config.port}`;
  logger.info(`Testimony Graph on ${base}/ (${description})`);
  logger.info(`GraphiQL at ${base}${GRAPHQL_PATH}, health at ${base}/health`);
}

main().catch((error: unknown) => {
  // Configuration, seed and connection problems are the user's to fix: say what they are, without a stack.
  if (error instanceof ConfigError || error instanceof SeedError || error instanceof StartupError) console.error(error.message);
  else console.error('Testimony Graph could not start:', error);
  process.exit(1);
});
