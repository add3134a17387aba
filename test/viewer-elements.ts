// Nodes and relations as the viewer receives them (client/src/api.ts's GraphNode and GraphEdge),
// with every field a test does not care about at its empty value: one builder for the viewer's
// unit tests instead of a copy in each.
import type { GraphEdge, GraphNode, NodeKind, RelationType } from '../client/src/api.ts';

export function viewerNode(id: string, kind: NodeKind = 'Person', extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    kind,
    name: id,
    aliases: [],
    description: null,
    date: null,
    category: null,
    elections: [],
    negative: false,
    draft: false,
    properties: [],
    evidence: [],
    evidenceCount: 0,
    position: null,
    ...extra,
  };
}

export function viewerEdge(id: string, type: RelationType, source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge {
  return { id, type, source, target, properties: [], evidence: [], draft: false, negative: false, ...extra };
}
