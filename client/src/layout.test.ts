import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGraph } from '../../seed/index.ts';
import { toElements } from './graph-view.ts';
import {
  graphLayout,
  hubEdgeLength,
  LAYOUT_SEED,
  spreadCoincident,
  SPREAD_GAP,
  TRACE_COLUMN,
  tracePositions,
  traceLayout,
  verticalStretch,
  withSeededRandom,
} from './layout.ts';
import type { GraphEdge, GraphNode } from './api.ts';
import { stylesheet } from './stylesheet.ts';
import { FIXTURE_DATA_DIR } from '../../test/fixtures.ts';

cytoscape.use(fcose);

/** The seed graph as the API serves it (the store adds `negative` and flattens properties). */
async function seedElements() {
  const graph = await loadGraph(FIXTURE_DATA_DIR);
  const nodes: GraphNode[] = graph.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    name: n.name,
    aliases: n.aliases ?? [],
    description: n.description ?? null,
    date: n.date ?? null,
    category: null,
    elections: n.elections ?? [],
    negative: n.properties?.['negative'] === true,
    draft: n.draft === true,
    properties: [],
    evidence: n.evidence,
    evidenceCount: n.evidence.length,
    position: n.position ?? null,
  }));
  const edges: GraphEdge[] = graph.edges.map((e) => ({
    id: e.id,
    type: e.type,
    source: e.source,
    target: e.target,
    properties: [],
    evidence: e.evidence,
    draft: e.draft === true,
    negative: e.negative === true,
  }));
  return toElements(nodes, edges);
}

describe('graph layout', () => {
  let elements: cytoscape.ElementDefinition[];
  beforeAll(async () => {
    elements = await seedElements();
  });

  it('starts afresh on load and from the current positions after a change, animating only then', () => {
    const fresh = graphLayout({ incremental: false, animate: false });
    const incremental = graphLayout({ incremental: true, animate: true });
    expect([fresh.name, fresh.randomize, fresh.animate, fresh.nodeDimensionsIncludeLabels, fresh.fit]).toEqual([
      'fcose',
      true,
      false,
      true,
      true,
    ]);
    expect([incremental.randomize, incremental.animate]).toEqual([false, true]);
  });

  it('trades spacing for speed on large graphs: default quality, then spectral placement only, never animated', () => {
    const pick = (nodes: number) => {
      const o = graphLayout({ incremental: true, animate: true, nodes });
      return [o.quality, o.animate, o.nodeDimensionsIncludeLabels];
    };
    expect([pick(70), pick(800), pick(5000)]).toEqual([
      ['proof', true, true],
      ['default', false, false],
      ['draft', false, false],
    ]);
  });

  it('gives edges between hubs more room than edges to leaves, so clusters separate', () => {
    expect(hubEdgeLength(1, 20)).toBeLessThan(hubEdgeLength(4, 20));
    expect(hubEdgeLength(4, 20)).toBeLessThan(hubEdgeLength(12, 20));
    expect(hubEdgeLength(12, 20)).toBe(hubEdgeLength(20, 12));
  });

  it('lays out the seed graph the same way every time, with no two nodes in one place', () => {
    const run = () => {
      const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
      withSeededRandom(LAYOUT_SEED, () => cy.layout(graphLayout({ incremental: false, animate: false })).run());
      return cy.nodes().map((n) => ({ id: n.id(), x: Math.round(n.position('x')), y: Math.round(n.position('y')) }));
    };
    const first = run();
    expect(run()).toEqual(first);
    // Every node of the fixture placed (its count is the fixture's, not this test's).
    expect(first.length).toBe(elements.filter((e) => e.group === 'nodes').length);
    expect(new Set(first.map((p) => `${p.x},${p.y}`)).size).toBe(first.length);
  });

  it('puts a hub’s neighbours nearer to it than the graph is wide', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
    withSeededRandom(LAYOUT_SEED, () => cy.layout(graphLayout({ incremental: false, animate: false })).run());
    const width = cy.nodes().boundingBox({ includeLabels: false }).w;
    const hub = cy.getElementById('site-task-force');
    const distances = hub
      .neighborhood()
      .nodes()
      .map((n) => Math.hypot(n.position('x') - hub.position('x'), n.position('y') - hub.position('y')));
    expect(Math.max(...distances)).toBeLessThan(width / 2);
  });

  it('stretches a wide layout to fill a tall canvas, within bounds', () => {
    const wide = [
      { x: 0, y: 0 },
      { x: 1000, y: 500 },
    ];
    expect(verticalStretch(wide, { width: 600, height: 600 })).toBe(1.6);
    expect(verticalStretch(wide, { width: 1000, height: 600 })).toBeCloseTo(1.2);
    expect(verticalStretch(wide, { width: 1200, height: 400 })).toBe(1);
    expect(verticalStretch([{ x: 0, y: 0 }], { width: 600, height: 600 })).toBe(1);
  });

  it('restores Math.random after a seeded run, even when the run throws', () => {
    const original = Math.random;
    const a = withSeededRandom(7, () => [Math.random(), Math.random()]);
    expect(withSeededRandom(7, () => [Math.random(), Math.random()])).toEqual(a);
    expect(() =>
      withSeededRandom(7, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Math.random).toBe(original);
  });
});

