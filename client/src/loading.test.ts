import { describe, expect, it } from 'vitest';
import type { DocumentInfo, GraphNode } from './api.ts';
import { documentHeader, loadNotice } from './loading.ts';
import { viewerNode } from '../../test/viewer-elements.ts';

// A fictional document and nodes, for the header's wording only.
const doc = (id: string): DocumentInfo => ({
  id,
  title: `Summary ${id}`,
  interviewee: 'Ada Example',
  interviewer: 'Commission counsel',
  date: '2024-03-05',
  sections: [],
});
const node = (id: string): GraphNode => viewerNode(id);

describe('the header after the first load', () => {
  it('names the first document, who was interviewed by whom and when, and what the graph holds', () => {
    expect(documentHeader([doc('a')], { nodes: [node('x'), node('y')], edges: [] })).toEqual({
      title: 'Summary a',
      meta: 'Interview of Ada Example by Commission counsel, 2024-03-05 · 2 entities, 0 relations, each with its quote',
    });
  });

  it('says how many more documents there are', () => {
    expect(documentHeader([doc('a'), doc('b'), doc('c')], { nodes: [], edges: [] }).meta).toBe(
      'Interview of Ada Example by Commission counsel, 2024-03-05 · and 2 more documents · 0 entities, 0 relations, each with its quote',
    );
  });

  it('says when no document is loaded, leaving the line under it as it was', () => {
    expect(documentHeader([], { nodes: [], edges: [] })).toEqual({ title: 'No document loaded', meta: null });
  });
});

describe('what the reader is told about the loaded graph', () => {
  it('warns about an empty graph, explains a truncated one, and says nothing otherwise', () => {
    expect([
      loadNotice({ nodes: [], truncated: false }),
      loadNotice({ nodes: [node('x'), node('y')], truncated: true }),
      loadNotice({ nodes: [node('x')], truncated: false }),
    ]).toEqual([
      { message: 'The graph is empty: the server has no document loaded yet.', tone: 'error' },
      { message: 'Showing the first 2 nodes: double-click a node to bring in its neighbours.', tone: 'info' },
      null,
    ]);
  });
});
