// A Neo4j of a test's own (neo4j/launch.mjs: embedded 5.26, auth disabled), for tests that must
// stop and start the database itself, and a free port to put it on.
import net from 'node:net';
import { startNeo4j, type StartedNeo4j } from '../neo4j/launch.mjs';

export { hasJavaAndMaven } from '../neo4j/launch.mjs';
export type LocalNeo4j = StartedNeo4j;

/** A port that was free a moment ago (the OS picks it for port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not get a free port'))));
    });
  });
}

/** Starts Neo4j on `port` with its store in `dataDir` (reused across restarts), within `timeoutMs`. */
export async function startLocalNeo4j(port: number, dataDir: string, timeoutMs = 120_000): Promise<LocalNeo4j> {
  return startNeo4j({ port, dataDir, timeoutMs, log: () => {} });
}