describe('trace layout', () => {
  const shape = {
    incident: 'breach',
    // Given out of order on purpose: the layout orders by step number.
    steps: [
      { id: 'password', order: 3, actors: ['director'], links: [] },
      { id: 'to-site', order: 1, actors: ['party'], links: ['site'] },
      { id: 'nothing', order: 4, actors: [], links: [] },
      { id: 'to-platform', order: 2, actors: ['party'], links: ['platform'] },
    ],
    end: 'end',
  };

  it('reads left to right: incident, steps 1 to 4 in order, then the end', () => {
    const positions = tracePositions(shape);
    const line = ['breach', 'to-site', 'to-platform', 'password', 'nothing', 'end'].map((id) => positions.get(id));
    expect(line).toEqual([0, 1, 2, 3, 4, 5].map((i) => ({ x: i * TRACE_COLUMN, y: 0 })));
  });

  it('puts actors above the line, over the middle of their steps, and whom a step involved below', () => {
    const positions = tracePositions(shape);
    expect(positions.get('party')).toEqual({ x: 1.5 * TRACE_COLUMN, y: expect.any(Number) });
    expect(positions.get('party')!.y).toBeLessThan(0);
    expect(positions.get('director')).toEqual({ x: 3 * TRACE_COLUMN, y: positions.get('party')!.y });
    expect(positions.get('site')!.y).toBeGreaterThan(0);
    expect(positions.get('platform')).toEqual({ x: 2 * TRACE_COLUMN, y: positions.get('site')!.y });
  });

  it('places the trace with Cytoscape’s preset layout, whole and fixed', () => {
    const cy = cytoscape({
      headless: true,
      elements: ['breach', 'to-site', 'to-platform', 'password', 'nothing', 'end', 'party', 'director', 'site', 'platform'].map((id) => ({
        data: { id },
      })),
    });
    const options = traceLayout(shape);
    expect([options.name, options.fit, options.animate]).toEqual(['preset', true, false]);
    cy.layout(options).run();
    const xs = ['breach', 'to-site', 'to-platform', 'password', 'nothing', 'end'].map((id) => cy.getElementById(id).position('x'));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
  });
});

describe('nodes a layout stacked on one spot', () => {
  it('are spread around it, the first by id staying put, and nothing else moves', () => {
    const positions = new Map([
      ['b', { x: 10, y: 20 }],
      ['a', { x: 10.2, y: 19.9 }],
      ['c', { x: 10, y: 20 }],
      ['alone', { x: 300, y: 300 }],
    ]);
    const moved = spreadCoincident(positions);
    expect([...moved.keys()].sort()).toEqual(['b', 'c']);
    const all = new Map([...positions, ...moved]);
    const points = [...all.values()];
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        expect(Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y)).toBeGreaterThan(SPREAD_GAP * 0.9);
      }
    }
    expect(
      spreadCoincident(
        new Map([
          ['x', { x: 0, y: 0 }],
          ['y', { x: 50, y: 0 }],
        ]),
      ).size,
    ).toBe(0);
  });
});
