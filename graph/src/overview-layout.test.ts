import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { FIXTURE_CORPUS_DIR } from '../../test/fixtures.ts';
import type { GraphData, Position } from './model.ts';
import { documentSlots, overviewLayout } from './overview-layout.ts';

const positionsOf = (graph: GraphData) => new Map(graph.nodes.map((n) => [n.id, n.position]));

/** Node id → the documents citing it or a relation at it: the documents whose layouts place it. */
function citingDocuments(graph: GraphData): Map<string, Set<string>> {
  const docs = new Map<string, Set<string>>();
  const add = (id: string, doc: string) => (docs.get(id) ?? docs.set(id, new Set()).get(id))?.add(doc);
  for (const n of graph.nodes) for (const e of n.evidence) add(n.id, e.document);
  for (const e of graph.edges) for (const v of e.evidence) for (const id of [e.source, e.target]) add(id, v.document);
  return docs;
}

/** Each document's own nodes (cited by it alone), by document id. */
function ownNodes(graph: GraphData): Map<string, string[]> {
  const own = new Map<string, string[]>();
  for (const [id, docs] of citingDocuments(graph)) {
    const [doc] = [...docs];
    if (docs.size === 1 && doc !== undefined) own.set(doc, [...(own.get(doc) ?? []), id]);
  }
  return own;
}

/** The fixture corpus without some of its documents, loaded from a temp copy. */
async function loadWithout(dir: string, documents: readonly string[]): Promise<GraphData> {
  const copy = await mkdtemp(join(dir, 'without-'));
  await cp(FIXTURE_CORPUS_DIR, copy, { recursive: true });
  for (const doc of documents) {
    await rm(join(copy, 'documents', `${doc}.txt`));
    await rm(join(copy, 'annotations', `${doc}.yaml`));
  }
  return loadGraph(copy);
}

describe('the overview layout of the fixture corpus', () => {
  let full: GraphData;
  let dir: string;
  /** The documents in interview order, as the slots are handed out */
  let byDate: string[];
  beforeAll(async () => {
    full = await loadGraph(FIXTURE_CORPUS_DIR);
    dir = await mkdtemp(join(tmpdir(), 'tg-layout-'));
    byDate = [...full.documents].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((d) => d.id);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('gives every node a finite position, the one overviewLayout computes', () => {
    const computed = overviewLayout(full);
    expect(full.nodes.filter((n) => !(n.position && Number.isFinite(n.position.x) && Number.isFinite(n.position.y)))).toEqual([]);
    expect(positionsOf(full)).toEqual(computed);
  });

  it('gives the same positions on a second load, bit for bit', async () => {
    expect(positionsOf(await loadGraph(FIXTURE_CORPUS_DIR))).toEqual(positionsOf(full));
  });

  it('keeps each document apart: its own nodes are nearer its own centre than any other document’s', () => {
    const positions = positionsOf(full);
    const centres = new Map(
      [...ownNodes(full)].map(([doc, ids]) => {
        const points = ids.flatMap((id) => positions.get(id) ?? []);
        return [doc, { x: points.reduce((s, p) => s + p.x, 0) / points.length, y: points.reduce((s, p) => s + p.y, 0) / points.length }];
      }),
    );
    const distance = (a: Position, b: Position) => Math.hypot(a.x - b.x, a.y - b.y);
    const strays = [...ownNodes(full)].flatMap(([doc, ids]) =>
      ids.flatMap((id) => {
        const p = positions.get(id);
        const own = centres.get(doc);
        if (!p || !own) return [`${id}: no position`];
        const nearer = [...centres].filter(([other, c]) => other !== doc && distance(p, c) <= distance(p, own));
        return nearer.map(([other]) => `${id} of ${doc} is nearer ${other}`);
      }),
    );
    expect(strays).toEqual([]);
  });

  it('moves only the nodes the latest document cites when that document is added', async () => {
    const latest = byDate.at(-1) ?? '';
    const before = await loadWithout(dir, [latest]);
    const after = positionsOf(full);
    const cited = citingDocuments(full);
    const moved = before.nodes
      .filter((n) => !cited.get(n.id)?.has(latest) && after.get(n.id) !== undefined)
      .filter((n) => JSON.stringify(after.get(n.id)) !== JSON.stringify(n.position));
    expect(moved.map((n) => n.id)).toEqual([]);
    // And it did move some: the nodes it shares with the others now sit between them.
    expect(before.nodes.some((n) => cited.get(n.id)?.has(latest) && JSON.stringify(after.get(n.id)) !== JSON.stringify(n.position))).toBe(
      true,
    );
  });

  it('leaves the own nodes of every earlier document where they were when a document is removed', async () => {
    const own = ownNodes(full);
    const after = positionsOf(full);
    // The documents whose removal the other annotation files survive (some cite another's claims).
    for (const doc of ['stage1-interview-summary-marisol-quennell', 'stage1-interview-summary-etienne-marchand-dube']) {
      const without = positionsOf(await loadWithout(dir, [doc]));
      const earlier = byDate.slice(0, byDate.indexOf(doc));
      const moved = earlier.flatMap((d) =>
        (own.get(d) ?? []).filter((id) => JSON.stringify(without.get(id)) !== JSON.stringify(after.get(id))),
      );
      expect({ doc, moved }).toEqual({ doc, moved: [] });
    }
  });
});

describe('documentSlots', () => {
  const docs = Array.from({ length: 300 }, (_, i) => ({
    id: `fictional-document-${i}`,
    date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
  }));

  it('gives every document a slot of its own', () => {
    const slots = documentSlots(docs);
    expect(new Set(slots.values()).size).toBe(docs.length);
  });

  it('gives a document the slot it had before documents dated after it were added', () => {
    const early = docs.filter((d) => d.date < '2024-01-15');
    const all = documentSlots(docs);
    expect(documentSlots(early)).toEqual(new Map(early.map((d) => [d.id, all.get(d.id)])));
  });

  it('fills the spiral compactly: 300 documents take slots below 900', () => {
    expect(Math.max(...documentSlots(docs).values())).toBeLessThan(900);
  });
});
