// In seed/, not graph/: it reads the fixture through the seed, and graph/ imports nothing of seed/.
// The limits the seed checks against Neo4j's indexes: the same indexes as cypher/schema.cypher, and
// every value too large for one found, derived ones (searchText, attendanceKey) included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGraph } from './pipeline.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';
import { FULLTEXT_INDEXED, INDEX_KEY_BYTES, INDEXED_PROPERTIES, indexViolations } from '../../graph/src/limits.ts';
import type { GraphData } from '../../graph/src/model.ts';

const SCHEMA = readFileSync(new URL('../../cypher/schema.cypher', import.meta.url), 'utf8');
const seed = await loadGraph(FIXTURE_DATA_DIR);

const FULLTEXT = /^CREATE FULLTEXT INDEX \w+ IF NOT EXISTS FOR \(\w+:(\w+)\) ON EACH \[\w+\.(\w+)\]/;

/** `label.property` of every full-text index schema.cypher creates. */
function schemaFullText(): string[] {
  return SCHEMA.split('\n')
    .map((line) => FULLTEXT.exec(line))
    .flatMap((m) => (m ? [`${m[1]}.${m[2]}`] : []))
    .sort();
}

/** `label.property kind` of every other index and constraint schema.cypher creates. */
function schemaIndexes(): string[] {
  const found: string[] = [];
  for (const line of SCHEMA.split('\n').filter((l) => l.startsWith('CREATE ') && !FULLTEXT.test(l))) {
    const match =
      /^CREATE (TEXT )?(?:INDEX|CONSTRAINT) \w+ IF NOT EXISTS FOR (?:\(\w+:(\w+)\)|\(\)-\[\w+:(\w+)\]-\(\)) (?:ON \(\w+\.(\w+)\)|REQUIRE \w+\.(\w+) IS UNIQUE);$/.exec(
        line,
      );
    if (!match) throw new Error(`limits.test.ts cannot read this line of cypher/schema.cypher: ${line}`);
    found.push(`${match[2] ?? match[3]}.${match[4] ?? match[5]} ${match[1] ? 'TEXT' : 'RANGE'}`);
  }
  return found.sort();
}

function withNode(graph: GraphData, id: string, change: (node: GraphData['nodes'][number]) => void): GraphData {
  const copy = structuredClone(graph);
  const node = copy.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} in the fixture`);
  change(node);
  return copy;
}

describe('the index limits', () => {
  it('cover every index and uniqueness constraint of cypher/schema.cypher, with its kind', () => {
    expect(INDEXED_PROPERTIES.map((p) => `${p.label}.${p.property} ${p.kind}`).sort()).toEqual(schemaIndexes());
  });

  it('know every full-text index of cypher/schema.cypher, which has no key limit', () => {
    expect([...FULLTEXT_INDEXED].sort()).toEqual(schemaFullText());
  });

  it('find nothing in the real graph', () => {
    expect(indexViolations(seed)).toEqual([]);
  });

  it('find names and aliases too large together for the text index, counted in UTF-8 bytes', () => {
    // Ten thousand five-character aliases: each is fine, together they pass the text index's limit.
    const aliases = Array.from({ length: 10_000 }, (_, i) => `a${String(i).padStart(4, '0')}`);
    const graph = withNode(seed, 'braeden-caley', (n) => (n.aliases = [...(n.aliases ?? []), ...aliases]));
    expect(indexViolations(graph)).toEqual([
      {
        owner: 'node',
        id: 'braeden-caley',
        label: 'Entity',
        property: 'searchText',
        kind: 'TEXT',
        bytes: 'braeden caley\nmr. caley'.length + 10_000 * '\na0000'.length,
        limit: INDEX_KEY_BYTES.TEXT,
      },
    ]);
  });

  it('find a name too long for the range index, and the attendance keys made of it', () => {
    const name = 'ø'.repeat(4_100); // 8,200 bytes (ø has no accent to drop): over the range limit, under the text one
    const graph = withNode(seed, 'braeden-caley', (n) => (n.name = name));
    const attended = graph.edges.filter((e) => e.type === 'ATTENDED' && e.source === 'braeden-caley').map((e) => e.id);
    expect(attended.length).toBeGreaterThan(0);
    expect(indexViolations(graph).map((v) => `${v.owner} ${v.id} ${v.label}.${v.property} ${v.bytes > v.limit}`)).toEqual([
      'node braeden-caley Entity.name true',
      ...attended.map((id) => `edge ${id} ATTENDED.attendanceKey true`),
    ]);
  });
});
