// The short version of test/load.ts, so `npm test` covers it too: the real server under 100
// connections for a few seconds, on the in-memory store and on the test Neo4j, without one error.
// The full run (rounds of 30 s, memory across rounds) is `.ci/run`'s, after npm test.
import { afterEach, describe, expect, it } from 'vitest';
import { runRounds, table } from './load-rounds.ts';
import { hasNeo4j, neo4jConfig } from './neo4j.ts';
import { type ServerProcess, spawnReadyServer } from './server-process.ts';

const SHORT = { connections: 100, roundMs: 5_000, rounds: 1, warmUpMs: 2_000 };

describe('the server under load (short)', () => {
  let server: ServerProcess | undefined;
  afterEach(async () => {
    expect(await server?.stop()).toBe(0);
    server = undefined;
  });

  it('answers 100 connections on the in-memory store for 5 s without an error', { timeout: 60_000 }, async () => {
    server = await spawnReadyServer({ probe: true, env: { NEO4J_URI: '' } });
    const rounds = await runRounds(server, SHORT);
    console.info(table('memory', rounds));
    expect(rounds.map((r) => ({ round: r.round, errors: r.errors, samples: r.errorSamples, answered: r.count > 100 }))).toEqual(
      [0, 1].map((round) => ({ round, errors: 0, samples: [], answered: true })),
    );
  });

  it.runIf(hasNeo4j)('answers 100 connections on Neo4j for 5 s without an error', { timeout: 120_000 }, async () => {
    const conn = neo4jConfig();
    if (!conn) return;
    server = await spawnReadyServer({
      probe: true,
      env: { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database },
    });
    const rounds = await runRounds(server, SHORT);
    console.info(table('neo4j', rounds));
    expect(rounds.map((r) => ({ round: r.round, errors: r.errors, samples: r.errorSamples, answered: r.count > 100 }))).toEqual(
      [0, 1].map((round) => ({ round, errors: 0, samples: [], answered: true })),
    );
  });
});
