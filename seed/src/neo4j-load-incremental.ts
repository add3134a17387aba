// What an incremental load writes: the rows of the graph that differ from the stored one, found
// without reading the stored graph back. Every load (full or incremental) stores digests beside the
// fingerprint (:SeedInfo), and the next load compares its own with them:
// - per document: its document, section and paragraph rows, and the evidence links (EVIDENCED_BY)
//   and mentions (MENTIONS) that start or end at its paragraphs. A changed document is removed
//   whole (its paragraphs and sections with every relationship on them) and written again.
// - entities and curated relations, which documents share (one node, the evidence of many), in
//   BUCKETS buckets by a hash of the entity id (a relation goes in the bucket of its source): the
//   rows of a changed bucket are written again (MERGE and SET replace what is there); stale ones are
//   removed by id, relations only from the sources of changed buckets.
// The digests are of the rows as written, not of the input files, so anything that changes a row
// (a new entity's name found in an old document's paragraphs, an attendance key moved by a new
// briefing) changes its digest: the incremental result is the full load's, row for row. The load
// checks it still (node counts by label) and falls back to a full load if they differ.
import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import { edgeKey, type Neo4jRows } from '../../graph/src/neo4j-rows.ts';
import { fnv1a } from '../../graph/src/hash.ts';

/**
 * Buckets of entities and relations. A changed bucket is written again whole, so a bucket should
 * hold a few rows at corpus scale: with 1,024, one document added to 100 (6,142 entities) rewrote
 * 1,617 entities and 1,564 relations; with 16,384, 334 and 918 (scripts/profile-incremental.ts).
 * 16,384 × 16 hex digits is 256 KiB per list in :SeedInfo, read and written once a load.
 */
export const BUCKETS = 16384;

export interface Digests {
  documentIds: string[];
  documentDigests: string[];
  nodeBuckets: string[];
  edgeBuckets: string[];
}

/** What the database says it holds, as cypher/seed/info-read.cypher returns it. */
export interface StoredInfo {
  fingerprint: string | null;
  format: number | null;
  buckets: number | null;
  digests: Digests | null;
}

