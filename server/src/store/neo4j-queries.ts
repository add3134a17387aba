// What the Neo4j store sends: one cypher/<name>.cypher per query, and the parameters the store
// builds for the queries whose parameters take more than copying arguments. Exported so the
// benchmark's raw driver and the plan test send exactly what the store sends.
import neo4j from 'neo4j-driver';
import { attendanceRange } from '../../../graph/src/attendance.ts';
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
  'graph',
  'documents',
  'paragraph',
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
export function attendanceRequest({ election, event, person, first, after }: AttendanceQuery, options?: NestedNodes): { query: QueryName; params: Record<string, unknown> } {
  const { from, to } = attendanceRange(election, after);
  const page = { from, to, first: neo4j.int(first ?? ALL), ...nestedNodeParams(options) };
  if (event !== undefined) return { query: 'attendance-event', params: { ...page, event, person: person ?? '' } };
  if (person !== undefined) return { query: 'attendance-person', params: { ...page, person } };
  return { query: 'attendance', params: page };
}
