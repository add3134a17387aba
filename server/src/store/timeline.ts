// timeline(document, election, from, to, first), computed the same way for both stores from the
// dated event nodes each reads (graph/src/dates.ts gives every date its span of days).
import { compareSpans, dateSpan, spansOverlap } from '../../../graph/src/dates.ts';
import type { GraphNode, TimelineQuery, TimelineRecord } from './types.ts';

/** The kinds of node that happen at a time: every event kind of the model. */
export const TIMELINE_KINDS: readonly string[] = [
  'Election',
  'Briefing',
  'Meeting',
  'Interview',
  'Nomination',
  'Incident',
  'Response',
  'Publication',
  'Process',
];

/**
 * The events among `nodes` the query keeps, in date order: the earliest start first, then the
 * shorter span, then id; at most `first`. A node whose date is no ISO date (the seed checks them)
 * has no place on a timeline and is left out.
 */
export function timelineOf(nodes: readonly GraphNode[], query: TimelineQuery): TimelineRecord[] {
  const window = { start: query.from ?? '0000-01-01', end: query.to ?? '9999-12-31' };
  const kinds = new Set(TIMELINE_KINDS);
  const events: TimelineRecord[] = [];
  for (const node of nodes) {
    if (!kinds.has(node.kind) || node.date === undefined) continue;
    if (query.election !== undefined && !(node.elections ?? []).includes(query.election)) continue;
    const documents = [...new Set(node.evidence.map((e) => e.document))].sort();
    if (query.document !== undefined && !documents.includes(query.document)) continue;
    const span = dateSpan(node.date);
    if (!span || !spansOverlap(span, window)) continue;
    events.push({ node, date: node.date, ...span, documents });
  }
  return events.sort((a, b) => compareSpans(a, b) || (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0)).slice(0, query.first);
}
