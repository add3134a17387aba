// Where the time of an incremental load goes (issue 16, incremental load): one document added to a
// loaded corpus, each step timed. npx tsx scripts/profile-incremental.ts --documents=300
// Prints the JS steps on their own (rows, digests, fingerprint) and then the load's own lines, each
// with the ms since the one before, as loadIntoNeo4j logs them.
import { performance } from 'node:perf_hooks';
import { corpusInTempDir, moveDocumentAside } from '../bench/corpus.ts';
import { emptyDatabase, openBenchNeo4j } from '../bench/neo4j.ts';
import { toNeo4jRows } from '../graph/src/neo4j-rows.ts';
import { loadGraph } from '../seed/index.ts';
import { graphFingerprint, loadIntoNeo4j } from '../seed/src/neo4j-load.ts';
import { groupRows } from '../seed/src/neo4j-load-incremental.ts';

const given = process.argv.find((a) => a.startsWith('--documents='))?.slice('--documents='.length);
const documents = given === undefined ? 300 : Number(given);
if (!Number.isInteger(documents) || documents < 1) throw new Error(`--documents must be a whole number above 0; got ${given}`);

const timed = <T>(name: string, work: () => T): T => {
  const started = performance.now();
  const value = work();
  console.log(`${name}: ${(performance.now() - started).toFixed(0)} ms`);
  return value;
};

const neo = await openBenchNeo4j((line) => console.error(line));
const { dir, corpus, remove } = await corpusInTempDir({ documents: documents + 1 });
try {
  const last = corpus[corpus.length - 1];
  if (!last) throw new Error('an empty corpus');
  const withIt = await loadGraph(dir);
  await moveDocumentAside(dir, last.id);
  const without = await loadGraph(dir);
  console.log(`${documents} documents + 1: ${withIt.nodes.length} entities, ${withIt.edges.length} relations`);
  const rows = timed('toNeo4jRows', () => toNeo4jRows(withIt));
  timed('groupRows (lines and digests)', () => groupRows(rows));
  timed('graphFingerprint', () => graphFingerprint(withIt));
  const { driver, settings } = neo;
  await emptyDatabase(driver, settings.database);
  await loadIntoNeo4j(driver, settings.database, without);
  for (let round = 0; round < 2; round++) {
    await loadIntoNeo4j(driver, settings.database, without);
    let last = performance.now();
    const started = last;
    const summary = await loadIntoNeo4j(driver, settings.database, withIt, {
      log: (line) => {
        const now = performance.now();
        console.log(`  +${(now - last).toFixed(0).padStart(6)} ms  ${line}`);
        last = now;
      },
    });
    console.log(`round ${round + 1}: ${summary.path} load ${(performance.now() - started).toFixed(0)} ms`);
  }
} finally {
  await remove();
  await neo.stop();
}
