import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { NodeKind, Trace } from '../api.ts';
import { Catalog } from '../catalog.ts';
import { parseCsvRecords } from '../../../test/csv-read.ts';
import { viewerEdge, viewerNode } from '../../../test/viewer-elements.ts';
import { TRACE_COLUMN, TRACE_PARALLEL, traceLayout } from '../layout.ts';
import { stylesheet } from '../stylesheet.ts';
import { traceCsv, traceJson } from './trace-export.ts';
import { endLabel, endStep, stepGroups, TRACE_END_ID, traceContext, traceElements } from './trace-model.ts';

const ref = (id: string, kind: NodeKind, name = id) => ({ id, kind, name });
const quote = (q: string) => [{ document: 'doc', paragraph: 9, quote: q }];

/** The account breach as the API traces it (both reports one step, as the text tells them together), steps given out of order. */
const breach: Trace = {
  incident: ref('account-breach-2021', 'Incident', 'Social media account breach'),
  steps: [
    {
      order: 2,
      relation: 'RESPONDED_WITH',
      response: ref('breach-password-changed', 'Response', 'Changed the account password'),
      actors: [ref('liberal-senior-director', 'Person')],
      links: [],
      negative: false,
      evidence: quote('changed the password'),
    },
    {
      order: 1,
      relation: 'RESPONDED_WITH',
      response: ref('breach-reported-to-site', 'Response', 'Reported the breach to SITE'),
      actors: [ref('liberal-party', 'Organization')],
      links: [{ type: 'REPORTED_TO', node: ref('site-task-force', 'Organization'), evidence: quote('to SITE') }],
      negative: false,
      evidence: quote('reported'),
    },
    {
      order: 3,
      relation: 'RESPONDED_WITH',
      response: ref('breach-no-further-steps', 'Response', 'No further steps were taken'),
      actors: [],
      links: [],
      negative: true,
      evidence: quote('No further steps were taken.'),
    },
    {
      order: 1,
      relation: 'RESPONDED_WITH',
      response: ref('breach-reported-to-platform', 'Response', 'Reported the breach to the platform'),
      actors: [ref('liberal-party', 'Organization')],
      links: [{ type: 'REPORTED_TO', node: ref('social-media-platform', 'Organization'), evidence: quote('to the social media platform') }],
      negative: false,
      evidence: quote('platform'),
    },
  ],
  end: { explicit: true, afterStep: 3, description: 'No further steps were taken', evidence: quote('No further steps were taken.') },
};

/** The graph as the viewer holds it: every step's RESPONDED_WITH relation, and who carried out the first. */
function catalogWithRealEdges(): Catalog {
  const catalog = new Catalog();
  const responses = ['breach-reported-to-site', 'breach-reported-to-platform', 'breach-password-changed', 'breach-no-further-steps'];
  const orders = [1, 1, 2, 3];
  catalog.merge({
    nodes: [
      viewerNode('account-breach-2021', 'Incident', { name: 'Social media account breach' }),
      viewerNode('liberal-party', 'Organization'),
    ],
    edges: [
      ...responses.map((r, i) =>
        viewerEdge(`rw-${i + 1}`, 'RESPONDED_WITH', 'account-breach-2021', r, { properties: [{ key: 'order', value: String(orders[i]) }] }),
      ),
      viewerEdge('perf-1', 'PERFORMED', 'liberal-party', 'breach-reported-to-site'),
    ],
  });
  return catalog;
}

