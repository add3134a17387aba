// Loads the canonical graph into Neo4j: schema first, then every batch in ONE write transaction,
// so a failed or killed load leaves the previous graph as it was, and a repeated load changes nothing.
// When the database holds a graph of this seed that differs in some documents only, the load is
// incremental (./neo4j-load-incremental.ts): it writes those documents and the entities and
// relations whose rows changed, in the same one transaction, and ends with the graph a full load
// would have written; it says which path it took.
// Past 300 lines: one transaction with its time limit, its progress lines and its two paths, which
// share the batching, the tally and the deadline; the incremental plan itself is its own module.
// A load has a time limit (timeoutMs: Neo4j's transaction timeout, and a deadline on our side for a
// Neo4j that stops answering altogether) and says what it is doing: each step, each batch of a long
// step, and every PROGRESS_INTERVAL_MS of waiting for Neo4j.
import { createHash } from 'node:crypto';
import { Neo4jError, type Driver, type ManagedTransaction, type QueryResult } from 'neo4j-driver';
import { cypher, statements } from '../../graph/src/cypher.ts';
import type { GraphData } from '../../graph/src/model.ts';
import { keepKeys, type Neo4jRows, toNeo4jRows } from '../../graph/src/neo4j-rows.ts';
import { BUCKETS, groupRows, type IncrementalPlan, planIncremental, storedInfo } from './neo4j-load-incremental.ts';

export interface LoadOptions {
  reset?: boolean;
  batchSize?: number;
  log?: (line: string) => void;
  /** The whole load, schema to commit, must finish within this (default DEFAULT_LOAD_TIMEOUT_MS) */
  timeoutMs?: number;
  /** How long a wait for Neo4j goes without a line (default PROGRESS_INTERVAL_MS) */
  progressIntervalMs?: number;
  /** false: always a full load, even where an incremental one could be (default true) */
  incremental?: boolean;
}

/** Ten minutes: a corpus of ~1,000 documents loads in well under one (bench/RESULTS.md); past this, something is wrong. */
export const DEFAULT_LOAD_TIMEOUT_MS = 600_000;
/** While Neo4j does not answer, a line this often, so a stuck load is never silent. */
export const PROGRESS_INTERVAL_MS = 10_000;

/** The load ran past its time limit; its message says whether the commit may have happened nonetheless. */
export class LoadTimeoutError extends Error {
  override name = 'LoadTimeoutError';
}

export interface LoadSummary {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  totalNodes: number;
  totalRelationships: number;
  ms: number;
  /** Which path the load took */
  path: 'full' | 'incremental';
}

/** An incremental load whose result would not be a full load's: rolled back, and the load done in full. */
class IncrementalMismatchError extends Error {
  override name = 'IncrementalMismatchError';
}

export const DEFAULT_BATCH_SIZE = 2000;
/** Bump when the way the graph is stored changes (labels, properties, provenance): stored graphs become stale. */
export const LOAD_FORMAT = 3;

/** Identifies the graph a load writes: same data and same format, same fingerprint. */
export function graphFingerprint(graph: GraphData): string {
  return createHash('sha256')
    .update(`${LOAD_FORMAT}\n${JSON.stringify(graph)}`)
    .digest('hex');
}

/** The fingerprint of the graph the database holds, or null when it was never loaded by this seed. */
export async function storedFingerprint(driver: Driver, database: string): Promise<string | null> {
  const result = await driver.executeQuery(cypher('seed/info-read'), {}, { database, routing: 'READ' });
  const value: unknown = result.records[0]?.get('fingerprint');
  return typeof value === 'string' ? value : null;
}

/** The name a `CREATE … INDEX|CONSTRAINT name IF NOT EXISTS` statement creates, else null. */
export function schemaName(statement: string): string | null {
  return /^CREATE\s+(?:\w+\s+)?(?:INDEX|CONSTRAINT)\s+(\w+)\s+IF\s+NOT\s+EXISTS\b/i.exec(statement)?.[1] ?? null;
}

/**
 * Applies cypher/schema.cypher. Each of its statements is a schema transaction of its own, so the
 * names the database already has are read first (one query) and only the missing ones are run:
 * what IF NOT EXISTS would have done, without eight round trips on every load.
 */
