// The Cypher loader without a database: every query as it goes to Neo4j is pinned by a file
// snapshot (cypher/__snapshots__/NAME.cypher), so a change to a fragment shows, in review, in
// every query it touches; and placeholders that cannot be expanded fail with file and line. The
// queries themselves run on a real Neo4j in server/src/store/neo4j-store.test.ts,
// seed/src/neo4j-load.test.ts and bench/attendance-plan.test.ts.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CypherLoader, CypherTemplateError, FRAGMENTS, cypher } from './cypher.ts';
import { EDGE_FIELDS } from './fields.ts';
import { RELATION_TYPES } from './model.ts';

const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));
/** Not queries: the fragments they include, the snapshots of this test. */
const NOT_QUERIES = new Set([FRAGMENTS, '__snapshots__']);

/** Every NAME the loader serves (cypher/NAME.cypher, cypher/seed/NAME.cypher), in order. */
function queryNames(folder = ''): string[] {
  return readdirSync(join(CYPHER_DIR, folder), { withFileTypes: true })
    .flatMap((entry) => {
      const name = `${folder}${entry.name}`;
      if (entry.isDirectory()) return NOT_QUERIES.has(name) ? [] : queryNames(`${name}/`);
      // examples.cypher is for people to paste into Neo4j Browser: seed/src/examples.test.ts runs it as written.
      return entry.name.endsWith('.cypher') && name !== 'examples.cypher' ? [name.slice(0, -'.cypher'.length)] : [];
    })
    .sort();
}

