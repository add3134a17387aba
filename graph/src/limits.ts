// Limits both rooms share: how long an id may be (the seed refuses what the API would refuse as an
// argument), and how large a value Neo4j's indexes take (the seed refuses, with file and line, what
// the load would fail on, so `--out` and the in-memory store accept exactly what Neo4j accepts).
import type { GraphData } from './model.ts';
import { toNeo4jRows } from './neo4j-rows.ts';

/** The longest id of a document, node or relation; the API refuses longer id arguments (BAD_USER_INPUT). */
export const MAX_ID_LENGTH = 200;

/**
 * The largest string, in UTF-8 bytes, each kind of index of Neo4j 5.26 takes; a longer value fails
 * the write with "Property value is too large to index". Measured, not from the manual (which gives
 * none for range-1.0): by bisection on ASCII, 2-, 3- and 4-byte characters, the same for node and
 * relationship indexes and uniqueness constraints. seed/src/malformed.test.ts checks them on every
 * run against the test Neo4j: the limit is indexed, one byte more is refused.
 */
export const INDEX_KEY_BYTES = { RANGE: 8164, TEXT: 32766 } as const;
export type IndexKind = keyof typeof INDEX_KEY_BYTES;

type Rows = ReturnType<typeof toNeo4jRows>;
type RowSet = 'documents' | 'sections' | 'paragraphs' | 'nodes' | 'edges';

export interface IndexedProperty {
  /** The label (or relationship type) of cypher/schema.cypher's index */
  label: string;
  property: string;
  kind: IndexKind;
  /** The load's rows that carry it */
  rows: RowSet;
}

/** Every index and uniqueness constraint of cypher/schema.cypher (limits.test.ts keeps the two the same). */
export const INDEXED_PROPERTIES: readonly IndexedProperty[] = [
  { label: 'Entity', property: 'id', kind: 'RANGE', rows: 'nodes' },
  { label: 'Document', property: 'id', kind: 'RANGE', rows: 'documents' },
  { label: 'Section', property: 'id', kind: 'RANGE', rows: 'sections' },
  { label: 'Paragraph', property: 'id', kind: 'RANGE', rows: 'paragraphs' },
  { label: 'Entity', property: 'kind', kind: 'RANGE', rows: 'nodes' },
  { label: 'Entity', property: 'name', kind: 'RANGE', rows: 'nodes' },
  { label: 'Entity', property: 'searchText', kind: 'TEXT', rows: 'nodes' },
  { label: 'ATTENDED', property: 'attendanceKey', kind: 'RANGE', rows: 'edges' },
];

/**
 * Properties under a full-text index (cypher/schema.cypher). Lucene indexes the words, not the
 * whole value, and the analyzers cut a word at 255 characters: no key limit applies to them.
 */
export const FULLTEXT_INDEXED: readonly string[] = ['Paragraph.text'];

/** A value too large for its index, and what it belongs to: a node or relation id, or a document id. */
export interface IndexViolation {
  /** 'node' and 'edge' name a node or relation id; 'document' a document id (its sections and paragraphs too) */
  owner: 'document' | 'node' | 'edge';
  id: string;
  label: string;
  property: string;
  kind: IndexKind;
  bytes: number;
  limit: number;
}

function ownerOf(rows: RowSet, row: Record<string, unknown>): { owner: IndexViolation['owner']; id: string } {
  const id = (key: string) => String(row[key]);
  if (rows === 'nodes') return { owner: 'node', id: id('id') };
  if (rows === 'edges') return { owner: 'edge', id: id('id') };
  return { owner: 'document', id: rows === 'documents' ? id('id') : id('document') };
}

/** Every value of `graph` the load would write into an index that cannot take it. */
export function indexViolations(graph: GraphData): IndexViolation[] {
  // The very rows the load writes, so a derived value (searchText, attendanceKey) is checked as stored.
  const rows: Rows = toNeo4jRows(graph);
  const found: IndexViolation[] = [];
  for (const spec of INDEXED_PROPERTIES) {
    const limit = INDEX_KEY_BYTES[spec.kind];
    for (const row of rows[spec.rows]) {
      if (spec.rows === 'edges' && 'type' in row && row.type !== spec.label) continue;
      const props: Record<string, unknown> = row.props;
      const value = props[spec.property];
      if (typeof value !== 'string') continue;
      const bytes = Buffer.byteLength(value, 'utf8');
      if (bytes > limit)
        found.push({ ...ownerOf(spec.rows, row), label: spec.label, property: spec.property, kind: spec.kind, bytes, limit });
    }
  }
  return found;
}
