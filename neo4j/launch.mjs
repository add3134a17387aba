#!/usr/bin/env node
// Local Neo4j 5.26 Community (embedded, see src/main/java/testimonygraph/Neo4jServer.java)
// for development and tests, without Docker. Needs a JDK 17+ and Maven on PATH.
//
//   npm run neo4j                      # bolt://127.0.0.1:7687, store in neo4j/data
//   NEO4J_PORT=7688 NEO4J_DATA_DIR=/tmp/x npm run neo4j
//   NEO4J_HEAP=6g NEO4J_TX_MEMORY_MB=4096 npm run neo4j   # room for a one-transaction seed of ~1,000 documents
//
// Also a library (used by test/neo4j-global-setup.ts, test/local-neo4j.ts and bench/neo4j.ts):
//   buildNeo4j()                 compile + resolve the classpath, cached
//   startNeo4j({ port, dataDir }) -> { uri, version, stop() } once Bolt accepts connections
//
// Plain Node ESM with built-ins only, so it runs before/without `npm install`; its types are in
// launch.d.mts (checked by tsc): change both together.
// Past 300 lines: one self-contained script (it runs before npm install, with no dependencies): build, start, wait, stop.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const NEO4J_DIR = path.dirname(fileURLToPath(import.meta.url));
const POM = path.join(NEO4J_DIR, 'pom.xml');
const SRC_DIR = path.join(NEO4J_DIR, 'src');
const CLASSES_DIR = path.join(NEO4J_DIR, 'target', 'classes');
const CLASSPATH_FILE = path.join(NEO4J_DIR, '.classpath');
// Hash of the inputs of the last successful build. Lives in target/ so that
// deleting target/ (or `mvn clean`) also invalidates the cache.
const BUILD_KEY_FILE = path.join(NEO4J_DIR, 'target', 'build-key.txt');
const MAIN_CLASS = 'testimonygraph.Neo4jServer';
/**
 * NEO4J_HEAP ("1g", "6g"…) sizes the JVM heap; raise it with NEO4J_TX_MEMORY_MB for very large seeds.
 * A launcher may pass its own (startNeo4j({ heap })); the environment variable wins.
 */
function heapOption(fallback = '1g') {
  const heap = process.env.NEO4J_HEAP || fallback;
  if (!/^\d+[mMgG]$/.test(heap)) throw new Error(`neo4j: NEO4J_HEAP must look like 1g or 512m, got '${heap}'`);
  return `-Xmx${heap}`;
}

const JVM_OPTS = [
  '-Xms512m',
  // As Neo4j's own launcher does: lets it reach file descriptors and direct buffers (otherwise
  // debug.log fills with "Unable to evict transaction log ... Incorrect file descriptor").
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];
const READY_RE = /^Neo4j (\S+) ready at (bolt:\/\/\S+)\s*$/;
const DEFAULT_PORT = 7687;
const DEFAULT_DATA_DIR = path.join(NEO4J_DIR, 'data');
const DEFAULT_START_TIMEOUT_MS = 120_000;
const STDERR_TAIL_CHARS = 20_000;
const IS_WINDOWS = process.platform === 'win32';

/** Is `cmd` an executable on PATH? (No shell, no `which`, works on Windows too.) */
function onPath(cmd) {
  const exts = IS_WINDOWS ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      try {
        fs.accessSync(path.join(dir, cmd + ext), fs.constants.X_OK);
        return true;
      } catch {
        // keep looking
      }
    }
  }
  return false;
}

/** True when both `java` and `mvn` are on PATH (cheap; does not run them). */
export function hasJavaAndMaven() {
  return onPath('java') && onPath('mvn');
}

