// A Neo4j of a test's own (neo4j/launch.mjs: embedded 5.26, auth disabled), for tests that must
// stop and start the database itself, and a free port to put it on.
import net from 'node:net';

export interface LocalNeo4j {
  uri: string;
  version: string;
  pid: number;
  stop(): Promise<number>;
}

// The subset of neo4j/launch.mjs used by tests. It is plain JS without a declaration file, so it
// is imported dynamically through a URL (a static import would be an implicit `any`).
export interface Launcher {
  hasJavaAndMaven(): boolean;
  startNeo4j(options: { port: number; dataDir: string; timeoutMs?: number; log?: (msg: string) => void }): Promise<LocalNeo4j>;
}

const LAUNCHER_URL = new URL('../neo4j/launch.mjs', import.meta.url).href;

export async function launcher(): Promise<Launcher> {
  return (await import(/* @vite-ignore */ LAUNCHER_URL)) as Launcher;
}

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
  return (await launcher()).startNeo4j({ port, dataDir, timeoutMs, log: () => {} });
}
