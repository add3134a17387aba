import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES } from '../../graph/src/model.ts';
import { setClass, toElements } from './graph-view.ts';
import { edgeLabel, KIND_STYLES, kindStyle, LARGE_GRAPH_ELEMENTS, MINOR_KINDS, nodeLabel, relationWords } from './style.ts';
import { stylesheet } from './stylesheet.ts';
import { viewerEdge, viewerNode } from '../../test/viewer-elements.ts';
import type { GraphEdge, GraphNode, NodeKind, RelationType } from './api.ts';

function node(id: string, kind: NodeKind, extra: Partial<GraphNode> = {}): GraphNode {
  return viewerNode(id, kind, extra);
}

function edge(id: string, type: RelationType, source: string, target: string, properties: GraphEdge['properties'] = []): GraphEdge {
  return viewerEdge(id, type, source, target, { properties });
}

/** A headless Cytoscape with the viewer's stylesheet, so computed styles can be read. */
function styled(nodes: GraphNode[], edges: GraphEdge[] = []) {
  return cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements: toElements(nodes, edges) });
}

describe('node style', () => {
  it('gives every kind the seed can produce its own style', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...NODE_KINDS].sort());
  });

  it('gives every kind a distinct shape and a distinct colour', () => {
    const styles = Object.values(KIND_STYLES);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.color.toLowerCase())).size).toBe(styles.length);
  });

  it('draws each kind with its shape and colour in Cytoscape', () => {
    const cy = styled(NODE_KINDS.map((kind) => node(`n-${kind}`, kind)));
    const drawn = cy.nodes().map((n) => ({ kind: n.data('kind'), shape: n.style('shape'), color: n.style('background-color') }));
    const expected = Object.entries(KIND_STYLES).map(([kind, s]) => ({ kind, shape: s.shape, color: rgb(s.color) }));
    expect(drawn).toEqual(expected);
  });

  it('draws a kind it does not know plainly instead of failing', () => {
    expect(kindStyle('Hearing')).toEqual({ shape: 'round-rectangle', color: '#d4d4d8', description: 'other' });
    // The API only sends NodeKind values, so the element is added to Cytoscape directly.
    const cy = styled([]);
    cy.add({ group: 'nodes', data: { id: 'h', kind: 'Hearing', name: 'h' } });
    expect(cy.getElementById('h').style('shape')).toBe('round-rectangle');
  });

  it('marks facts that something did not happen with a dashed red outline and ⊘', () => {
    const cy = styled([node('no-steps', 'Response', { name: 'No further steps were taken', negative: true }), node('steps', 'Response')]);
    const negative = cy.getElementById('no-steps');
    const positive = cy.getElementById('steps');
    expect([negative.style('border-style'), negative.style('border-color'), negative.data('label')]).toEqual([
      'dashed',
      'rgb(185,28,28)',
      '⊘ No further steps were taken',
    ]);
    expect(positive.style('border-style')).toBe('solid');
  });

  it('marks drafts (proposed by npm run ingest, not yet reviewed) with a dotted violet outline, and their relations with a violet halo', () => {
    const cy = styled(
      [
        node('drafted', 'Person', { draft: true }),
        node('reviewed', 'Person'),
        node('drafted-negative', 'Response', { draft: true, negative: true }),
      ],
      [{ ...edge('d', 'MET_WITH', 'drafted', 'reviewed'), draft: true }, edge('r', 'MET_WITH', 'reviewed', 'drafted')],
    );
    const outline = (id: string) => [cy.getElementById(id).style('border-style'), cy.getElementById(id).style('border-color')];
    const halo = (id: string) => [cy.getElementById(id).style('underlay-color'), cy.getElementById(id).style('underlay-opacity')];
    expect([...['drafted', 'reviewed', 'drafted-negative'].map(outline), ...['d', 'r'].map(halo)]).toEqual([
      ['dotted', 'rgb(109,40,217)'],
      ['solid', cy.getElementById('reviewed').style('border-color')],
      ['dashed', 'rgb(185,28,28)'], // a negative draft still reads as a negative
      ['rgb(109,40,217)', '0.25'],
      [cy.getElementById('r').style('underlay-color'), '0'],
    ]);
  });

  it('draws whole names on the canvas, however long, marking what did not happen', () => {
    const long = 'No complaints of foreign interference from candidates or staff in 2019';
    expect([nodeLabel(long, false), nodeLabel('No further steps were taken', true)]).toEqual([long, '⊘ No further steps were taken']);
  });

  it('draws no label given the class label-off, whatever else it is (highlighted, on the path, selected)', () => {
    const cy = styled([node('c', 'Claim', { name: 'A claim' }), node('p', 'Person', { name: 'A person' })]);
    const drawn = (id: string) => [cy.getElementById(id).style('label'), cy.getElementById(id).style('text-opacity')];
    expect(MINOR_KINDS).toEqual(['Claim', 'Response', 'Recommendation']);
    cy.getElementById('c').addClass('highlighted on-path label-off').select();
    expect([drawn('c'), drawn('p')]).toEqual([
      ['A claim', '0'],
      ['A person', '1'],
    ]);
  });
});