/** Throws a readable error unless java (17+) and mvn are available. */
export function checkTools() {
  const missing = ['java', 'mvn'].filter((cmd) => !onPath(cmd));
  if (missing.length > 0) {
    throw new Error(
      `neo4j: ${missing.join(' and ')} not found on PATH. The local Neo4j needs a JDK 17+ and ` +
        `Maven 3.6+ (e.g. apt-get install openjdk-17-jdk-headless maven), ` +
        `or point NEO4J_URI at an existing Neo4j 5 instead.`,
    );
  }
  // `java -version` prints to stderr, e.g.: openjdk version "17.0.15" 2025-04-15
  const res = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${res.stderr}${res.stdout}`);
  if (m) {
    // Java 8 reports "1.8.0_x": the major version is the second number.
    const major = m[1] === '1' ? Number(m[2]) : Number(m[1]);
    if (major < 17) {
      throw new Error(`neo4j: Java ${major} found, but Neo4j 5.26 needs Java 17 or 21.`);
    }
  }
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** Content hash of everything the build depends on: pom.xml and src/**. */
function buildKey() {
  const hash = createHash('sha256');
  for (const file of [POM, ...listFiles(SRC_DIR)]) {
    hash.update(path.relative(NEO4J_DIR, file)).update('\0').update(fs.readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function readIfExists(file) {
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

/** The cached classpath if it is still valid for `key`, else null. */
function cachedClasspath(key) {
  if (readIfExists(BUILD_KEY_FILE) !== key) return null;
  if (!fs.existsSync(`${path.join(CLASSES_DIR, ...MAIN_CLASS.split('.'))}.class`)) return null;
  const classpath = readIfExists(CLASSPATH_FILE);
  if (!classpath) return null;
  // ~/.m2 may have been cleaned since the last build.
  if (!classpath.split(path.delimiter).every((jar) => fs.existsSync(jar))) return null;
  return classpath;
}

/** Run a command, capturing its output; resolve on exit 0, reject with the output otherwise. */
function run(cmd, args, options) {
  return new Promise((resolve, reject) => {
    // mvn is a .cmd script on Windows, which Node only spawns through a shell.
    const child = spawn(cmd, args, { ...options, shell: IS_WINDOWS, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output.trim()}`));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Run fn while holding target/build.lock (an atomic mkdir), so two launchers starting at
 * the same time (a dev server and a test run, say) do not compile into target/ together.
 * A lock left by a process that no longer exists is taken over.
 */
