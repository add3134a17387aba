// Types of neo4j/launch.mjs. The launcher stays plain JavaScript so that `npm run neo4j` and CI's
// build step run before (or without) `npm install`, on Node 20, which cannot run TypeScript itself.
// tsc checks this file and every TypeScript caller against it (tsconfig.json includes it); keep it
// in step with launch.mjs when an export changes.
import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** True when both `java` and `mvn` are on PATH (cheap; does not run them). */
export function hasJavaAndMaven(): boolean;

/** Throws a readable error unless java (17+) and mvn are available. */
export function checkTools(): void;

/**
 * Compiles the server and resolves its runtime classpath with Maven, unless the cached build is up
 * to date. Resolves to the full java classpath (classes dir + dependency jars).
 */
export function buildNeo4j(options?: { log?: (msg: string) => void }): Promise<string>;

/** Why a server did not become ready: the JVM's exit code (undefined on a timeout) and its stderr. */
export interface Neo4jStartError extends Error {
  exitCode: number | undefined;
  stderr: string;
}

export interface SpawnNeo4jOptions {
  /** buildNeo4j()'s result */
  classpath: string;
  /** Bolt port; 7687 by default */
  port?: number;
  /** The store, reused across restarts; neo4j/data by default */
  dataDir?: string;
  /** How long `ready` waits (120 s by default; 0 or Infinity: no limit) */
  timeoutMs?: number;
  /** Copy the JVM's stdout and stderr to this process's */
  forwardOutput?: boolean;
  /** JVM heap ("1g", "8g"), unless NEO4J_HEAP is set */
  heap?: string;
  /** db.memory.transaction.max in MB, unless NEO4J_TX_MEMORY_MB is set */
  txMemoryMb?: number;
  /** Replaces the heap option and the launcher's JVM flags */
  javaOpts?: string[];
}

export interface SpawnedNeo4j {
  child: ChildProcessByStdio<Writable, Readable, Readable>;
  /** The ready line's Bolt URI and version; rejects with a Neo4jStartError */
  ready: Promise<{ uri: string; version: string }>;
  /** The exit code (128 + the signal's number when a signal ended it) */
  exited: Promise<number>;
  /** Clean shutdown (stdin closed, then SIGTERM and SIGKILL past graceMs); resolves to the exit code */
  stop(options?: { graceMs?: number }): Promise<number>;
}

/** Spawns the server JVM and returns at once (the build must be done). */
export function spawnNeo4j(options: SpawnNeo4jOptions): SpawnedNeo4j;

export interface StartNeo4jOptions {
  port?: number;
  dataDir?: string;
  timeoutMs?: number;
  log?: (msg: string) => void;
  heap?: string;
  txMemoryMb?: number;
}

export interface StartedNeo4j {
  uri: string;
  version: string;
  pid: number | undefined;
  stop(options?: { graceMs?: number }): Promise<number>;
}

/** Builds if needed, starts the server and waits until Bolt is up; rejects with a Neo4jStartError. */
export function startNeo4j(options?: StartNeo4jOptions): Promise<StartedNeo4j>;
