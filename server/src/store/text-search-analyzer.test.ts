// The full-text index against a real Neo4j: its analyzer folds and drops words exactly as
// graph/src/text-search.ts assumes, so the Lucene candidates are every paragraph the in-memory store finds.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../../graph/src/cypher.ts';
import { hasNeo4j, neo4jConfig, openDriver } from '../../../test/neo4j.ts';
import { STOP_WORDS, wordsOf } from '../../../graph/src/text-search.ts';

const settings = neo4jConfig();
const ANALYZER =
  /CREATE FULLTEXT INDEX paragraph_text IF NOT EXISTS FOR \(p:Paragraph\) ON EACH \[p\.text\] OPTIONS \{indexConfig: \{`fulltext\.analyzer`: '([\w-]+)'\}\}/;

describe.runIf(hasNeo4j)('the paragraph_text full-text index', () => {
  if (settings === null) return;
  let driver: Driver;
  const analyzer = ANALYZER.exec(cypher('schema'))?.[1];
  beforeAll(async () => {
    driver = await openDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('is declared in cypher/schema.cypher with the standard-folding analyzer', () => {
    expect(analyzer).toBe('standard-folding');
  });

  it("drops exactly the stop words text-search.ts leaves out of a query's finding words", async () => {
    const result = await driver.executeQuery(
      'CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords WHERE analyzer = $analyzer RETURN stopwords',
      { analyzer },
      { database: settings.database },
    );
    const stopwords: unknown = result.records[0]?.get('stopwords');
    expect(Array.isArray(stopwords) ? [...stopwords].sort() : stopwords).toEqual([...STOP_WORDS].sort());
  });

  it('splits, folds and lowers words as wordsOf does, for words with accents, apostrophes and numbers', async () => {
    // A throwaway index on a label nothing else uses, analysed like paragraph_text; removed afterwards.
    const text = "Ishmaël's CAFÉ, the e-mail of 3.5 Élections; naïve—Zoë";
    const session = driver.session({ database: settings.database });
    try {
      await session.run(
        'CREATE FULLTEXT INDEX analyzer_probe IF NOT EXISTS FOR (n:AnalyzerProbe) ON EACH [n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: $analyzer}}',
        { analyzer },
      );
      await session.run('CALL db.awaitIndexes(60)');
      await session.run('CREATE (:AnalyzerProbe {text: $text})', { text });
      const ours = wordsOf(text)
        .map((w) => w.word)
        .filter((w) => !STOP_WORDS.has(w));
      const found: string[] = [];
      for (const word of ours) {
        const r = await session.run("CALL db.index.fulltext.queryNodes('analyzer_probe', $q) YIELD node RETURN count(node) AS n", {
          q: `"${word}"`,
        });
        if (Number(r.records[0]?.get('n')) === 1) found.push(word);
      }
      expect(found).toEqual(ours);
    } finally {
      await session.run('MATCH (n:AnalyzerProbe) DELETE n');
      await session.run('DROP INDEX analyzer_probe IF EXISTS');
      await session.close();
    }
  });
});
