import { afterAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../seed/index.ts';
import type { GraphData } from '../graph/src/model.ts';
import { corpusInTempDir, generateCorpus } from './corpus.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const remove of cleanups) await remove();
});

async function build(documents: number): Promise<GraphData> {
  const { dir, remove } = await corpusInTempDir({ documents });
  cleanups.push(remove);
  return loadGraph(dir);
}

describe('the synthetic corpus', () => {
  it('is the same for the same seed, and documents 0..N-1 do not depend on N', () => {
    const first = generateCorpus({ documents: 3, seed: 7 });
    const again = generateCorpus({ documents: 3, seed: 7 });
    const larger = generateCorpus({ documents: 5, seed: 7 });
    expect(again).toEqual(first);
    expect(larger.slice(0, 3)).toEqual(first);
    expect(generateCorpus({ documents: 3, seed: 8 })[0]?.text).not.toEqual(first[0]?.text);
  });

  it('builds one document that the real validator accepts, with every kind of fact the benchmarks ask about', async () => {
    const graph = await build(1);
    const [doc] = generateCorpus({ documents: 1 });
    const types = new Set(graph.edges.map((e) => e.type));
    for (const type of ['ATTENDED', 'RESPONDED_WITH', 'RECOMMENDED', 'ADDRESSED_TO', 'ASSERTED', 'ABOUT', 'REPORTED_TO']) {
      expect(types, type).toContain(type);
    }
    expect(graph.documents.map((d) => d.id)).toEqual([doc?.id]);
    const kinds = new Set(graph.nodes.map((n) => n.kind));
    for (const kind of ['Person', 'Briefing', 'Incident', 'Response', 'Recommendation', 'Claim']) expect(kinds, kind).toContain(kind);
  });

  it('ends every chain of responses in a negative response', async () => {
    const graph = await build(1);
    const byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const incidents = graph.nodes.filter((n) => n.kind === 'Incident');
    expect(incidents.length).toBeGreaterThan(1);
    for (const incident of incidents) {
      const steps = graph.edges
        .filter((e) => e.type === 'RESPONDED_WITH' && e.source === incident.id)
        .sort((a, b) => Number(a.properties?.order) - Number(b.properties?.order));
      expect(steps.map((s) => Number(s.properties?.order))).toEqual(steps.map((_, i) => i + 1));
      expect(byId.get(steps.at(-1)?.target ?? '')?.negative, incident.id).toBe(true);
    }
  });

  it('keeps the page-break, bullet and stray-punctuation artefacts the parser must repair', () => {
    const text = generateCorpus({ documents: 10 })
      .map((d) => d.text)
      .join('\n');
    expect(text).toMatch(/^- \[\d+\] /m);
    expect(text).toMatch(/\. \. /);
    // A paragraph whose text goes on after a blank line (a page break).
    expect(text).toMatch(/^\[\d+\] [^\n]*\n\n(?:\d+\n\n)?[A-Z][^[\n]*$/m);
  });

  it('merges the entities ten documents share into one connected graph', async () => {
    const graph = await build(10);
    expect(graph.documents).toHaveLength(10);
    const site = graph.nodes.find((n) => n.id === 'site-task-force');
    expect(new Set(site?.evidence.map((e) => e.document)).size).toBe(10);
    for (const id of ['election-2019', 'election-2021', 'elections-canada', 'cyber-centre', 'liberal-party', 'conservative-party']) {
      expect(
        graph.nodes.some((n) => n.id === id),
        id,
      ).toBe(true);
    }
    // One component: a walk from the task force over curated edges reaches every entity.
    const adjacent = new Map<string, string[]>();
    for (const e of graph.edges) {
      adjacent.set(e.source, [...(adjacent.get(e.source) ?? []), e.target]);
      adjacent.set(e.target, [...(adjacent.get(e.target) ?? []), e.source]);
    }
    const seen = new Set(['site-task-force']);
    const queue = ['site-task-force'];
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      for (const next of adjacent.get(id) ?? []) if (!seen.has(next)) seen.add(next) && queue.push(next);
    }
    expect(seen.size).toBe(graph.nodes.length);
  });
});
