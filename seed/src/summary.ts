// What a data folder holds once it is checked, in the words `npm run check` and `npm run seed`
// print: the totals, each document with what cites it, and nodes, relations and mentions by kind.
// One way to load and summarise for both commands, so a curator sees the same whichever they run.
import { NODE_KINDS, RELATION_TYPES, type GraphData, type NodeKind, type RelationType } from '../../graph/src/model.ts';
import type { SeedOptions } from './drafts.ts';
import { loadSeed } from './pipeline.ts';
import { formatProblem } from './problems.ts';

export interface DocumentSummary {
  id: string;
  title: string;
  paragraphs: number;
  /** Nodes with evidence from this document */
  nodes: number;
  /** Of those, the ones other documents cite too (a reused id: one node, the evidence of both) */
  sharedNodes: number;
  /** Relations with evidence from this document */
  edges: number;
  mentions: number;
}

export interface DataSummary {
  documents: DocumentSummary[];
  paragraphs: number;
  nodes: number;
  edges: number;
  mentions: number;
  /** Counts in the model's order (NODE_KINDS, RELATION_TYPES), leaving out those that are zero */
  nodesByKind: [NodeKind, number][];
  edgesByType: [RelationType, number][];
  /** Mentions by the kind of the entity a paragraph names */
  mentionsByKind: [NodeKind, number][];
}

function tally<K extends string>(order: readonly K[], keys: Iterable<K>): [K, number][] {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return order.flatMap((key): [K, number][] => {
    const n = counts.get(key);
    return n ? [[key, n]] : [];
  });
}

export function summariseGraph(graph: GraphData): DataSummary {
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const citing = (evidence: readonly { document: string }[]) => new Set(evidence.map((e) => e.document));
  const nodeDocuments = graph.nodes.map((n) => citing(n.evidence));
  const edgeDocuments = graph.edges.map((e) => citing(e.evidence));
  const documents = graph.documents.map((d): DocumentSummary => {
    const cited = nodeDocuments.filter((docs) => docs.has(d.id));
    return {
      id: d.id,
      title: d.title,
      paragraphs: d.paragraphs.length,
      nodes: cited.length,
      sharedNodes: cited.filter((docs) => docs.size > 1).length,
      edges: edgeDocuments.filter((docs) => docs.has(d.id)).length,
      mentions: graph.mentions.filter((m) => m.document === d.id).length,
    };
  });
  return {
    documents,
    paragraphs: documents.reduce((n, d) => n + d.paragraphs, 0),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    mentions: graph.mentions.length,
    nodesByKind: tally(
      NODE_KINDS,
      graph.nodes.map((n) => n.kind),
    ),
    edgesByType: tally(
      RELATION_TYPES,
      graph.edges.map((e) => e.type),
    ),
    // Every mention names a node of the graph (the seed finds them from its labels).
    mentionsByKind: tally(
      NODE_KINDS,
      graph.mentions.flatMap((m) => kindOf.get(m.entity) ?? []),
    ),
  };
}

const counts = (list: readonly [string, number][]) => list.map(([key, n]) => `${key} ${n}`).join(', ') || 'none';

/**
 * The summary as printed: a headline, one line per document, then the counts by kind.
 * `headlineNote` ends the headline (the seed says there what it left out).
 */
export function summaryLines(s: DataSummary, headlineNote = ''): string[] {
  return [
    `Checked ${s.documents.length} document(s), ${s.paragraphs} paragraphs: ${s.nodes} nodes, ${s.edges} edges, ${s.mentions} mentions${headlineNote}`,
    ...s.documents.map(
      (d) =>
        `  ${d.id} ("${d.title}"): ${d.paragraphs} paragraphs; cited by ${d.nodes} nodes (${d.sharedNodes} shared with other documents) ` +
        `and ${d.edges} edges; ${d.mentions} mentions`,
    ),
    `Nodes by kind: ${counts(s.nodesByKind)}`,
    `Edges by type: ${counts(s.edgesByType)}`,
    `Mentions by kind: ${counts(s.mentionsByKind)}`,
  ];
}

/**
 * Reads and checks `dataDir` as the seed does (a SeedError lists every problem) and says what it
 * holds, and what it left out or took in of the drafts.
 */
export async function checkData(dataDir: string, options: SeedOptions = {}): Promise<{ graph: GraphData; lines: string[] }> {
  const { graph, draftsLeftOut, warnings } = await loadSeed(dataDir, options);
  const drafted = graph.nodes.filter((n) => n.draft).length + graph.edges.filter((e) => e.draft).length;
  const draftNote =
    (draftsLeftOut > 0 ? `; ${draftsLeftOut} draft items left out (--drafts to include them)` : '') +
    (drafted > 0 ? `; ${drafted} of them drafts (draft: true; SEED_DRAFTS=1 npm start serves them)` : '');
  // Warnings first, where a curator reading from the top sees them; they do not stop the seed.
  const warned = warnings.map((w) => `warning: ${formatProblem(w)}`);
  return { graph, lines: [...warned, ...summaryLines(summariseGraph(graph), draftNote)] };
}
