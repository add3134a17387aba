// Attendance rows (a Person ATTENDED a Briefing or Meeting) and the one key that orders them.
//
// The key is computed here, once, for both stores: the in-memory store sorts and pages by it, and
// the seed stores it on each ATTENDED relationship (`attendanceKey`, neo4j-rows.ts) behind a
// relationship range index (cypher/schema.cypher), so Neo4j answers a page of attendance by
// reading that page from the index in order, however large the graph (bench/RESULTS.md, Growth).
//
// Key order = election year (none last), event date (ISO text; undated last), event name, person
// name (both case- and accent-insensitive), then ids as tie-breakers. A key starts with its
// election, so one election's rows are one contiguous range of keys.
import type { GraphData, GraphEdge, GraphNode } from './model.ts';
import { normaliseText } from './normalise.ts';

export const ATTENDABLE_KINDS: ReadonlySet<string> = new Set(['Briefing', 'Meeting']);

/** Between the parts of a key: below every character normalised text or an id can hold. */
const SEP = '\u0001';
/** Sorts after every digit: rows of events that belong to no election come last. */
const NO_ELECTION = '~';
/** Sorts after every ISO date: undated events come last within their election. */
const NO_DATE = '\uffff';

function electionPart(year: number): string {
  return String(year).padStart(4, '0');
}

export function attendanceKey(election: number | null, event: GraphNode, person: GraphNode, edgeId: string): string {
  return [
    election === null ? NO_ELECTION : electionPart(election),
    event.date ?? NO_DATE,
    normaliseText(event.name),
    event.id,
    normaliseText(person.name),
    person.id,
    edgeId,
  ].join(SEP);
}

/** The election a key was made with (its first part), or null. */
export function attendanceKeyElection(key: string): number | null {
  const part = key.slice(0, key.indexOf(SEP));
  return part === NO_ELECTION ? null : Number(part);
}

/** Could this be a key attendanceKey() made? (Seven parts; the election and the ids are never empty.) */
export function isAttendanceKey(key: string): boolean {
  const parts = key.split(SEP);
  return parts.length === 7 && parts.every((p, i) => i === 1 || i === 2 || i === 4 || p.length > 0);
}

/**
 * The keys a page may hold: greater than `from` and less than `to`. `after` is the key of the
 * last row already seen; with an election, the range is that election's keys only.
 */
export function attendanceRange(election: number | undefined, after: string | undefined): { from: string; to: string } {
  const prefix = election === undefined ? '' : `${electionPart(election)}${SEP}`;
  const to = election === undefined ? '\uffff\uffff' : `${electionPart(election)}\u0002`;
  return { from: after !== undefined && after > prefix ? after : prefix, to };
}

/** The election of each event: the smallest year of an Election it is PART_OF (events with none are absent). */
export function eventElections(graph: GraphData): Map<string, number> {
  const years = new Map<string, number>();
  for (const n of graph.nodes) {
    const year = n.properties?.['year'];
    if (n.kind === 'Election' && typeof year === 'number') years.set(n.id, year);
  }
  const elections = new Map<string, number>();
  for (const e of graph.edges) {
    const year = e.type === 'PART_OF' ? years.get(e.target) : undefined;
    if (year === undefined) continue;
    const seen = elections.get(e.source);
    if (seen === undefined || year < seen) elections.set(e.source, year);
  }
  return elections;
}

export interface AttendanceEdge {
  edge: GraphEdge;
  person: GraphNode;
  event: GraphNode;
  election: number | null;
  key: string;
}

/** Every attendance of the graph, in key order. */
export function attendanceEdges(graph: GraphData): AttendanceEdge[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const elections = eventElections(graph);
  const rows: AttendanceEdge[] = [];
  for (const edge of graph.edges) {
    if (edge.type !== 'ATTENDED') continue;
    const person = nodes.get(edge.source);
    const event = nodes.get(edge.target);
    if (person?.kind !== 'Person' || !event || !ATTENDABLE_KINDS.has(event.kind)) continue;
    const election = elections.get(event.id) ?? null;
    rows.push({ edge, person, event, election, key: attendanceKey(election, event, person, edge.id) });
  }
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
