import { describe, expect, it } from 'vitest';
import type { GraphNode } from './api.ts';
import { loadNotice } from './loading.ts';
import { viewerNode } from '../../test/viewer-elements.ts';

const node = (id: string): GraphNode => viewerNode(id);

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
