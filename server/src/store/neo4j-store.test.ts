// The Neo4j store against a real Neo4j: the shared GraphStore contract, exactly one Bolt round
// trip per method, every cypher/*.cypher query run, and DatabaseUnavailableError — quickly — when
// Neo4j is unreachable, with recovery once it is back.
// Past 300 lines: one Neo4j and one loaded graph for the store's every check; the contract areas themselves are in contract-*.ts.
import { readdirSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/src/model.ts';
import type { Neo4jSettings } from '../../../graph/src/neo4j-connection.ts';
import { loadGraph, loadIntoNeo4j } from '../../../seed/index.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../../test/neo4j.ts';
import { DatabaseUnavailableError } from '../errors.ts';
import { describeStoreContract } from './contract.ts';
import { createMemoryStore } from './memory-store.ts';
import { isUnavailable } from './neo4j-errors.ts';
import { QUERY_NAMES, createNeo4jStore, type QueryEvent, type QueryName } from './neo4j-store.ts';
import type { GraphStore } from './types.ts';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';

const CYPHER_DIR = fileURLToPath(new URL('../../../cypher/', import.meta.url));
const DOC = 'stage1-interview-summary-azam-ishmael';

/** The Neo4j this run uses (test/neo4j-global-setup.ts decides), as store settings; null when there is none. */
const settings: Neo4jSettings | null = neo4jConfig();

/** Counts the Bolt RUN and PULL messages a driver sends, from its debug log: what really goes over the wire. */
function boltCounter() {
  const counter = {
    runs: 0,
    pulls: 0,
    reset() {
      counter.runs = 0;
      counter.pulls = 0;
    },
    logging: {
      level: 'debug' as const,
      // Lines read "Connection [0][bolt-24] C: RUN <query> { ... }".
      logger: (_level: string, message: string) => {
        if (message.includes(' C: RUN ')) counter.runs++;
        if (message.includes(' C: PULL ')) counter.pulls++;
      },
    },
  };
  return counter;
}

/** A TCP relay to Neo4j that the test can cut and restore, to play an outage without stopping Neo4j. */
async function relayTo(target: URL): Promise<{ port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(Number(target.port), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on('close', () => sockets.delete(socket));
          socket.on('error', () => {
            client.destroy();
            upstream.destroy();
          });
        }
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const cut = async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  };
  await listen();
  return { port, cut, restore: listen, close: cut };
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** One call of every store method that sends a query, with arguments that make it do its full work. */
const CALLS: Record<QueryName, (store: GraphStore) => Promise<unknown>> = {
  health: (s) => s.health(),
  node: (s) => s.node('azam-ishmael', { withRelations: true }),
  search: (s) => s.search('party', { limit: 5, withRelations: true }),
  briefings: (s) => s.briefings({ election: 2019 }),
  attendance: (s) => s.attendance({}),
  'attendance-event': (s) => s.attendance({ event: 'site-briefings-2019', person: 'azam-ishmael' }),
  'attendance-person': (s) => s.attendance({ person: 'azam-ishmael', election: 2019 }),
  incidents: (s) => s.incidents(),
  trace: (s) => s.trace('account-breach-2021'),
  recommendations: (s) => s.recommendations({ by: 'azam-ishmael' }),
  claims: (s) => s.claims({ about: 'election-2019', by: 'liberal-party' }),
  neighborhood: (s) => s.neighborhood('braeden-caley', 3),
  path: (s) => s.path('mathieu-lafrance', 'social-media-platform', 8),
  paths: (s) =>
    s.paths('mathieu-lafrance', 'social-media-platform', { first: 5, maxHops: 8, without: ['HELD_ROLE'], avoid: ['site-task-force'] }),
  graph: (s) => s.graph({ election: 2021, limit: 5000 }),
  documents: (s) => s.documents(),
  document: (s) => s.document(DOC),
  paragraph: (s) => s.paragraph(DOC, 9),
  disagreements: (s) => s.disagreements({ first: 100 }),
  timeline: (s) => s.timeline({ first: 1000 }),
  'text-search': (s) => s.textSearch('National Director', { first: 20 }),
};

describe.runIf(hasNeo4j)('the Neo4j store', () => {
  if (settings === null) return;
  let seed: GraphData;
  let driver: Driver;

  beforeAll(async () => {
    seed = await loadGraph(FIXTURE_DATA_DIR);
    driver = await openDriver({ disableLosslessIntegers: true });
    // The store reads every :Entity, so it needs the seed graph and nothing else: a reset load (one
    // transaction). Test files run one at a time; the seed graph is left in place afterwards, as
    // the other Neo4j suites do, since that is what a database under NEO4J_URI normally holds.
    await loadIntoNeo4j(driver, settings.database, seed, { reset: true });
  }, 60_000);
  afterAll(async () => {
    await driver?.close();
  });

  describeStoreContract('neo4j', () => createNeo4jStore(settings));

  describe('round trips', () => {
    const counter = boltCounter();
    const events: QueryEvent[] = [];
    let store: GraphStore;
    beforeAll(async () => {
      store = await createNeo4jStore(settings, { driverConfig: { logging: counter.logging }, onQuery: (e) => events.push(e) });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('has one query file in cypher/ for each query the store sends, and no other', () => {
      const files = readdirSync(CYPHER_DIR)
        .filter((f) => f.endsWith('.cypher'))
        .map((f) => f.replace(/\.cypher$/, ''))
        // schema.cypher runs in every load (beforeAll above); examples.cypher has its own test.
        .filter((f) => f !== 'schema' && f !== 'examples')
        .sort();
      expect(files).toEqual([...QUERY_NAMES].sort());
      expect(Object.keys(CALLS).sort()).toEqual([...QUERY_NAMES].sort());
    });

    it.each(QUERY_NAMES)('%s sends exactly one query over Bolt, from its own file, and pulls its answer at once', async (query) => {
      counter.reset();
      events.length = 0;
      await CALLS[query](store);
      expect({ runs: counter.runs, pulls: counter.pulls }).toEqual({ runs: 1, pulls: 1 });
      expect(events.map((e) => [e.query, e.ok])).toEqual([[query, true]]);
    });

    it('sends one query for a nested answer however many rows it has (search with relations, limit 100)', async () => {
      counter.reset();
      const found = await store.search('e', { limit: 100, withRelations: true });
      expect(found.length).toBeGreaterThan(20);
      expect(found.every((r) => (r.relations?.length ?? 0) > 0)).toBe(true);
      expect({ runs: counter.runs, pulls: counter.pulls }).toEqual({ runs: 1, pulls: 1 });
    });
  });

  describe('answers beyond the contract', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await createNeo4jStore(settings);
    });
    afterAll(async () => {
      await store?.close();
    });

    it('returns the same path every time when several are equally short: the first by node ids', async () => {
      const first = await store.path('mathieu-lafrance', 'cyber-centre', 6);
      expect(first?.nodes.map((n) => n.id)).toEqual(['mathieu-lafrance', 'liberal-party', 'cyber-candidate-manual', 'cyber-centre']);
      expect(first?.edges.map((e) => e.id)).toEqual([
        'mathieu-lafrance--represented--liberal-party',
        'liberal-party--distributed--cyber-candidate-manual',
        'cyber-centre--published--cyber-candidate-manual',
      ]);
      expect(await store.path('mathieu-lafrance', 'cyber-centre', 6)).toEqual(first);
    });

    it('keeps provenance out of paths and neighbourhoods: no paragraph or document links two entities', async () => {
      // Through MENTIONS, any two entities named in one paragraph would be two hops apart.
      expect(await store.path('elections-canada', 'international-students', 2)).toBeNull();
      const sub = await store.neighborhood('elections-canada', 3);
      expect(sub?.nodes.every((n) => seed.nodes.some((s) => s.id === n.id))).toBe(true);
    });

    it('reports not ok, and why, when the graph was loaded by a seed older than the store', async () => {
      expect(await store.health()).toEqual({ ok: true, store: 'neo4j', detail: `database "${settings.database}" answers` });
      await driver.executeQuery('MATCH (n:Entity) REMOVE n.searchText', {}, { database: settings.database });
      try {
        expect(await store.health()).toEqual({
          ok: false,
          store: 'neo4j',
          detail: `database "${settings.database}" holds a graph from an older seed: run npm run seed`,
        });
      } finally {
        // A reset load: an incremental one finds the same seed already loaded and rewrites nothing.
        await loadIntoNeo4j(driver, settings.database, seed, { reset: true });
      }
      expect((await store.health()).ok).toBe(true);
    });

    it('leaves out all but the brief fields of brief attendance nodes', async () => {
      const [row] = await store.attendance({ person: 'azam-ishmael', first: 1 }, { brief: true });
      // All its evidence (no evidenceCount then), a person has no date, and the overview position is a brief field.
      expect(row && Object.keys(row.person).sort()).toEqual(['evidence', 'id', 'kind', 'name', 'position']);
      const [whole] = await store.attendance({ person: 'azam-ishmael', first: 1 });
      expect(whole?.person.description).toBe(seed.nodes.find((n) => n.id === 'azam-ishmael')?.description);
    });

    it('stops the neighbourhood at depth 0 with the node alone', async () => {
      const sub = await store.neighborhood('liberal-party', 0);
      expect(sub && { nodes: sub.nodes.map((n) => n.id), edges: sub.edges }).toEqual({ nodes: ['liberal-party'], edges: [] });
    });
  });

  describe('the same answers as the in-memory store', () => {
    let neo: GraphStore;
    let memory: GraphStore;
    let ids: string[];
    beforeAll(async () => {
      neo = await createNeo4jStore(settings);
      memory = createMemoryStore(seed);
      ids = [...seed.nodes.map((n) => n.id), 'no-such-node'];
    });
    afterAll(async () => {
      await neo?.close();
    });
    /** Both answer alike: the same value, or the same kind of error. */
    const same = async (call: (store: GraphStore) => Promise<unknown>, what: string) => {
      const settle = (p: Promise<unknown>) =>
        p.then(
          (value) => ({ value }),
          (error: unknown) => ({ error: error instanceof Error ? error.name : String(error) }),
        );
      expect(await settle(call(neo)), what).toEqual(await settle(call(memory)));
    };

    it('for every node: the node with its relations, its trace, its neighbourhoods and the claims and recommendations it filters', async () => {
      for (const id of ids) {
        await same((s) => s.node(id, { withRelations: true }), `node ${id}`);
        await same((s) => s.trace(id), `trace ${id}`);
        for (const depth of [0, 1, 2, 3]) await same((s) => s.neighborhood(id, depth), `neighborhood ${id} ${depth}`);
        await same((s) => s.claims({ about: id }), `claims about ${id}`);
        await same((s) => s.claims({ by: id }), `claims by ${id}`);
        await same((s) => s.recommendations({ by: id }), `recommendations ${id}`);
        await same((s) => s.disagreements({ about: id, first: 100 }), `disagreements about ${id}`);
      }
    }, 60_000);

    it('for searches with accents, punctuation, single letters, kinds and limits (ties broken by name at the cut)', async () => {
      const texts = ['site', 'SITE', 'Ishmaël', 'party', 'e', 'c', 'the', '2019', 'mr.', '"secret"', 'ordinarily', ' ', 'no such name'];
      for (const text of texts) {
        for (const limit of [1, 3, 20, 100]) {
          for (const kinds of [undefined, [], ['Person'], ['Organization', 'Claim']]) {
            await same(
              (s) => s.search(text, { limit, withRelations: limit === 3, ...(kinds ? { kinds } : {}) }),
              `search "${text}" ${limit} ${kinds}`,
            );
          }
        }
      }
    }, 60_000);

    it('for briefings, attendance and the graph of every election, and the lists without filters', async () => {
      for (const election of [undefined, 2016, 2019, 2021, 1999]) {
        await same((s) => s.briefings(election === undefined ? {} : { election }), `briefings ${election}`);
        await same((s) => s.timeline({ first: 1000, ...(election === undefined ? {} : { election }) }), `timeline ${election}`);
        await same((s) => s.attendance(election === undefined ? {} : { election }), `attendance ${election}`);
        for (const first of [1, 2, 1000]) {
          const query = { first, ...(election === undefined ? {} : { election }) };
          await same((s) => s.attendance(query), `attendance ${election} first ${first}`);
          const [head] = await memory.attendance(query);
          if (head)
            await same((s) => s.attendance({ ...query, after: head.key }), `attendance ${election} first ${first} after ${head.key}`);
        }
        for (const limit of [1, 7, 2000]) {
          for (const kinds of [undefined, [], ['Person', 'Briefing']]) {
            await same(
              (s) => s.graph({ limit, ...(kinds ? { kinds } : {}), ...(election === undefined ? {} : { election }) }),
              `graph ${election} ${limit} ${kinds}`,
            );
          }
        }
      }
      await same((s) => s.incidents(), 'incidents');
      await same((s) => s.recommendations(), 'recommendations');
      await same((s) => s.claims({}), 'claims');
      await same((s) => s.documents(), 'documents');
      for (const n of [0, 1, 9, 22, 23]) await same((s) => s.paragraph(DOC, n), `paragraph ${n}`);
      await same((s) => s.paragraph('no-such-document', 1), 'paragraph of no document');
    }, 60_000);

    it('for paths: as short, between the same ends, through real relations (the route may differ on ties)', async () => {
      const ends = [
        'azam-ishmael',
        'mathieu-lafrance',
        'cyber-centre',
        'social-media-platform',
        'election-2019',
        'rec-approved-vendor-list',
        'us-election-2016',
        'no-such-node',
      ];
      for (const from of ends) {
        for (const to of ends) {
          for (const maxHops of [1, 3, 8]) {
            const [got, expected] = await Promise.all([neo.path(from, to, maxHops), memory.path(from, to, maxHops)]);
            expect(got?.nodes.length, `${from} → ${to} in ${maxHops}`).toBe(expected?.nodes.length);
            if (!got) continue;
            expect([got.nodes[0]?.id, got.nodes.at(-1)?.id]).toEqual([from, to]);
            got.edges.forEach((edge, i) => {
              expect(seed.edges).toContainEqual(edge);
              expect([edge.source, edge.target].sort()).toEqual([got.nodes[i]?.id, got.nodes[i + 1]?.id].sort());
            });
          }
        }
      }
    }, 60_000);
  });

  describe('when Neo4j cannot be reached', () => {
    it('throws DatabaseUnavailableError from every method in about a second (one retry), and health says not ok', async () => {
      const port = await closedPort();
      // The store's own defaults: this is how fast the API answers DATABASE_UNAVAILABLE.
      const store = await createNeo4jStore({ ...settings, uri: `bolt://127.0.0.1:${port}` });
      try {
        const queries = QUERY_NAMES.filter((q) => q !== 'health');
        const started = performance.now();
        const outcomes = await Promise.allSettled(queries.map((query) => CALLS[query](store)));
        expect(performance.now() - started).toBeLessThan(2_000);
        outcomes.forEach((outcome, i) => {
          expect(outcome.status === 'rejected' && outcome.reason instanceof DatabaseUnavailableError, queries[i]).toBe(true);
        });
        const health = await store.health();
        expect({ ok: health.ok, store: health.store }).toEqual({ ok: false, store: 'neo4j' });
        expect(health.detail).not.toContain(String(port));
      } finally {
        await store.close();
      }
    });

    it('recovers by itself when Neo4j is back, without a new store', async () => {
      const relay = await relayTo(new URL(settings.uri.replace(/^neo4j/, 'bolt')));
      const store = await createNeo4jStore(
        { ...settings, uri: `bolt://127.0.0.1:${relay.port}` },
        { driverConfig: { connectionTimeout: 500, connectionAcquisitionTimeout: 1_000, maxTransactionRetryTime: 500 } },
      );
      try {
        expect((await store.node('azam-ishmael', { withRelations: false }))?.node.name).toBe('Azam Ishmael');
        await relay.cut();
        await expect(store.node('azam-ishmael', { withRelations: false })).rejects.toBeInstanceOf(DatabaseUnavailableError);
        expect((await store.health()).ok).toBe(false);
        await relay.restore();
        expect((await store.health()).ok).toBe(true);
        expect((await store.node('azam-ishmael', { withRelations: false }))?.node.name).toBe('Azam Ishmael');
      } finally {
        await store.close();
        await relay.close();
      }
    });
  });
});

describe('driver errors', () => {
  it('counts as unavailability what a retry could fix, and nothing else', () => {
    const unavailable = [
      'ServiceUnavailable',
      'SessionExpired',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.TransientError.General.DatabaseUnavailable',
      'Neo.ClientError.Database.DatabaseNotFound',
    ];
    const error = (code: string) => new Neo4jError('x', code, '50N42', 'error: general processing exception');
    for (const code of unavailable) expect(isUnavailable(error(code)), code).toBe(true);
    for (const code of ['Neo.ClientError.Statement.SyntaxError', 'Neo.ClientError.Statement.ParameterMissing']) {
      expect(isUnavailable(error(code)), code).toBe(false);
    }
    expect(isUnavailable(new DOMException('deadline', 'TimeoutError'))).toBe(true);
    expect(isUnavailable(new TypeError('a bug'))).toBe(false);
  });
});
