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
  beforeAll(async () => {
    full = await loadGraph(FIXTURE_CORPUS_DIR);
    dir = await mkdtemp(join(tmpdir(), 'tg-layout-'));
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

  it('moves, when a document is added, only the nodes it cites and those of the documents whose slot changed', async () => {
    const cited = citingDocuments(full);
    const after = positionsOf(full);
    const slotsAfter = documentSlots(full.documents);
    // Every document the other annotation files survive without (some cite another's claims).
    const removable = ['stage1-interview-summary-marisol-quennell', 'stage1-interview-summary-etienne-marchand-dube'];
    let sharedMoved = 0;
    for (const added of removable) {
      const before = await loadWithout(dir, [added]);
      const slotsBefore = documentSlots(before.documents);
      const reslotted = new Set(before.documents.filter((d) => slotsBefore.get(d.id) !== slotsAfter.get(d.id)).map((d) => d.id));
      const unmoved = (id: string) => JSON.stringify(after.get(id)) === JSON.stringify(before.nodes.find((n) => n.id === id)?.position);
      const untouched = before.nodes.filter((n) => ![...(cited.get(n.id) ?? [])].some((d) => d === added || reslotted.has(d)));
      expect({ added, moved: untouched.filter((n) => !unmoved(n.id)).map((n) => n.id) }).toEqual({ added, moved: [] });
      expect(untouched.length, added).toBeGreaterThan(before.nodes.length / 2);
      sharedMoved += before.nodes.filter((n) => cited.get(n.id)?.has(added) && !unmoved(n.id)).length;
    }
    // And the shared nodes it cites did move: they now sit between more documents.
    expect(sharedMoved).toBeGreaterThan(0);
  });
});

describe('documentSlots', () => {
  const docs = Array.from({ length: 300 }, (_, i) => ({ id: `fictional-document-${i}` }));
  const all = documentSlots(docs);

  it('gives every document a slot of its own, the same whatever order the documents come in', () => {
    expect(new Set(all.values()).size).toBe(docs.length);
    expect(documentSlots([...docs].reverse())).toEqual(all);
  });

  it('moves about one other document, at most a handful, when one is removed', () => {
    const moved = docs
      .filter((_, i) => i % 3 === 0)
      .map((gone) => [...documentSlots(docs.filter((d) => d !== gone))].filter(([id, slot]) => all.get(id) !== slot).length);
    expect({ mean: moved.reduce((s, m) => s + m, 0) / moved.length < 2, most: Math.max(...moved) <= 8 }).toEqual({
      mean: true,
      most: true,
    });
  });

  it('fills the spiral compactly: 300 documents take slots below 900', () => {
    expect(Math.max(...all.values())).toBeLessThan(900);
  });
});