async function withBuildLock(fn, log) {
  const lock = path.join(NEO4J_DIR, 'target', 'build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  let waiting = false;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    const owner = Number(readIfExists(path.join(lock, 'pid')));
    let alive = false;
    try {
      alive = owner > 0 && process.kill(owner, 0);
    } catch (err) {
      alive = err.code === 'EPERM';
    }
    // No pid yet means the owner is between mkdir and writeFile: wait, unless that is old.
    let ageMs = 0;
    try {
      ageMs = Date.now() - fs.statSync(lock).mtimeMs;
    } catch {
      continue; // released meanwhile
    }
    if (owner > 0 ? !alive : ageMs > 10_000) {
      fs.rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (!waiting) log(`neo4j: waiting for another build (pid ${owner || '?'}) to finish...`);
    waiting = true;
    await sleep(500);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Write a file so that concurrent readers never see it half-written. */
function writeAtomic(file, text) {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
}

/**
 * Compile the server and resolve its runtime classpath with Maven, unless the cached build
 * is up to date. The first build downloads Neo4j and its dependencies (~150 MB) into ~/.m2.
 * Resolves to the full java classpath (classes dir + dependency jars).
 */
export async function buildNeo4j({ log = (msg) => process.stderr.write(`${msg}\n`) } = {}) {
  checkTools();
  const key = buildKey();
  let classpath = cachedClasspath(key);
  if (!classpath) {
    classpath = await withBuildLock(async () => {
      const built = cachedClasspath(key); // another process may have just built it
      if (built) return built;
      const first = !fs.existsSync(CLASSPATH_FILE);
      log(`neo4j: building the local Neo4j server with Maven${first ? ' (first run downloads ~150 MB)' : ''}...`);
      const started = Date.now();
      const mavenOutput = path.join(NEO4J_DIR, 'target', 'classpath.txt');
      fs.rmSync(mavenOutput, { force: true });
      await run(
        'mvn',
        [
          '-q',
          '-B',
          '-Dstyle.color=never', // -q still emits ANSI resets without this
          '-f',
          POM,
          'compile',
          'dependency:build-classpath',
          '-Dmdep.includeScope=runtime',
          `-Dmdep.outputFile=${mavenOutput}`,
        ],
        { cwd: NEO4J_DIR },
      );
      const resolved = readIfExists(mavenOutput);
      if (!resolved) throw new Error(`neo4j: Maven did not write a classpath to ${mavenOutput}`);
      writeAtomic(CLASSPATH_FILE, `${resolved}\n`);
      writeAtomic(BUILD_KEY_FILE, `${key}\n`); // last: marks the cache valid
      log(`neo4j: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return resolved;
    }, log);
  }
  return [CLASSES_DIR, classpath].join(path.delimiter);
}

/**
 * Spawn the server JVM (the build must be done: pass buildNeo4j()'s result).
 * Returns at once with { child, ready, exited, stop }:
 *  - ready: resolves to { uri, version } on the ready line; rejects if the JVM exits first
 *    or timeoutMs passes (the JVM is then killed). The error carries .exitCode and .stderr.
 *  - exited: resolves to the exit code (128 + signal number if killed by a signal).
 *  - stop(): clean shutdown (closes the JVM's stdin, which it treats as "shut down"; SIGTERM
 *    and then SIGKILL if it hangs). Resolves to the exit code.
 * The JVM also shuts down by itself when this process dies, because its stdin pipe closes.
 */
export function spawnNeo4j({
  classpath,
  port = DEFAULT_PORT,
  dataDir = DEFAULT_DATA_DIR,
  timeoutMs = DEFAULT_START_TIMEOUT_MS,
  forwardOutput = false,
  heap,
  txMemoryMb,
  javaOpts = [heapOption(heap), ...JVM_OPTS],
}) {
  // txMemoryMb: db.memory.transaction.max for this server, unless NEO4J_TX_MEMORY_MB is set.
  const txMemory = process.env.NEO4J_TX_MEMORY_MB || (txMemoryMb ? String(txMemoryMb) : undefined);
  const child = spawn('java', [...javaOpts, '-cp', classpath, MAIN_CLASS, path.resolve(dataDir)], {
    env: { ...process.env, NEO4J_PORT: String(port), NEO4J_EXIT_ON_STDIN_EOF: '1', ...(txMemory ? { NEO4J_TX_MEMORY_MB: txMemory } : {}) },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  // Writing/closing stdin of a JVM that just died raises EPIPE; the exit is handled below.
  child.stdin.on('error', () => {});

  let stderr = '';
  child.stderr.on('data', (chunk) => {
    if (forwardOutput) process.stderr.write(chunk);
    stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS);
  });

  const exited = new Promise((resolve) => {
    child.on('error', (err) => {
      stderr += `\n${err.message}`;
      resolve(127);
    });
    child.on('close', (code, signal) => {
      resolve(code ?? 128 + (os.constants.signals[signal] ?? 0));
    });
  });

  const ready = new Promise((resolve, reject) => {
    const fail = (why, exitCode) => {
      const err = new Error(`neo4j: ${why}${stderr.trim() ? `\n${stderr.trim()}` : ''}`);
      err.exitCode = exitCode;
      err.stderr = stderr;
      reject(err);
    };
    const timer =
      timeoutMs > 0 && Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            fail(`server did not become ready within ${timeoutMs / 1000} s`, undefined);
            stop();
          }, timeoutMs)
        : undefined;
    timer?.unref();
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (forwardOutput) process.stdout.write(`${line}\n`);
      const m = READY_RE.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve({ version: m[1], uri: m[2] });
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      fail(`server exited with code ${code} before it was ready`, code);
    });
  });
  ready.catch(() => {}); // the caller decides whether to await it; never an unhandled rejection

  let stopping;
  function stop({ graceMs = 30_000 } = {}) {
    if (!stopping) {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin.end(); // Neo4jServer: EOF on stdin -> System.exit(0) -> shutdown hook
        const term = setTimeout(() => child.kill('SIGTERM'), graceMs / 2);
        const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
        exited.finally(() => {
          clearTimeout(term);
          clearTimeout(kill);
        });
      }
      stopping = exited;
    }
    return stopping;
  }

  return { child, ready, exited, stop };
}

/**
 * Build if needed, start the server and wait until Bolt is up. heap ("8g") and txMemoryMb size
 * the server when NEO4J_HEAP and NEO4J_TX_MEMORY_MB do not (defaults: 1g and 256 MB).
 * Resolves to { uri, version, pid, stop() }; rejects with the JVM's stderr if it fails.
 */
export async function startNeo4j({ port = DEFAULT_PORT, dataDir = DEFAULT_DATA_DIR, timeoutMs, log, heap, txMemoryMb } = {}) {
  const classpath = await buildNeo4j(log ? { log } : {});
  const server = spawnNeo4j({ classpath, port, dataDir, timeoutMs, heap, txMemoryMb });
  const { uri, version } = await server.ready;
  return { uri, version, pid: server.child.pid, stop: server.stop };
}

async function main() {
  const port = Number(process.env.NEO4J_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`neo4j: NEO4J_PORT must be a port number, got '${process.env.NEO4J_PORT}'`);
  }
  const dataDir = process.env.NEO4J_DATA_DIR || DEFAULT_DATA_DIR;
  const classpath = await buildNeo4j();
  // No start timeout here: Neo4jServer gives up by itself after 120 s.
  const server = spawnNeo4j({ classpath, port, dataDir, timeoutMs: 0, forwardOutput: true });

  // Ctrl-C in a terminal signals the whole process group, so the JVM usually gets SIGINT
  // directly; forwarding covers `kill <launcher pid>` too. Shutdown is idempotent.
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      if (server.child.exitCode === null) server.child.kill(sig);
    });
  }
  // After a signal the JVM runs its shutdown hook and exits 128+n (130 for Ctrl-C).
  process.exitCode = await server.exited;
}

const isMain = (() => {
  try {
    return import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
})();

if (isMain) {
  main().catch((err) => {
    process.stderr.write(`${err.message ?? err}\n`);
    process.exitCode = 1;
  });
}
