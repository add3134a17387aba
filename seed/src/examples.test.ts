// Every query of cypher/examples.cypher, run against a real Neo4j holding the seed graph,
// with the answer a user should see.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasNeo4j, neo4jConfig, openDriver } from '../../test/neo4j.ts';
import { loadIntoNeo4j } from './neo4j-load.ts';
import { loadGraph } from './pipeline.ts';
import type { GraphData } from '../../graph/src/model.ts';
import { FIXTURE_CORPUS_DIR, FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

const EXAMPLES = readFileSync(new URL('../../cypher/examples.cypher', import.meta.url), 'utf8');

/** The examples file as name → query; each query follows a `// @name NAME` line. */
function examples(): Map<string, string> {
  const blocks = EXAMPLES.split(/^\/\/ @name /m).slice(1);
  return new Map(
    blocks.map((block) => {
      const [name = '', ...lines] = block.split('\n');
      const query = lines
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .trim()
        .replace(/;$/, '');
      return [name.trim(), query];
    }),
  );
}

describe.runIf(hasNeo4j)('cypher/examples.cypher against the seed graph', () => {
  let driver: Driver;
  const queries = examples();
  const database = neo4jConfig()?.database ?? 'neo4j';
  const run = async (name: string) => {
    const query = queries.get(name);
    if (!query) throw new Error(`no example named ${name}`);
    return (await driver.executeQuery(query, {}, { database, routing: 'READ' })).records.map((r) => r.toObject());
  };

  beforeAll(async () => {
    driver = await openDriver({ disableLosslessIntegers: true });
    await loadIntoNeo4j(driver, database, await loadGraph(FIXTURE_DATA_DIR), { reset: true });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('has a test for every example', () => {
    expect([...queries.keys()].sort()).toEqual([
      'attendance',
      'attendance-across-documents',
      'breach-trace',
      'connection',
      'don-valley-north',
      'don-valley-north-claims',
      'evidence-of-a-fact',
      'negative-facts',
      'recommendations',
      'witnesses-disagree',
    ]);
  });

  it('answers who attended which briefings', async () => {
    const rows = await run('attendance');
    expect(rows.map((r) => [r.election, r.person, r.paragraphs])).toEqual([
      [2019, 'Azam Ishmael', [5, 6]],
      [2019, 'Braeden Caley', [5, 6]],
      [2019, 'Mathieu Lafrance', [5, 6]],
      [2021, 'Azam Ishmael', [13]],
      [2021, 'Braeden Caley', [13]],
    ]);
  });

  it('traces the account breach to where it ends', async () => {
    const rows = await run('breach-trace');
    expect(rows.map((r) => [r.step, r.response, r.by, r.reportedTo, r.chainEnds])).toEqual([
      [1, 'Reported the breach to SITE', ['Liberal Party'], ['SITE Task Force'], false],
      [1, 'Reported the breach to the social media platform', ['Liberal Party'], ['Social media platform'], false],
      [2, 'Changed the account password', ['Senior director of the Liberal Party'], [], false],
      [3, 'No further steps were taken', [], [], true],
    ]);
    expect(rows.every((r) => Array.isArray(r.quotes) && r.quotes.length > 0)).toBe(true);
  });

  it("lists Ishmael's recommendations with whom they address", async () => {
    expect((await run('recommendations')).map((r) => [r.paragraph, r.recommendation, r.addressedTo])).toEqual([
      [19, 'Take caution when discussing potential foreign interference', ['Those discussing potential foreign interference']],
      [20, 'SITE should brief party leaders', ['SITE Task Force']],
      [21, 'Hold SITE meetings regularly between elections', ['SITE Task Force']],
      [22, 'Provide parties with a list of approved technology vendors', ['Federal government']],
    ]);
  });

  it('gathers everything said about Don Valley North', async () => {
    expect((await run('don-valley-north')).map((r) => r.paragraph)).toEqual([14, 15, 16]);
    expect((await run('don-valley-north-claims')).map((r) => [r.claim, r.by])).toEqual([
      ['Bussing costs must be declared to Elections Canada', 'Azam Ishmael'],
      ['Proof of a Canadian address generally satisfies "ordinarily reside in Canada"', 'Azam Ishmael'],
      ["The bussing activity complied with the Party's rules", 'Azam Ishmael'],
      ['No one used the permanent appeal process about Don Valley North', 'Azam Ishmael'],
      ['No issues or irregularities in the Don Valley North nomination', 'Liberal Party'],
    ]);
  });

  it('lists the negative facts, the chain ends among them', async () => {
    const rows = await run('negative-facts');
    expect(rows).toHaveLength(12);
    expect(rows).toContainEqual({ kind: 'Response', fact: 'No further steps were taken', paragraphs: [9] });
  });

  it('finds how two actors are connected and the sentence behind a fact', async () => {
    expect(await run('connection')).toEqual([
      {
        path: ['Mathieu Lafrance', 'Liberal Party', 'Cyber Centre candidate manual', 'Canadian Centre for Cyber Security'],
        relations: ['REPRESENTED', 'DISTRIBUTED', 'PUBLISHED'],
      },
    ]);
    const [fact] = await run('evidence-of-a-fact');
    expect(fact).toMatchObject({ paragraph: 13, quote: "Mr. Caley served as the Party's other representative at these briefings." });
    expect(String(fact?.text)).toContain(String(fact?.quote));
  });
});

// The corpus examples need several documents: the fictional fixture corpus (test/fixtures.ts).
describe.runIf(hasNeo4j)('cypher/examples.cypher against the fixture corpus', () => {
  let driver: Driver;
  let seed: GraphData;
  const queries = examples();
  const database = neo4jConfig()?.database ?? 'neo4j';
  const run = async (name: string) => {
    const query = queries.get(name);
    if (!query) throw new Error(`no example named ${name}`);
    return (await driver.executeQuery(query, {}, { database, routing: 'READ' })).records.map((r) => r.toObject());
  };
  const nameOf = (id: string) => seed.nodes.find((n) => n.id === id)?.name;
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  /** A list of names from an answer, checked, in text order. */
  const names = (value: unknown): string[] => {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      throw new Error(`expected a list of names, got ${String(value)}`);
    return [...value].sort(byText);
  };

  beforeAll(async () => {
    driver = await openDriver({ disableLosslessIntegers: true });
    seed = await loadGraph(FIXTURE_CORPUS_DIR);
    await loadIntoNeo4j(driver, database, seed, { reset: true });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('answers who attended the briefings across documents, with their party and the absences', async () => {
    const briefings = new Set(seed.nodes.filter((n) => n.kind === 'Briefing').map((n) => n.id));
    const expected = seed.edges
      .filter((e) => e.type === 'ATTENDED' && briefings.has(e.target) && seed.nodes.some((n) => n.id === e.source && n.kind === 'Person'))
      .map((e) => ({
        briefing: nameOf(e.target),
        person: nameOf(e.source),
        representing: seed.edges
          .filter((r) => r.source === e.source && (r.type === 'REPRESENTED' || r.type === 'HELD_ROLE'))
          .filter((r) => seed.nodes.some((n) => n.id === r.target && n.kind === 'Organization'))
          .map((r) => nameOf(r.target) ?? '')
          .sort(byText),
        absent: e.negative === true,
        documents: e.evidence.map((x) => x.document),
      }))
      .sort(
        (a, b) =>
          byText(a.briefing ?? '', b.briefing ?? '') || Number(a.absent) - Number(b.absent) || byText(a.person ?? '', b.person ?? ''),
      );
    const rows = await run('attendance-across-documents');
    expect(
      rows.map((r) => ({
        briefing: r.briefing,
        person: r.person,
        representing: names(r.representing),
        absent: r.absent,
        documents: r.documents,
      })),
    ).toEqual(expected);
    expect(rows.some((r) => r.absent === true)).toBe(true);
    expect(new Set(rows.flatMap((r) => names(r.documents))).size).toBeGreaterThan(1);
  });

  it('answers where witnesses disagree: both sides of every CONTRADICTS pair, with who said what and where', async () => {
    const asserters = (claim: string) =>
      seed.edges
        .filter((e) => e.type === 'ASSERTED' && e.target === claim)
        .map((e) => nameOf(e.source) ?? '')
        .sort(byText);
    const claim = (id: string) => seed.nodes.find((n) => n.id === id);
    const expected = seed.edges
      .filter((e) => e.type === 'CONTRADICTS')
      .sort((a, b) => {
        const [x, y] = [claim(a.source)?.evidence[0], claim(b.source)?.evidence[0]];
        return byText(x?.document ?? '', y?.document ?? '') || (x?.paragraph ?? 0) - (y?.paragraph ?? 0);
      })
      .map((e) => ({
        witness: asserters(e.source),
        says: claim(e.source)?.name,
        quote: claim(e.source)?.evidence[0]?.quote,
        otherWitness: asserters(e.target),
        otherSays: claim(e.target)?.name,
        otherQuote: claim(e.target)?.evidence[0]?.quote,
      }));
    expect(expected.length).toBeGreaterThan(0);
    const rows = await run('witnesses-disagree');
    expect(
      rows.map((r) => ({
        witness: names(r.witness),
        says: r.says,
        quote: r.quote,
        otherWitness: names(r.otherWitness),
        otherSays: r.otherSays,
        otherQuote: r.otherQuote,
      })),
    ).toEqual(expected);
  });
});
