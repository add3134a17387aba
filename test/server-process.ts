// The real server as a child process on 127.0.0.1 (`node --import tsx server/src/index.ts`, what
// `npm start` runs after building the viewer), for tests of start-up, faults and load. Every wait
// is bounded; stop() ends only this child, by its PID.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { freePort } from './local-neo4j.ts';
import { FIXTURE_DATA_DIR } from './fixtures.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface MemoryUsage {
  rss: number;
  heapUsed: number;
  external: number;
}

export interface ServerProcess {
  pid: number;
  /** http://127.0.0.1:PORT */
  base: string;
  /** Every line it printed so far, stdout and stderr */
  lines: string[];
  /** Resolves with the first line (already printed or still to come) that matches, or rejects after timeoutMs. */
  waitForLine(pattern: RegExp, timeoutMs: number): Promise<string>;
  /** Still running? */
  alive(): boolean;
  /** Memory after garbage collection (only with `probe: true`). */
  memory(): Promise<MemoryUsage>;
  /** SIGTERM, then SIGKILL after graceMs; resolves with the exit code (or the signal's name). */
  stop(graceMs?: number): Promise<number | string>;
}

export interface ServerOptions {
  /** Added to this process's environment; NEO4J_URI unset means the in-memory store, SEED_DATA_DIR unset the tests' fixture */
  env?: Record<string, string>;
  /** Start through test/server-probe.ts, so memory() works */
  probe?: boolean;
}

export async function spawnServer(options: ServerOptions = {}): Promise<ServerProcess> {
  const port = await freePort();
  const entry = options.probe ? 'test/server-probe.ts' : 'server/src/index.ts';
  const child: ChildProcess = spawn(process.execPath, [...(options.probe ? ['--expose-gc'] : []), '--import', 'tsx', entry], {
    cwd: ROOT,
    // The tests' data, not seed/: what the server serves must not change as documents are added there.
    env: {
      ...process.env,
      NEO4J_URI: '',
      CORS_ORIGINS: '',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      SEED_DATA_DIR: FIXTURE_DATA_DIR,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', ...(options.probe ? (['ipc'] as const) : [])],
  });
  if (child.pid === undefined) throw new Error(`could not start ${entry}`);
  const lines: string[] = [];
  const watchers = new Set<(line: string) => void>();
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const watch of watchers) watch(line);
    });
  }
  let exitCode: number | string | undefined;
  const exited = new Promise<number | string>((done) =>
    child.on('exit', (code, signal) => {
      exitCode = code ?? signal ?? 'unknown';
      done(exitCode);
    }),
  );

  const waitForLine = (pattern: RegExp, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((l) => pattern.test(l));
      if (seen !== undefined) return resolve(seen);
      const timer = setTimeout(() => {
        watchers.delete(watch);
        reject(new Error(`no line matching ${pattern} within ${timeoutMs} ms; the server printed:\n${lines.join('\n')}`));
      }, timeoutMs);
      const watch = (line: string) => {
        if (!pattern.test(line)) return;
        clearTimeout(timer);
        watchers.delete(watch);
        resolve(line);
      };
      watchers.add(watch);
      void exited.then((code) => {
        if (!watchers.has(watch)) return;
        clearTimeout(timer);
        watchers.delete(watch);
        reject(new Error(`the server exited (${code}) before printing a line matching ${pattern}:\n${lines.join('\n')}`));
      });
    });

  return {
    pid: child.pid,
    base: `http://127.0.0.1:${port}`,
    lines,
    waitForLine,
    alive: () => exitCode === undefined,
    memory: () =>
      new Promise<MemoryUsage>((resolve, reject) => {
        if (!child.send) return reject(new Error('memory() needs a server started with probe: true'));
        const timer = setTimeout(() => reject(new Error('the server did not report its memory within 10 s')), 10_000);
        child.once('message', (message) => {
          clearTimeout(timer);
          resolve(message as MemoryUsage);
        });
        child.send('memory');
      }),
    stop: async (graceMs = 10_000) => {
      if (exitCode !== undefined) return exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Waits for the log line that says the server listens. */
export async function spawnReadyServer(options: ServerOptions = {}, timeoutMs = 60_000): Promise<ServerProcess> {
  const server = await spawnServer(options);
  try {
    await server.waitForLine(/^.*Testimony Graph on http:\/\//, timeoutMs);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}