describe('every query, as the loader sends it', () => {
  it.each(queryNames())('%s matches its snapshot in cypher/__snapshots__/', async (name) => {
    await expect(cypher(name)).toMatchFileSnapshot(`../../cypher/__snapshots__/${name}.cypher`);
  });

  it('has one snapshot per query and none for a query that is gone', () => {
    const snapshots = (folder: string): string[] =>
      readdirSync(join(CYPHER_DIR, '__snapshots__', folder), { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? snapshots(`${folder}${e.name}/`) : [`${folder}${e.name.replace(/\.cypher$/, '')}`]))
        .sort();
    expect(snapshots('')).toEqual(queryNames());
  });

  it('uses every fragment in cypher/fragments/ at least once', () => {
    const sources = queryNames().map((name) => readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8'));
    const fragments = readdirSync(join(CYPHER_DIR, FRAGMENTS)).map((f) => f.replace(/\.cypher$/, ''));
    const fragmentSources = fragments.map((f) => readFileSync(join(CYPHER_DIR, FRAGMENTS, `${f}.cypher`), 'utf8'));
    const unused = fragments.filter((f) => ![...sources, ...fragmentSources].some((text) => text.includes(`{{> ${f}`)));
    expect(unused).toEqual([]);
  });

  it('writes in the fields of a relationship from graph/src/fields.ts, not a copy of them', () => {
    expect(cypher('graph')).toContain(`WHERE NOT k IN [${EDGE_FIELDS.map((f) => `'${f}'`).join(', ')}] | [k, r[k]]]`);
  });
});

/** The end of the message for a placeholder the loader cannot expand. */
const UNKNOWN = 'it is not an argument of this fragment or a list the loader knows ({{EDGE_FIELDS}}, {{RELATION_TYPES}})';

describe('the loader, on fictional queries', () => {
  const dir = `${mkdtempSync(join(tmpdir(), 'cypher-loader-'))}/`;
  mkdirSync(join(dir, FRAGMENTS));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => writeFileSync(join(dir, file), text);
  const load = (name: string) => new CypherLoader(dir, 'q').query(name);
  let failures = 0;
  const failure = (name: string) => {
    try {
      load(name);
    } catch (error) {
      return error instanceof CypherTemplateError ? error.message : `not a CypherTemplateError: ${String(error)}`;
    }
    return 'no error';
  };

  write(`${FRAGMENTS}/pair.cypher`, '// {{> pair a=x b=y}}: two values, each on its own line.\n[{{a}}.id,\n {{b}}.id]\n');
  write(`${FRAGMENTS}/tail.cypher`, 'RETURN {{> pair a=p b=q}} AS pair\n');
  write(`${FRAGMENTS}/loop.cypher`, 'RETURN {{> loop}}\n');
  write(`${FRAGMENTS}/broken.cypher`, 'RETURN {{> missing}}\n');

  it('replaces a fragment with its text, its arguments filled in, later lines under the placeholder’s column', () => {
    const comment = '// {{> nothing}}: comment lines are left out, placeholders and all.';
    write('pairs.cypher', `${comment}\nMATCH (m)--(n)\nRETURN {{> pair a=m b=startNode(r)}} AS p\n`);
    expect(load('pairs')).toBe('MATCH (m)--(n)\nRETURN [m.id,\n        startNode(r).id] AS p\n');
  });

  it('expands fragments within fragments', () => {
    write('nested.cypher', 'MATCH (p)--(q)\n{{> tail}}\n');
    expect(load('nested')).toBe('MATCH (p)--(q)\nRETURN [p.id,\n        q.id] AS pair\n');
  });

  it('writes a list the graph defines as a Cypher list of strings', () => {
    write('fields.cypher', 'RETURN {{EDGE_FIELDS}} AS fields');
    expect(load('fields')).toBe(`RETURN ['id', 'evidenceDocuments', 'evidenceParagraphs', 'evidenceQuotes', 'attendanceKey'] AS fields`);
  });

  it('writes the relation types as the type alternation of a pattern', () => {
    write('types.cypher', 'MATCH (a)-[r:{{RELATION_TYPES}}]->(b)');
    expect(load('types')).toBe(`MATCH (a)-[r:${RELATION_TYPES.join('|')}]->(b)`);
  });

  it.each([
    {
      when: 'names the file, line and fragment when the fragment does not exist',
      query: 'MATCH (n)\nRETURN {{> compact-nod node=n}}\n',
      error: 'q/NAME.cypher:2: fragment "compact-nod" not found: q/fragments/compact-nod.cypher does not exist',
    },
    {
      when: 'names the whole chain of includes when a fragment fails inside another',
      query: 'MATCH (n)\n{{> broken}}\n',
      error:
        'q/fragments/broken.cypher:1 (included from q/NAME.cypher:2): ' +
        'fragment "missing" not found: q/fragments/missing.cypher does not exist',
    },
    {
      when: 'refuses a placeholder that is neither an argument nor a known list',
      query: 'RETURN {{NODE_FIELDS}}\n',
      error: `q/NAME.cypher:1: {{NODE_FIELDS}} is left unexpanded: ${UNKNOWN}`,
    },
    {
      when: 'refuses a placeholder named like a property every object has',
      query: 'RETURN {{toString}}\n',
      error: `q/NAME.cypher:1: {{toString}} is left unexpanded: ${UNKNOWN}`,
    },
    {
      when: 'refuses a placeholder that is not closed on its line',
      query: 'RETURN {{> pair a=m b=n}}, {{> pair a=m\n b=n}}\n',
      error: 'q/NAME.cypher:1: "{{> pair a=m" opens a placeholder that is not closed on its line',
    },
    {
      when: 'says which arguments a fragment needs and which it does not take',
      query: 'RETURN {{> pair a=m c=n}}\n',
      error: 'q/NAME.cypher:1: fragment "pair" needs b=… and does not take c (q/fragments/pair.cypher uses {{a}}, {{b}})',
    },
    {
      when: 'refuses an argument that is not name=value',
      query: 'RETURN {{> pair a=m b=n.id + 1}}\n',
      error: 'q/NAME.cypher:1: {{> pair a=m b=n.id + 1}}: "+" is not an argument (expected name=value, the value without spaces)',
    },
    {
      when: 'refuses a fragment that includes itself',
      query: 'MATCH (n)\n{{> loop}}\n',
      error: 'q/fragments/loop.cypher:1 (included from q/NAME.cypher:2): fragment "loop" includes itself (loop → loop)',
    },
  ])('$when', ({ query, error }) => {
    const name = `failing-${++failures}`;
    write(`${name}.cypher`, query);
    expect(failure(name)).toBe(error.replace('NAME', name));
  });
});
