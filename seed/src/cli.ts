// npm run seed -- [--data DIR] [--out FILE] [--reset] [--drafts] [--timeout SECONDS]
// With --out: write the canonical graph as JSON and touch no database.
// With --drafts: take the items `npm run ingest` drafted (review: draft) in, marked draft: true.
// Without: load it into the Neo4j named by NEO4J_URI (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE),
// within --timeout seconds (or SEED_TIMEOUT_SECONDS; default 600), saying what it does meanwhile.
import { writeFile, rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readArgs } from './cli-args.ts';
import { SeedError } from './problems.ts';
import { checkData } from './summary.ts';

const USAGE = 'usage: npm run seed -- [--data DIR] [--out FILE] [--reset] [--drafts] [--timeout SECONDS]';

/** --timeout, else SEED_TIMEOUT_SECONDS, in ms; undefined for the load's default; an Error for a bad value. */
function loadTimeoutMs(flag: string | undefined, env: string | undefined): number | undefined | Error {
  const [given, name] = flag !== undefined ? [flag, '--timeout'] : [env || undefined, 'SEED_TIMEOUT_SECONDS'];
  if (given === undefined) return undefined;
  const seconds = Number(given);
  return Number.isFinite(seconds) && seconds > 0
    ? seconds * 1000
    : new Error(`${name} must be a number of seconds above 0, not "${given}"`);
}

async function main(): Promise<number> {
  const parsed = readArgs(
    {
      options: {
        data: { type: 'string', default: 'seed' },
        out: { type: 'string' },
        reset: { type: 'boolean', default: false },
        drafts: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const args = parsed.values;
  const timeoutMs = loadTimeoutMs(args.timeout, process.env['SEED_TIMEOUT_SECONDS']);
  if (timeoutMs instanceof Error) {
    console.error(`${timeoutMs.message}\n${USAGE}`);
    return 2;
  }
  const dataDir = resolve(args.data);
  console.log(`Reading ${dataDir}`);
  const { graph, lines } = await checkData(dataDir, { drafts: args.drafts });
  for (const line of lines) console.log(line);

  if (args.out) {
    // Write beside the target and rename, so a reader never sees half a file.
    const out = resolve(args.out);
    const tmp = `${out}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(graph, null, 2)}\n`);
    await rename(tmp, out);
    console.log(`Wrote ${out}`);
    return 0;
  }

  // Loaded only now: checking data (and rejecting bad data) should not pay for the driver's start-up.
  const { neo4jSettingsFromEnv, openDriver } = await import('../../graph/src/neo4j-connection.ts');
  const { loadIntoNeo4j } = await import('./neo4j-load.ts');
  const settings = neo4jSettingsFromEnv(process.env);
  const driver = openDriver(settings);
  try {
    const summary = await loadIntoNeo4j(driver, settings.database, graph, {
      reset: args.reset,
      log: (line) => console.log(line),
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    });
    console.log(
      `Loaded into ${settings.uri} (database ${settings.database}) in ${summary.ms} ms: ` +
        `${summary.nodesCreated} nodes and ${summary.relationshipsCreated} relationships created, ` +
        `${summary.nodesDeleted} nodes and ${summary.relationshipsDeleted} relationships deleted; ` +
        `the graph now holds ${summary.totalNodes} nodes and ${summary.totalRelationships} relationships`,
    );
    return 0;
  } finally {
    // Closing says goodbye to the server: one that stopped answering would keep the seed waiting.
    await Promise.race([driver.close(), new Promise((done) => setTimeout(done, 2_000).unref())]);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof SeedError) {
      console.error(error.message);
      console.error('Nothing was written.');
    } else if (error instanceof Error && error.name === 'LoadTimeoutError') {
      // Its message says whether anything may have been committed.
      console.error(`seed failed: ${error.message}`);
    } else {
      console.error(`seed failed: ${error instanceof Error ? error.message : String(error)}`);
      console.error('Nothing was written: the load runs in one transaction, so the previous graph is intact.');
    }
    process.exit(1);
  },
);
