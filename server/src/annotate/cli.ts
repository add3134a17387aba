// `npm run annotate [-- --data DIR]`: the API and the viewer in annotate mode, on 127.0.0.1 only,
// on the in-memory graph of DIR (default seed/) with its drafts. Prints the URL with this run's
// token; every write needs it. Exit 2 for a wrong argument or HOST, 1 for data the seed refuses.
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createLogger } from 'graphql-yoga';
import { SeedError } from '../../../seed/index.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { createHttpServer } from '../http-server.ts';
import { createAnnotateApp } from './mode.ts';
import { newToken } from './token.ts';

const USAGE = 'usage: npm run annotate [-- --data DIR]   (DIR: a folder with documents/ and annotations/; default seed)';
/** It writes files: only the user of this machine may reach it. */
const ANNOTATE_HOST = '127.0.0.1';

function fail(code: number, message: string): never {
  console.error(message);
  process.exit(code);
}

async function main(): Promise<void> {
  let dataDir = 'seed';
  try {
    const { values } = parseArgs({ options: { data: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
    if (values.help) {
      console.log(USAGE);
      return;
    }
    dataDir = values.data ?? dataDir;
  } catch (error) {
    fail(2, `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) fail(2, error.message);
    throw error;
  }
  if (config.host !== ANNOTATE_HOST) {
    fail(2, `HOST=${config.host} is refused: annotate mode writes files, so it listens on ${ANNOTATE_HOST} only. Unset HOST.`);
  }
  const logger = createLogger(config.logLevel);
  if (config.neo4j) logger.warn('NEO4J_URI is ignored: annotate mode serves the in-memory graph of the folder it writes.');

  const token = newToken();
  const { app, nodes, problems } = await createAnnotateApp({ dataDir, token, logger });
  if (problems > 0)
    logger.warn(
      `The seed reports ${problems} problem(s) in ${dataDir} (npm run check lists them; the workbench lists each file's): fix them before seeding.`,
    );
  const server = createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new ConfigError(`PORT: ${ANNOTATE_HOST}:${config.port} is already in use; set PORT to a free port`)
          : error,
      ),
    );
    server.listen(config.port, ANNOTATE_HOST, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : config.port;
  logger.info(`Annotate mode on ${dataDir} (${nodes} nodes, drafts included): writes go to ${dataDir}/annotations/`);
  // On stdout, alone on its line: the one thing to open (and what a script reads the token from).
  console.log(`http://${ANNOTATE_HOST}:${port}/?token=${token}`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      logger.info(`${signal}: closing`);
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 2000).unref();
    });
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(2, error.message);
  if (error instanceof SeedError) fail(1, `${error.message}\nFix these in an editor, then start annotate mode again.`);
  fail(1, `Annotate mode could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
