// A large, valid seed data folder made in code: interview summaries in the series' format with
// annotation files, big enough that loading it into Neo4j takes seconds. Used where a test needs a
// slow load (to kill the seed mid-transaction). Every name starts with a word of its own, so the
// mention index stays one candidate per word and the seed checks it in linear time.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface SyntheticSize {
  /** Documents, each with its own annotation file */
  documents: number;
  /** People per document */
  people: number;
  /** Paragraphs per document: each says one person met another, and is the evidence of that MET_WITH */
  meetings: number;
}

const HEADER = (n: number) => `Stage 1 Interview Summary: Synthetic Witness ${n}

Synthetic Witness ${n}, the Tester, was interviewed by Commission counsel on March 5, 2024.

Notes to Reader:

- This summary is generated for tests.

1. Meetings
`;

function personName(doc: number, i: number): string {
  return `Zed${doc}x${i} Example`;
}

function document(doc: number, size: SyntheticSize): { text: string; yaml: string } {
  const paragraphs: string[] = [];
  const firstCited = new Map<number, number>();
  const edges: string[] = [];
  for (let p = 1; p <= size.meetings; p++) {
    const a = (p * 7) % size.people;
    const b = (p * 13 + 1) % size.people === a ? (a + 1) % size.people : (p * 13 + 1) % size.people;
    paragraphs.push(`[${p}] ${personName(doc, a)} met ${personName(doc, b)} on day ${p}.`);
    if (!firstCited.has(a)) firstCited.set(a, p);
    if (!firstCited.has(b)) firstCited.set(b, p);
    edges.push(
      `  - { id: m${doc}-${p}, type: MET_WITH, source: p${doc}-${a}, target: p${doc}-${b}, evidence: [{ paragraph: ${p}, quote: "met ${personName(doc, b)} on day ${p}." }] }`,
    );
  }
  const nodes: string[] = [];
  for (let i = 0; i < size.people; i++) {
    const p = firstCited.get(i);
    // A person no meeting names still needs a citation: the header line every document has.
    if (p === undefined) continue;
    nodes.push(
      `  - { id: p${doc}-${i}, kind: Person, name: ${personName(doc, i)}, evidence: [{ paragraph: ${p}, quote: "${personName(doc, i)}" }] }`,
    );
  }
  return {
    text: `${HEADER(doc)}\n${paragraphs.join('\n\n')}\n`,
    yaml: `document: synthetic-${doc}\nnodes:\n${nodes.join('\n')}\nedges:\n${edges.join('\n')}\n`,
  };
}

/** Writes documents/ and annotations/ under `dir`; returns the number of curated nodes and edges. */
export async function writeSyntheticData(dir: string, size: SyntheticSize): Promise<{ nodes: number; edges: number }> {
  await mkdir(join(dir, 'documents'), { recursive: true });
  await mkdir(join(dir, 'annotations'), { recursive: true });
  let nodes = 0;
  for (let d = 1; d <= size.documents; d++) {
    const { text, yaml } = document(d, size);
    nodes += yaml.split('\n').filter((line) => line.includes('kind: Person')).length;
    await writeFile(join(dir, 'documents', `synthetic-${d}.txt`), text);
    await writeFile(join(dir, 'annotations', `synthetic-${d}.yaml`), yaml);
  }
  return { nodes, edges: size.documents * size.meetings };
}
