// What the Neo4j store sends: one cypher/<name>.cypher per query, and the parameters the store
// builds for the queries whose parameters take more than copying arguments. Exported so the
// benchmark's raw driver and the plan test send exactly what the store sends.
import neo4j from 'neo4j-driver';
import { attendanceRange } from '../../../graph/src/attendance.ts';
import { luceneQuery } from '../../../graph/src/text-search.ts';
import type { AttendanceQuery, NestedNodes } from './types.ts';

/** One file in cypher/ per query the store sends. */
export const QUERY_NAMES = [
  'health',
  'node',
  'search',
  'briefings',
  'attendance',
  'attendance-event',
  'attendance-person',
  'incidents',
  'trace',
  'recommendations',
  'claims',
  'neighborhood',
  'path',
  'paths',
  'graph',
  'documents',
  'document',
  'paragraph',
  'text-search',
  'disagreements',
  'timeline',
] as const;
export type QueryName = (typeof QUERY_NAMES)[number];

/** "All" as a Cypher LIMIT or list slice bound */
const ALL = 2 ** 31 - 1;

/** The parameters of the queries that return nested nodes (cypher/fragments/compact-node.cypher): $evidence entries per node, and $brief nodes or whole ones. */
export function nestedNodeParams(options: NestedNodes | undefined): { evidence: ReturnType<typeof neo4j.int>; brief: boolean } {
  return { evidence: neo4j.int(Math.min(options?.evidence ?? ALL, ALL)), brief: options?.brief === true };
}

/**
 * The query and parameters the store sends for attendance: one access path per query, so each is
 * planned for what it reads (attendance.cypher).
 */
export function attendanceRequest(
  { election, event, person, document, first, after }: AttendanceQuery,
  options?: NestedNodes,
): { query: QueryName; params: Record<string, unknown> } {
  const { from, to } = attendanceRange(election, after);
  const page = { from, to, document: document ?? null, first: neo4j.int(first ?? ALL), ...nestedNodeParams(options) };
  if (event !== undefined) return { query: 'attendance-event', params: { ...page, event, person: person ?? '' } };
  if (person !== undefined) return { query: 'attendance-person', params: { ...page, person } };
  return { query: 'attendance', params: page };
}

/**
 * How many paragraphs Lucene may propose to a text search, best BM25 score first, before the store
 * orders them by its own score. Every paragraph with a word of the query is a candidate up to this
 * many, so both stores give the same answer unless more paragraphs than this have one of its words.
 */
export const TEXT_SEARCH_CANDIDATES = 2000;

/** The parameters of text-search.cypher, or null when the text has no words (nothing can match). */
export function textSearchParams(text: string, document: string | undefined, options?: NestedNodes): Record<string, unknown> | null {
  const query = luceneQuery(text);
  if (query === null) return null;
  return { query, document: document ?? null, candidates: neo4j.int(TEXT_SEARCH_CANDIDATES), ...nestedNodeParams(options) };
}
