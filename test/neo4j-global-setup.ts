// Vitest globalSetup: decide which Neo4j the test run uses and hand it to the tests.
//
//  1. NEO4J_URI set            -> that server (NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE).
//  2. java + mvn on PATH       -> a throwaway local Neo4j (neo4j/launch.mjs) on a free port with
//                                 a fresh temp store, stopped and deleted at teardown.
//  3. otherwise (or SKIP_NEO4J=1) -> none; Neo4j suites skip via `describe.runIf(hasNeo4j)`.
// REQUIRE_NEO4J=1 turns "none" into a hard failure, so CI can never skip them silently.
// Tests read the result with neo4jConfig() / hasNeo4j / openDriver() from test/neo4j.ts.

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { hasJavaAndMaven, startNeo4j } from '../neo4j/launch.mjs';
import { freePort } from './local-neo4j.ts';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection | null;
  }
}

function log(message: string): void {
  console.log(`[neo4j] ${message}`);
}

/** Connects and returns the server's agent string, e.g. "Neo4j/5.26.30". */
async function verify(conn: Neo4jConnection): Promise<string> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password));
  try {
    const info = await driver.getServerInfo({ database: conn.database });
    return info.agent ?? 'Neo4j';
  } finally {
    await driver.close();
  }
}

interface Started {
  conn: Neo4jConnection;
  version: string;
  teardown(): Promise<void>;
}

async function startLocal(): Promise<Started> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'testimony-neo4j-'));
  const removeDataDir = () => fs.rm(dataDir, { recursive: true, force: true });
  try {
    // Another process can grab the free port before the JVM binds it; retry on that only.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        const server = await startNeo4j({ port, dataDir, log: (msg) => log(msg.replace(/^neo4j: /, '')) });
        return {
          conn: { uri: server.uri, user: 'neo4j', password: 'neo4j', database: 'neo4j' },
          version: server.version,
          teardown: async () => {
            await server.stop();
            await removeDataDir();
          },
        };
      } catch (err) {
        if (attempt >= 3 || !String(err).includes('already in use')) throw err;
      }
    }
  } catch (err) {
    await removeDataDir();
    throw err;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const required = process.env.REQUIRE_NEO4J === '1';
  let conn: Neo4jConnection | null = null;
  let teardown = async (): Promise<void> => {};
  let why = '';

  const externalUri = process.env.NEO4J_URI;
  if (process.env.SKIP_NEO4J === '1') {
    why = 'SKIP_NEO4J=1';
  } else if (externalUri) {
    const candidate: Neo4jConnection = {
      uri: externalUri,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD ?? '',
      database: process.env.NEO4J_DATABASE || 'neo4j',
    };
    try {
      const agent = await verify(candidate);
      conn = candidate;
      log(`tests use ${agent} at ${candidate.uri} (from NEO4J_URI), database '${candidate.database}'`);
    } catch (err) {
      why = `cannot connect to NEO4J_URI=${externalUri}: ${(err as Error).message}`;
    }
  } else {
    if (!hasJavaAndMaven()) {
      why = 'NEO4J_URI is not set and java/mvn are not on PATH to start a local one';
    } else {
      try {
        const started = await startLocal();
        try {
          await verify(started.conn);
        } catch (err) {
          await started.teardown();
          throw err;
        }
        conn = started.conn;
        teardown = started.teardown;
        log(`tests use a local Neo4j ${started.version} at ${conn.uri} (temp store, deleted afterwards)`);
      } catch (err) {
        why = `could not start a local Neo4j: ${(err as Error).message}`;
      }
    }
  }

  if (!conn) {
    if (required) {
      throw new Error(`REQUIRE_NEO4J=1 but no Neo4j is available: ${why}`);
    }
    log(`no Neo4j for this run (${why}); Neo4j suites are skipped`);
  }
  project.provide('neo4j', conn);
  return teardown;
}
