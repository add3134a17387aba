// timelineOf on invented events (fictional names): which nodes are events, their spans, the
// filters and the order.
import { describe, expect, it } from 'vitest';
import { timelineOf } from './timeline.ts';
import type { GraphNode } from './types.ts';

function node(id: string, kind: GraphNode['kind'], date: string | undefined, documents: string[], elections: number[] = []): GraphNode {
  const n: GraphNode = { id, kind, name: id, evidence: documents.map((document) => ({ document, paragraph: 1, quote: id })), elections };
  if (date !== undefined) n.date = date;
  return n;
}

const nodes = [
  node('vote-2030', 'Election', '2030-09-20', ['doc-a', 'doc-b'], [2030]),
  node('campaign-2030', 'Process', '2030/2030-09-20', ['doc-a'], [2030]),
  node('forum-2030', 'Briefing', '2030', ['doc-b'], [2030]),
  node('hack-2030', 'Incident', '2030-09', ['doc-a'], [2030]),
  node('interview-doc-a', 'Interview', '2034-02-01', ['doc-a']),
  node('claim-dated', 'Claim', '2030-01-01', ['doc-a'], [2030]),
  node('ada-vance', 'Person', undefined, ['doc-a']),
  node('undated-meeting', 'Meeting', undefined, ['doc-a']),
  node('vote-2026', 'Election', '2026-10', ['doc-b'], [2026]),
];

const ids = (query: Parameters<typeof timelineOf>[1]) => timelineOf(nodes, query).map((e) => e.node.id);

describe('timelineOf', () => {
  it('places the dated events in order: earliest start, then the shorter span, then id; claims and undated nodes left out', () => {
    expect(timelineOf(nodes, { first: 100 }).map((e) => [e.node.id, e.start, e.end, e.precision, e.documents])).toEqual([
      ['vote-2026', '2026-10-01', '2026-10-31', 'MONTH', ['doc-b']],
      ['campaign-2030', '2030-01-01', '2030-09-20', 'INTERVAL', ['doc-a']],
      ['forum-2030', '2030-01-01', '2030-12-31', 'YEAR', ['doc-b']],
      ['hack-2030', '2030-09-01', '2030-09-30', 'MONTH', ['doc-a']],
      ['vote-2030', '2030-09-20', '2030-09-20', 'DAY', ['doc-a', 'doc-b']],
      ['interview-doc-a', '2034-02-01', '2034-02-01', 'DAY', ['doc-a']],
    ]);
    expect(timelineOf(nodes, { first: 1 })[0]).toEqual({
      node: nodes[8],
      date: '2026-10',
      start: '2026-10-01',
      end: '2026-10-31',
      precision: 'MONTH',
      documents: ['doc-b'],
    });
  });

  it('keeps one document, one election, and the events whose span reaches into from–to', () => {
    expect(ids({ document: 'doc-b', first: 100 })).toEqual(['vote-2026', 'forum-2030', 'vote-2030']);
    expect(ids({ election: 2026, first: 100 })).toEqual(['vote-2026']);
    expect(ids({ from: '2030-09-21', to: '2030-12-31', first: 100 })).toEqual(['forum-2030', 'hack-2030']);
    expect(ids({ to: '2029-12-31', first: 100 })).toEqual(['vote-2026']);
    expect(ids({ document: 'doc-a', from: '2034-01-01', first: 100 })).toEqual(['interview-doc-a']);
  });
});