/** How long a new index may take to come online; the graphs the seed loads index in seconds. */
const INDEX_ONLINE_SECONDS = 300;

export async function applySchema(driver: Driver, database: string): Promise<void> {
  const existing = await driver.executeQuery(cypher('seed/schema-read'), {}, { database });
  const names = new Set((existing.records[0]?.get('names') as unknown[] | undefined)?.filter((n) => typeof n === 'string'));
  const missing = statements(cypher('schema')).filter((statement) => {
    const name = schemaName(statement);
    return name === null || !names.has(name);
  });
  if (missing.length === 0) return;
  const session = driver.session({ database });
  try {
    for (const statement of missing) await session.run(statement);
    await session.run(cypher('seed/await-indexes'), { seconds: INDEX_ONLINE_SECONDS });
  } finally {
    await session.close();
  }
}

export async function countGraph(driver: Driver, database: string): Promise<{ nodes: number; relationships: number }> {
  const result = await driver.executeQuery(cypher('seed/counts'), {}, { database, routing: 'READ' });
  const record = result.records[0];
  return { nodes: Number(record?.get('nodes') ?? 0), relationships: Number(record?.get('relationships') ?? 0) };
}

export async function loadIntoNeo4j(driver: Driver, database: string, graph: GraphData, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? DEFAULT_LOAD_TIMEOUT_MS;
  const given = options.log ?? (() => {});
  /** What the load is doing, for the lines said while it waits and for the timeout's message. */
  let doing = 'connecting to Neo4j';
  let lastWord = performance.now();
  let commitSent = false;
  /** Set at the deadline: the transaction, should Neo4j answer again, rolls back instead of going on. */
  let abandoned = false;
  let lastAnswer = performance.now();
  const log = (line: string) => {
    lastWord = performance.now();
    given(line);
  };
  const seconds = (ms: number) => `${Math.round(ms / 1000)} s`;
  const interval = options.progressIntervalMs ?? PROGRESS_INTERVAL_MS;
  const heartbeat = setInterval(() => {
    if (performance.now() - lastWord >= interval)
      log(`  still waiting for Neo4j (${doing}), ${seconds(performance.now() - started)} since the load started`);
  }, interval / 2);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned = true;
      const outcome = commitSent
        ? 'its commit was sent but not confirmed: run the seed again once Neo4j answers (a load that was committed changes nothing the second time)'
        : 'nothing was committed, so the previous graph is intact';
      reject(
        new LoadTimeoutError(
          `the load did not finish within ${seconds(timeoutMs)} (while ${doing}; Neo4j's last answer came ${seconds(performance.now() - lastAnswer)} before); ${outcome}`,
        ),
      );
    }, timeoutMs);
  });
  /**
   * Neo4j's answer to one request, noted, so the timeout can say how long it has been silent; and
   * past the deadline, an error instead, so the transaction rolls back rather than carry on late.
   */
  const answered = <T>(work: Promise<T>): Promise<T> =>
    work.then((value) => {
      lastAnswer = performance.now();
      if (abandoned) throw new LoadTimeoutError('the load was abandoned at its time limit');
      return value;
    });
  const load = loadWithin();
  // Once the deadline has won, the late outcome of the load has no one to go to.
  load.catch(() => {});
  try {
    return await Promise.race([load, deadline]);
  } finally {
    clearTimeout(timer);
    clearInterval(heartbeat);
  }

  async function loadWithin(): Promise<LoadSummary> {
    const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const rows = toNeo4jRows(graph);
    const grouped = groupRows(rows);
    const counters = { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 };
    const tally = (result: QueryResult) => {
      const u = result.summary.counters.updates();
      counters.nodesCreated += u.nodesCreated;
      counters.nodesDeleted += u.nodesDeleted;
      counters.relationshipsCreated += u.relationshipsCreated;
      counters.relationshipsDeleted += u.relationshipsDeleted;
    };

    log('Applying cypher/schema.cypher');
    doing = 'applying the schema';
    await answered(applySchema(driver, database));

    const stepsOf = (r: Neo4jRows): [string, readonly unknown[]][] => [
      ['documents', r.documents],
      ['sections', r.sections],
      ['paragraphs', r.paragraphs],
      ['nodes', r.nodes],
      ['edges', r.edges],
      ['evidence', r.evidence],
      ['mentions', r.mentions],
    ];
    let written: { nodes: number; relationships: number } | null = null;
    let attempt = 0;
    let incrementalAllowed = options.incremental !== false;
    let path: LoadSummary['path'] = 'full';
    for (;;) {
      const session = driver.session({ database });
      try {
        // Neo4j's own transaction timeout ends the transaction on its side too, should we stop waiting.
        const remaining = Math.max(1_000, Math.round(timeoutMs - (performance.now() - started)));
        await session.executeWrite((tx: ManagedTransaction) => writeGraph(tx).catch(rethrowMemoryLimit), { timeout: remaining });
        break;
      } catch (error) {
        if (!(error instanceof IncrementalMismatchError)) throw error;
        log(`The incremental load was rolled back (${error.message}): loading in full`);
        incrementalAllowed = false;
      } finally {
        await session.close();
      }
    }
    // From a start with no graph, what the transaction created is the whole graph the seed owns
    // (it deleted nothing after the reset): no need to count it again.
    doing = 'counting the graph';
    const totals = written ?? (await answered(countGraph(driver, database)));
    return {
      ...counters,
      totalNodes: totals.nodes,
      totalRelationships: totals.relationships,
      ms: Math.round(performance.now() - started),
      path,
    };

    async function writeRows(tx: ManagedTransaction, name: string, list: readonly unknown[]): Promise<void> {
      for (let i = 0; i < list.length; i += batchSize) {
        const end = Math.min(i + batchSize, list.length);
        doing = `writing ${name} ${i + 1}–${end} of ${list.length}`;
        tally(await answered(tx.run(cypher(`seed/${name}`), { rows: list.slice(i, end) })));
        // A step of several batches says how far it got; a step of one says its total only, below.
        if (end < list.length) log(`  ${name}: ${end} of ${list.length}`);
      }
      log(`  ${name}: ${list.length}`);
    }

    async function writeGraph(tx: ManagedTransaction): Promise<void> {
      // executeWrite may retry this function on a transient error: start the tally afresh, and say so.
      attempt++;
      if (attempt > 1) log(`Retrying the transaction (attempt ${attempt}): Neo4j reported a transient error`);
      commitSent = false;
      Object.assign(counters, { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });
      written = null;
      path = 'full';
      // From here until the commit, stopping the seed (even with SIGKILL) rolls everything back.
      log('Writing the graph in one transaction');
      // Prune removes what the database holds and the data does not. When the transaction starts
      // with no node the seed owns (a first load, or --reset), every node and relationship it ends
      // with was written from the rows, so prune would remove nothing: skip it (planning it alone
      // is a large part of a small load). Relationships the seed owns join nodes it owns.
      let startsEmpty: boolean;
      let plan: IncrementalPlan | null = null;
      /** Why the load is a full one, said once it has written (the lines before are the same for both paths) */
      let full = 'asked for one';
      if (options.reset) {
        full = 'the previous graph was removed (--reset)';
        log('Removing the previous graph (--reset)');
        doing = 'removing the previous graph';
        tally(await answered(tx.run(cypher('seed/reset'))));
        startsEmpty = true;
      } else {
        doing = 'reading what the database holds';
        const owned = await answered(tx.run(cypher('seed/owned')));
        startsEmpty = Number(owned.records[0]?.get('owned') ?? 0) === 0;
        if (startsEmpty) full = 'the database holds no graph';
        else if (incrementalAllowed) {
          const info = storedInfo((await answered(tx.run(cypher('seed/info-read')))).records[0]);
          const planned = planIncremental(info, LOAD_FORMAT, grouped);
          const differ = typeof planned === 'string' ? 0 : planned.added.length + planned.changed.length + planned.removed.length;
          const all = typeof planned === 'string' ? 0 : new Set([...grouped.digests.documentIds, ...planned.removed]).size;
          if (typeof planned === 'string') full = planned;
          // Past half the documents, writing them all costs no more than working out which.
          else if (differ * 2 > all) full = `${differ} of ${all} documents differ`;
          else plan = planned;
        }
      }
      if (plan) {
        path = 'incremental';
        await writeIncremental(tx, plan);
      } else {
        const before = { ...counters };
        for (const [name, list] of stepsOf(rows)) await writeRows(tx, name, list);
        log(`Full load: ${full}`);
        if (startsEmpty) {
          log('  prune: nothing to remove (the load started from no graph)');
          written = {
            nodes: counters.nodesCreated - before.nodesCreated,
            relationships: counters.relationshipsCreated - before.relationshipsCreated,
          };
        } else {
          doing = 'removing what the data no longer holds';
          tally(await answered(tx.run(cypher('seed/prune'), keepKeys(rows))));
        }
      }
      const { digests } = grouped;
      await answered(
        tx.run(cypher('seed/info-write'), { fingerprint: graphFingerprint(graph), format: LOAD_FORMAT, buckets: BUCKETS, ...digests }),
      );
      // executeWrite commits when this returns.
      doing = 'committing';
      commitSent = true;
    }

    async function writeIncremental(tx: ManagedTransaction, plan: IncrementalPlan): Promise<void> {
      const r = plan.rows;
      const list = (ids: string[]) => (ids.length === 0 ? '' : ` (${ids.slice(0, 3).join(', ')}${ids.length > 3 ? ', …' : ''})`);
      log(
        `Incremental load: ${plan.added.length} document(s) added${list(plan.added)}, ${plan.changed.length} changed${list(plan.changed)}, ` +
          `${plan.removed.length} removed${list(plan.removed)}, ${grouped.digests.documentIds.length} in all; ` +
          `${r.nodes.length} of ${rows.nodes.length} entities and ${r.edges.length} of ${rows.edges.length} relations written again`,
      );
      if (plan.documentsToRemove.length > 0) {
        doing = 'removing the changed and removed documents';
        tally(await answered(tx.run(cypher('seed/remove-documents'), { ids: plan.documentsToRemove })));
      }
      await writeRows(tx, 'nodes', r.nodes);
      doing = 'counting entities';
      if ((await ownedCounts(tx)).entities > rows.nodes.length) {
        doing = 'removing the entities the data no longer holds';
        tally(await answered(tx.run(cypher('seed/prune-entities'), { entityIds: rows.nodes.map((n) => n.id) })));
      }
      await writeRows(tx, 'edges', r.edges);
      if (plan.edgeSources.length > 0) {
        doing = 'removing the relations the data no longer holds';
        tally(await answered(tx.run(cypher('seed/prune-edges-from'), { sources: plan.edgeSources, edgeKeys: plan.edgeKeys })));
      }
      for (const [name, part] of stepsOf(r)) if (name !== 'nodes' && name !== 'edges') await writeRows(tx, name, part);
      // The result must be the full load's: at least its nodes, label by label (relations follow from the rows written).
      doing = 'checking the result';
      const counts = await ownedCounts(tx);
      const expected = {
        entities: rows.nodes.length,
        documents: rows.documents.length,
        sections: rows.sections.length,
        paragraphs: rows.paragraphs.length,
      };
      if (JSON.stringify(counts) !== JSON.stringify(expected))
        throw new IncrementalMismatchError(`it left ${JSON.stringify(counts)} where the data has ${JSON.stringify(expected)}`);
      const relationships = (await answered(tx.run(cypher('seed/owned-relationships')))).records[0]?.get('relationships');
      written = {
        nodes: counts.entities + counts.documents + counts.sections + counts.paragraphs,
        relationships: Number(relationships ?? 0),
      };
    }

    async function ownedCounts(tx: ManagedTransaction) {
      const record = (await answered(tx.run(cypher('seed/owned-counts')))).records[0];
      const n = (key: string) => Number(record?.get(key) ?? 0);
      return { entities: n('entities'), documents: n('documents'), sections: n('sections'), paragraphs: n('paragraphs') };
    }
  }
}

/**
 * Neo4j reports a transaction over its memory cap as a transient error, so executeWrite would run
 * the whole load again, and fail again, for its full retry time. Make it final, and say what to change.
 */
function rethrowMemoryLimit(error: unknown): never {
  if (error instanceof Neo4jError && /Memory/i.test(error.code)) {
    throw new Error(
      `the graph does not fit in one Neo4j transaction (${error.message.split('\n')[0]}); ` +
        'raise db.memory.transaction.max on the server (for npm run neo4j: NEO4J_TX_MEMORY_MB with a larger NEO4J_HEAP)',
    );
  }
  throw error;
}
