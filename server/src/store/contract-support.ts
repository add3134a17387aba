// What the areas of the store contract (contract.ts, contract-*.ts) share: the store under test
// and the canonical graph it was built from, the seed's nodes and edges looked up by id, and the
// views that compare records as a client sees them.
import { expect } from 'vitest';
import { INTERVIEW_PARAGRAPH } from '../../../graph/src/interview.ts';
import type { GraphData } from '../../../graph/src/model.ts';
import { loadGraph } from '../../../seed/index.ts';
import { FIXTURE_DATA_DIR } from '../../../test/fixtures.ts';
import type { Evidence, GraphEdge, GraphNode, GraphStore, SubgraphRecord } from './types.ts';

export const DOC = 'stage1-interview-summary-azam-ishmael';

export const ids = (list: readonly { id: string }[]): string[] => list.map((x) => x.id);
export const sortedIds = (list: readonly { id: string }[]): string[] => ids(list).sort();
export const paragraphsOf = (evidence: readonly Evidence[]): number[] =>
  [...new Set(evidence.map((e) => e.paragraph))].sort((a, b) => a - b);

/** Absent and empty optional lists mean the same to a client (the API maps both to []). */
export function view(node: GraphNode): GraphNode {
  return { ...node, aliases: node.aliases ?? [], properties: node.properties ?? {}, elections: node.elections ?? [] };
}
export function viewEdge(edge: GraphEdge): GraphEdge {
  return { ...edge, properties: edge.properties ?? {} };
}

/** The store under test and its seed graph, open from the contract's beforeAll to its afterAll. */
export interface ContractSubject {
  readonly store: GraphStore;
  readonly seed: GraphData;
  open(): Promise<void>;
  close(): Promise<void>;
  node(id: string): GraphNode;
  edgeBetween(type: string, source: string, target: string): GraphEdge;
  /** The text of paragraph n of the Ishmael document; for INTERVIEW_PARAGRAPH, its interview line (graph/src/interview.ts). */
  paragraphText(n: number): string;
  /** Every edge of the seed whose two ends are both in the subgraph. */
  inducedEdgeIds(sub: SubgraphRecord): string[];
  /** Every node and edge of the subgraph exactly as the seed built it. */
  expectCanonical(sub: SubgraphRecord): void;
}

export function contractSubject(openStore: () => Promise<GraphStore>): ContractSubject {
  let store: GraphStore | undefined;
  let seed: GraphData | undefined;
  const opened = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the contract's ${what} is read before its beforeAll has opened it`);
    return value;
  };
  const subject: ContractSubject = {
    get store() {
      return opened(store, 'store');
    },
    get seed() {
      return opened(seed, 'seed graph');
    },
    async open() {
      seed = await loadGraph(FIXTURE_DATA_DIR);
      store = await openStore();
    },
    async close() {
      await store?.close();
    },
    node(id) {
      const found = subject.seed.nodes.find((n) => n.id === id);
      if (!found) throw new Error(`the seed has no node ${id}`);
      return found;
    },
    edgeBetween(type, source, target) {
      const found = subject.seed.edges.find((e) => e.type === type && e.source === source && e.target === target);
      if (!found) throw new Error(`the seed has no ${type} edge ${source} → ${target}`);
      return found;
    },
    paragraphText(n) {
      const document = subject.seed.documents.find((d) => d.id === DOC);
      const text = n === INTERVIEW_PARAGRAPH ? document?.interviewLine : document?.paragraphs.find((p) => p.number === n)?.text;
      if (text === undefined) throw new Error(`the seed has no paragraph ${n}`);
      return text;
    },
    inducedEdgeIds(sub) {
      const inside = new Set(ids(sub.nodes));
      return sortedIds(subject.seed.edges.filter((e) => inside.has(e.source) && inside.has(e.target)));
    },
    expectCanonical(sub) {
      expect(sub.nodes.map(view)).toEqual(sub.nodes.map((n) => view(subject.node(n.id))));
      expect(sub.edges.map(viewEdge)).toEqual(sub.edges.map((e) => viewEdge(subject.seed.edges.find((s) => s.id === e.id) ?? e)));
    },
  };
  return subject;
}