describe('a trace on the canvas', () => {
  it('draws steps reported together in one column, then the others in order, the end once as the last step', () => {
    const { elements, shape } = traceElements(breach, catalogWithRealEdges());
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
    cy.layout(traceLayout(shape)).run();
    const at = (id: string) => cy.getElementById(id).position();
    expect(
      [
        'account-breach-2021',
        'breach-reported-to-site',
        'breach-reported-to-platform',
        'breach-password-changed',
        'breach-no-further-steps',
      ].map(at),
    ).toEqual([
      { x: 0, y: 0 },
      { x: TRACE_COLUMN, y: -TRACE_PARALLEL / 2 },
      { x: TRACE_COLUMN, y: TRACE_PARALLEL / 2 },
      { x: 2 * TRACE_COLUMN, y: 0 },
      { x: 3 * TRACE_COLUMN, y: 0 },
    ]);
    expect(cy.getElementById(TRACE_END_ID).empty()).toBe(true);
    expect(cy.nodes('.trace-end').map((n) => n.id())).toEqual(['breach-no-further-steps']);
  });

  it('uses the graph’s own relations where they exist, so selecting one shows its evidence', () => {
    const { elements } = traceElements(breach, catalogWithRealEdges());
    const edges = elements.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.data['label'], e.selectable]);
    expect(edges).toEqual([
      ['rw-1', 'answered by (step 1)', true],
      ['perf-1', 'carried out', true],
      ['trace:REPORTED_TO:breach-reported-to-site:site-task-force', 'reported to', false],
      ['rw-2', 'answered by (step 1)', true],
      ['trace:PERFORMED:liberal-party:breach-reported-to-platform', 'carried out', false],
      ['trace:REPORTED_TO:breach-reported-to-platform:social-media-platform', 'reported to', false],
      ['trace:THEN:breach-reported-to-site:breach-password-changed', 'then', false],
      ['trace:THEN:breach-reported-to-platform:breach-password-changed', 'then', false],
      ['trace:PERFORMED:liberal-senior-director:breach-password-changed', 'carried out', false],
      ['trace:THEN:breach-password-changed:breach-no-further-steps', 'stops', false],
    ]);
  });

  it('ends a chain the document just stops telling with an end marker after the last steps', () => {
    const silent: Trace = {
      ...breach,
      steps: breach.steps.filter((s) => !s.negative),
      end: { explicit: false, afterStep: 2, description: 'The document records no further response', evidence: [] },
    };
    expect(endStep(silent)).toBeNull();
    const { elements, shape } = traceElements(silent, catalogWithRealEdges());
    expect(shape.end).toBe(TRACE_END_ID);
    expect(elements.filter((e) => e.data.target === TRACE_END_ID).map((e) => e.data.source)).toEqual(['breach-password-changed']);
    expect(endLabel(silent)).toBe('The record ends here');
  });

  it('groups steps by order and says where a chain ends', () => {
    expect(stepGroups(breach).map((g) => g.map((s) => s.response.id))).toEqual([
      ['breach-reported-to-site', 'breach-reported-to-platform'],
      ['breach-password-changed'],
      ['breach-no-further-steps'],
    ]);
    expect(endStep(breach)?.response.id).toBe('breach-no-further-steps');
    expect(endLabel({ ...breach, steps: [] })).toBe('Nothing recorded');
  });
});