function digest(lines: readonly string[]): string {
  const hash = createHash('sha256');
  for (const line of [...lines].sort()) hash.update(`${line}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** FNV-1a of the id (graph/src/hash.ts): spreads ids evenly, and costs far less than a digest per row. */
export function bucketOf(id: string): number {
  return fnv1a(id) % BUCKETS;
}

/** The rows of one load, grouped as the digests see them. */
export interface Grouped {
  rows: Neo4jRows;
  /** document id → the lines of its rows */
  documentLines: Map<string, string[]>;
  paragraphDocument: Map<string, string>;
  nodeBucket: number[];
  edgeBucket: number[];
  digests: Digests;
}

export function groupRows(rows: Neo4jRows): Grouped {
  const documentLines = new Map<string, string[]>(rows.documents.map((d) => [d.id, [`D ${JSON.stringify(d)}`]]));
  const paragraphDocument = new Map(rows.paragraphs.map((p) => [p.id, p.document]));
  const add = (document: string | undefined, line: string) => {
    if (document !== undefined) documentLines.get(document)?.push(line);
  };
  for (const s of rows.sections) add(s.document, `S ${JSON.stringify(s)}`);
  for (const p of rows.paragraphs) add(p.document, `P ${JSON.stringify(p)}`);
  for (const e of rows.evidence) add(paragraphDocument.get(e.paragraph), `E ${JSON.stringify(e)}`);
  for (const m of rows.mentions) add(paragraphDocument.get(m.paragraph), `M ${JSON.stringify(m)}`);

  const nodeBucket = rows.nodes.map((n) => bucketOf(n.id));
  const edgeBucket = rows.edges.map((e) => bucketOf(e.source));
  const nodeLines: string[][] = Array.from({ length: BUCKETS }, () => []);
  const edgeLines: string[][] = Array.from({ length: BUCKETS }, () => []);
  rows.nodes.forEach((n, i) => {
    nodeLines[nodeBucket[i] ?? 0]?.push(JSON.stringify(n));
  });
  rows.edges.forEach((e, i) => {
    edgeLines[edgeBucket[i] ?? 0]?.push(JSON.stringify(e));
  });
  const documentIds = [...documentLines.keys()].sort();
  return {
    rows,
    documentLines,
    paragraphDocument,
    nodeBucket,
    edgeBucket,
    digests: {
      documentIds,
      documentDigests: documentIds.map((id) => digest(documentLines.get(id) ?? [])),
      nodeBuckets: nodeLines.map(digest),
      edgeBuckets: edgeLines.map(digest),
    },
  };
}

/** The rows an incremental load writes, and what it removes first. */
export interface IncrementalPlan {
  added: string[];
  changed: string[];
  removed: string[];
  /** Documents removed whole before their rows (if any) are written again: changed and removed */
  documentsToRemove: string[];
  rows: Neo4jRows;
  /** Entities in changed edge buckets: their outgoing relations not in edgeKeys are removed */
  edgeSources: string[];
  edgeKeys: string[];
}

/**
 * The plan, or why there is none (then the load is a full one): no digests stored (a graph from
 * an earlier seed), or another format or number of buckets.
 */
export function planIncremental(stored: StoredInfo, format: number, grouped: Grouped): IncrementalPlan | string {
  if (stored.fingerprint === null) return 'the database holds no graph from this seed';
  if (stored.format !== format) return `the stored graph has load format ${stored.format ?? 'none'}, this seed writes ${format}`;
  if (stored.digests === null || stored.buckets !== BUCKETS)
    return stored.digests === null
      ? 'the stored graph has no digests to compare with (an earlier seed loaded it)'
      : `the stored graph's digests are in ${stored.buckets ?? 'no'} buckets, this seed's in ${BUCKETS}`;
  const before = new Map(stored.digests.documentIds.map((id, i) => [id, stored.digests?.documentDigests[i]]));
  const now = grouped.digests;
  const added: string[] = [];
  const changed: string[] = [];
  now.documentIds.forEach((id, i) => {
    const old = before.get(id);
    if (old === undefined) added.push(id);
    else if (old !== now.documentDigests[i]) changed.push(id);
  });
  const present = new Set(now.documentIds);
  const removed = stored.digests.documentIds.filter((id) => !present.has(id));
  const rewrite = new Set([...added, ...changed]);
  const nodeChanged = new Set(now.nodeBuckets.flatMap((d, b) => (stored.digests?.nodeBuckets[b] === d ? [] : [b])));
  const edgeChanged = new Set(now.edgeBuckets.flatMap((d, b) => (stored.digests?.edgeBuckets[b] === d ? [] : [b])));
  const { rows, paragraphDocument, nodeBucket, edgeBucket } = grouped;
  const inRewritten = (paragraph: string) => rewrite.has(paragraphDocument.get(paragraph) ?? '');
  const edges = rows.edges.filter((_, i) => edgeChanged.has(edgeBucket[i] ?? -1));
  return {
    added,
    changed,
    removed,
    documentsToRemove: [...changed, ...removed],
    rows: {
      documents: rows.documents.filter((d) => rewrite.has(d.id)),
      sections: rows.sections.filter((s) => rewrite.has(s.document)),
      paragraphs: rows.paragraphs.filter((p) => rewrite.has(p.document)),
      nodes: rows.nodes.filter((_, i) => nodeChanged.has(nodeBucket[i] ?? -1)),
      edges,
      evidence: rows.evidence.filter((e) => inRewritten(e.paragraph)),
      mentions: rows.mentions.filter((m) => inRewritten(m.paragraph)),
    },
    edgeSources: rows.nodes.filter((_, i) => edgeChanged.has(nodeBucket[i] ?? -1)).map((n) => n.id),
    edgeKeys: edges.map((e) => edgeKey(e.type, e.source, e.id, e.target)),
  };
}

/** The stored info from info-read.cypher's record, each list checked to be a list of strings. */
export function storedInfo(record: { get(key: string): unknown } | undefined): StoredInfo {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const count = (value: unknown) => (typeof value === 'number' ? value : neo4j.isInt(value) ? value.toNumber() : null);
  const strings = (value: unknown) => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.map(String) : null);
  if (!record) return { fingerprint: null, format: null, buckets: null, digests: null };
  const lists = ['documentIds', 'documentDigests', 'nodeBuckets', 'edgeBuckets'].map((key) => strings(record.get(key)));
  const [documentIds, documentDigests, nodeBuckets, edgeBuckets] = lists;
  const digests =
    documentIds && documentDigests && nodeBuckets && edgeBuckets && documentIds.length === documentDigests.length
      ? { documentIds, documentDigests, nodeBuckets, edgeBuckets }
      : null;
  return {
    fingerprint: text(record.get('fingerprint')),
    format: count(record.get('format')),
    buckets: count(record.get('buckets')),
    digests,
  };
}