describe('edge labels', () => {
  it('names every relation type of the seed in words', () => {
    const words = RELATION_TYPES.map((t) => relationWords(t));
    expect(words.every((w) => w === w.toLowerCase() && !w.includes('_'))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });

  it('labels edges with the relation, the step of a response chain, or the role held', () => {
    const cy = styled(
      [node('a', 'Person'), node('b', 'Briefing'), node('i', 'Incident'), node('r', 'Response'), node('p', 'Organization')],
      [
        edge('e1', 'ATTENDED', 'a', 'b'),
        edge('e2', 'RESPONDED_WITH', 'i', 'r', [{ key: 'order', value: '2' }]),
        edge('e3', 'HELD_ROLE', 'a', 'p', [{ key: 'role', value: 'National Director' }]),
        edge('e4', 'REPORTED_TO', 'i', 'p'),
      ],
    );
    expect(cy.edges().map((e) => e.style('label'))).toEqual(['attended', 'answered by (step 2)', 'National Director', 'reported to']);
    expect(edgeLabel('SOME_NEW_TYPE', [])).toBe('some new type');
  });

  it('draws the relations a reader follows (responses, reports, attendance) apart from the rest', () => {
    const cy = styled(
      [node('a', 'Person'), node('b', 'Briefing'), node('i', 'Incident'), node('r', 'Response'), node('c', 'Claim')],
      [
        edge('e1', 'RESPONDED_WITH', 'i', 'r'),
        edge('e2', 'REPORTED_TO', 'i', 'a'),
        edge('e3', 'ATTENDED', 'a', 'b'),
        edge('e4', 'ABOUT', 'c', 'b'),
        edge('e5', 'LOCATED_IN', 'b', 'a'),
      ],
    );
    const colours = cy.edges().map((e) => e.style('line-color'));
    expect(new Set(colours).size).toBe(colours.length);
    expect(cy.getElementById('e4').style('line-style')).toBe('dashed');
  });
});

describe('large graphs', () => {
  const nodes = () => [node('hub', 'Person'), node('a', 'Briefing'), node('b', 'Organization')];
  const edges = () => [edge('e1', 'ATTENDED', 'hub', 'a'), edge('e2', 'PART_OF', 'a', 'b')];
  const large = () =>
    cytoscape({ headless: true, styleEnabled: true, style: stylesheet({ large: true }), elements: toElements(nodes(), edges()) });
  const look = (e: cytoscape.SingularElementArgument) => [
    e.style('label'),
    e.style('curve-style'),
    e.style('target-arrow-shape'),
    e.style('z-index'),
  ];

  it('switches only well above the size of a few documents (the seed graph is ~200 elements, 1k still has the full look)', () => {
    expect(LARGE_GRAPH_ELEMENTS).toBeGreaterThanOrEqual(1500);
    expect(LARGE_GRAPH_ELEMENTS).toBeLessThan(5000);
  });

  it('leaves the look below the threshold exactly as it was', () => {
    expect(stylesheet({ large: false })).toEqual(stylesheet());
    const cy = styled(nodes(), edges());
    expect(look(cy.getElementById('e1'))).toEqual(['attended', 'bezier', 'triangle', '0']);
    expect(cy.getElementById('a').style('label')).toBe('a');
  });

  it('draws plain relations as bare lines and names only hubs, until something is highlighted or zoomed into', () => {
    const cy = large();
    const e1 = cy.getElementById('e1');
    expect(look(e1)).toEqual(['', 'haystack', 'none', '0']);
    expect(cy.getElementById('a').style('label')).toBe('');
    cy.getElementById('hub').addClass('hub');
    expect(cy.getElementById('hub').style('label')).toBe('hub');
    e1.addClass('highlighted');
    expect(look(e1)).toEqual(['attended', 'bezier', 'triangle', '0']); // no z-index change: no re-sort of every element
    cy.getElementById('a').addClass('labelled');
    expect(cy.getElementById('a').style('label')).toBe('a');
    e1.removeClass('highlighted').select();
    expect(look(e1)).toEqual(['attended', 'bezier', 'triangle', '0']);
    expect(e1.style('line-color')).toBe('rgb(29,78,216)'); // still the selection's blue
  });

  it("lets a click through plain relations (hit tests skip them) but not through the selection's, and keeps every relation clickable below the threshold", () => {
    const events = (cy: cytoscape.Core) => ['e1', 'e2'].map((id) => cy.getElementById(id).style('events'));
    const small = styled(nodes(), edges());
    expect(events(small)).toEqual(['yes', 'yes']);
    const cy = large();
    expect(events(cy)).toEqual(['no', 'no']);
    expect(cy.getElementById('a').style('events')).toBe('yes');
    cy.getElementById('e1').addClass('highlighted');
    cy.getElementById('e2').select();
    expect(events(cy)).toEqual(['yes', 'yes']);
    cy.getElementById('e2').unselect();
    cy.getElementById('e1').removeClass('highlighted').addClass('on-path');
    expect(events(cy)).toEqual(['yes', 'no']);
  });
});

describe('setClass', () => {
  it('touches only the elements whose class changes', () => {
    const cy = styled([node('a', 'Person'), node('b', 'Person'), node('c', 'Person')]);
    cy.getElementById('a').addClass('faded');
    const restyled: string[] = [];
    cy.on('class', (e) => restyled.push(e.target.id()));
    setClass(cy.elements(), 'faded', (e) => e.id() !== 'c');
    expect(restyled.sort()).toEqual(['b']);
    expect(
      cy
        .elements('.faded')
        .map((e) => e.id())
        .sort(),
    ).toEqual(['a', 'b']);
  });
});

describe('elements', () => {
  it('leaves out edges whose ends are not loaded and sizes nodes by their relations', () => {
    const elements = toElements(
      [node('a', 'Person'), node('b', 'Briefing')],
      [edge('e1', 'ATTENDED', 'a', 'b'), edge('e2', 'ATTENDED', 'a', 'missing')],
    );
    expect(elements.map((e) => [e.group, e.data.id, e.data['size']])).toEqual([
      ['nodes', 'a', 24],
      ['nodes', 'b', 24],
      ['edges', 'e1', undefined],
    ]);
  });
});

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}
