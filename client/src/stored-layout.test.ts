import cytoscape from 'cytoscape';
import fcose, { type FcoseLayoutOptions } from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { drawsStoredLayout, localLayout, STORED_LAYOUT_FROM_NODES, STORED_LAYOUT_SCALE, storedLayout, storedPositions } from './layout.ts';

cytoscape.use(fcose);

// Invented ids: a hub with three placed neighbours, and two nodes an expansion brought in without a stored place.
const PLACED = new Map([
  ['hub', { x: 0, y: 0 }],
  ['left', { x: -120, y: 10 }],
  ['right', { x: 130, y: -5 }],
  ['below', { x: 5, y: 140 }],
]);

function canvas(): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    ...[...PLACED].map(([id, position]) => ({ group: 'nodes' as const, data: { id }, position: { ...position } })),
    { group: 'nodes', data: { id: 'draft-a' }, position: { x: 20, y: 20 } },
    { group: 'nodes', data: { id: 'draft-b' }, position: { x: 20, y: 25 } },
    ...['left', 'right', 'below', 'draft-a', 'draft-b'].map((id) => ({
      group: 'edges' as const,
      data: { id: `hub-${id}`, source: 'hub', target: id },
    })),
  ]);
  return cy;
}

describe('the stored overview layout', () => {
  it('draws a first frame at stored positions from the size where fcose gets slow, and lays out smaller graphs with fcose', () => {
    expect([71, STORED_LAYOUT_FROM_NODES - 1, STORED_LAYOUT_FROM_NODES, 326, 1605].map(drawsStoredLayout)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it('gives every node its stored place in model px, and nothing when any node lacks one', () => {
    const stored = new Map<string, { x: number; y: number } | null>([
      ['a', { x: 10, y: -20 }],
      ['b', { x: 0.5, y: 3 }],
      ['c', null],
    ]);
    expect(storedPositions(['a', 'b'], (id) => stored.get(id))).toEqual(
      new Map([
        ['a', { x: 10 * STORED_LAYOUT_SCALE, y: -20 * STORED_LAYOUT_SCALE }],
        ['b', { x: 0.5 * STORED_LAYOUT_SCALE, y: 3 * STORED_LAYOUT_SCALE }],
      ]),
    );
    expect(storedPositions(['a', 'c'], (id) => stored.get(id))).toBeNull();
    expect(storedPositions(['a', 'unknown'], (id) => stored.get(id))).toBeNull();
    expect(storedPositions([], (id) => stored.get(id))).toBeNull();
  });

  it('draws the nodes exactly where they were stored, without a force layout', () => {
    const cy = canvas();
    const at = new Map([...PLACED].map(([id, p]) => [id, { x: p.x + 1000, y: p.y - 400 }]));
    cy.nodes()
      .filter((n) => at.has(n.id()))
      .layout(storedLayout(at))
      .run();
    expect(
      new Map(
        cy
          .nodes()
          .filter((n) => at.has(n.id()))
          .nodes()
          .map((n) => [n.id(), n.position()]),
      ),
    ).toEqual(at);
  });

  it('lays out the nodes an expansion brought in around their fixed neighbours, moving none of those', () => {
    const cy = canvas();
    const drafts = cy.nodes('[id ^= "draft"]');
    const anchors = cy.getElementById('hub');
    const fixed = new Map([['hub', { ...anchors.position() }]]);
    const still: FcoseLayoutOptions = { ...localLayout(fixed), animate: false }; // a test has no frames to animate in
    drafts.union(anchors).union(drafts.connectedEdges()).layout(still).run();
    const placed = new Map(
      cy
        .nodes()
        .filter((n) => PLACED.has(n.id()))
        .nodes()
        .map((n) => [n.id(), { ...n.position() }]),
    );
    expect(placed).toEqual(PLACED);
    const [a, b] = drafts.map((n) => n.position());
    // Apart from each other and from the hub they hang off, not left stacked where they started.
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(20);
    for (const p of [a!, b!]) expect(Math.hypot(p.x, p.y)).toBeGreaterThan(20);
  });
});