describe('a trace as files', () => {
  it('exports JSON that keeps every step in order with its RESPONDED_WITH relation', () => {
    const file = JSON.parse(JSON.stringify(traceJson(breach, catalogWithRealEdges(), 'mode=trace', 'http://x/#mode=trace')));
    expect(file.steps.map((s: { order: number; response: { id: string } }) => [s.order, s.response.id])).toEqual([
      [1, 'breach-reported-to-site'],
      [1, 'breach-reported-to-platform'],
      [2, 'breach-password-changed'],
      [3, 'breach-no-further-steps'],
    ]);
    expect(file.steps.map((s: { stepRelation: unknown }) => s.stepRelation)).toEqual([
      {
        id: 'rw-1',
        type: 'RESPONDED_WITH',
        source: 'account-breach-2021',
        target: 'breach-reported-to-site',
        order: 1,
        evidence: quote('reported'),
      },
      {
        id: 'rw-2',
        type: 'RESPONDED_WITH',
        source: 'account-breach-2021',
        target: 'breach-reported-to-platform',
        order: 1,
        evidence: quote('platform'),
      },
      {
        id: 'rw-3',
        type: 'RESPONDED_WITH',
        source: 'account-breach-2021',
        target: 'breach-password-changed',
        order: 2,
        evidence: quote('changed the password'),
      },
      {
        id: 'rw-4',
        type: 'RESPONDED_WITH',
        source: 'account-breach-2021',
        target: 'breach-no-further-steps',
        order: 3,
        evidence: quote('No further steps were taken.'),
      },
    ]);
    expect(file.edges.map((e: { id: string }) => e.id)).toEqual(['rw-1', 'rw-2', 'rw-3', 'rw-4', 'perf-1']);
    expect(file.nodes.map((n: { id: string }) => n.id)).toEqual(['account-breach-2021', 'liberal-party']);
    expect([file.exportedFrom, file.view, file.end.afterStep]).toEqual(['http://x/#mode=trace', 'mode=trace', 3]);
    // Nothing in this catalog prompted the breach's responses or was said about them.
    expect([file.promptedBy, file.said]).toEqual([[], []]);
  });

  it('exports CSV with one row per step that reads back as the steps', () => {
    const documents = new Map([['doc', { id: 'doc', title: 'Interview Summary: Jane Roe', interviewee: 'Jane Roe' }]]);
    const rows = parseCsvRecords(traceCsv(breach, documents));
    expect(
      rows.map((r) => [r['Step'], r['Response'], r['By'], r['Involved'], r['Did not happen'], r['Ends the chain'], r['Paragraph']]),
    ).toEqual([
      ['1', 'Reported the breach to SITE', 'liberal-party', 'reported to site-task-force', '', '', 'Roe ¶9'],
      ['1', 'Reported the breach to the platform', 'liberal-party', 'reported to social-media-platform', '', '', 'Roe ¶9'],
      ['2', 'Changed the account password', 'liberal-senior-director', '', '', '', 'Roe ¶9'],
      ['3', 'No further steps were taken', '', '', 'yes', 'yes', 'Roe ¶9'],
    ]);
    expect(rows.map((r) => r['Incident'])).toEqual(Array(4).fill('Social media account breach'));
    expect(rows[3]?.['Quote']).toBe('No further steps were taken.');
  });
});

describe('what surrounds a trace', () => {
  it('finds what else prompted its responses, with who published it, and the claims made about it, with who made them', () => {
    // Invented: a rally nobody acted on, after press reports, with a stated reason.
    const said = { document: 'doc', paragraph: 3, quote: 'Ms. Roe said the rally broke no rule' };
    const answered = { document: 'doc', paragraph: 3, quote: 'so nothing was done about those reports' };
    const catalog = new Catalog();
    catalog.merge({
      nodes: [
        viewerNode('rally', 'Incident', { name: 'A rally' }),
        viewerNode('nothing', 'Response', { name: 'Nothing was done', negative: true }),
        viewerNode('reports', 'Publication', { name: 'Press reports' }),
        viewerNode('press', 'Organization', { name: 'The press' }),
        viewerNode('no-rule-broken', 'Claim', { name: 'The rally broke no rule' }),
        viewerNode('roe', 'Person', { name: 'Jane Roe' }),
        viewerNode('unrelated', 'Claim', { name: 'Something else' }),
      ],
      edges: [
        viewerEdge('a', 'RESPONDED_WITH', 'rally', 'nothing'),
        viewerEdge('b', 'RESPONDED_WITH', 'reports', 'nothing', { evidence: [answered] }),
        viewerEdge('c', 'PUBLISHED', 'press', 'reports'),
        viewerEdge('d', 'ABOUT', 'no-rule-broken', 'rally'),
        viewerEdge('e', 'ASSERTED', 'roe', 'no-rule-broken', { evidence: [said] }),
        viewerEdge('f', 'ABOUT', 'unrelated', 'press'),
      ],
    });
    const trace: Trace = {
      incident: ref('rally', 'Incident', 'A rally'),
      steps: [
        { order: 1, relation: 'RESPONDED_WITH', response: ref('nothing', 'Response'), actors: [], links: [], negative: true, evidence: [] },
      ],
      end: { explicit: true, afterStep: 1, description: 'Nothing was done', evidence: [] },
    };
    const context = traceContext(trace, catalog);
    const view = (items: typeof context.said) => items.map((i) => ({ node: i.node.id, by: i.by.map((b) => b.id), evidence: i.evidence }));
    expect({ promptedBy: view(context.promptedBy), said: view(context.said) }).toEqual({
      promptedBy: [{ node: 'reports', by: ['press'], evidence: [answered] }],
      said: [{ node: 'no-rule-broken', by: ['roe'], evidence: [said] }],
    });
  });
});
