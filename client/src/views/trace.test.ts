import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { NodeKind, Trace } from '../api.ts';
import { Catalog } from '../catalog.ts';
import { traceLayout } from '../layout.ts';
import { stylesheet } from '../stylesheet.ts';
import { endLabel, TRACE_END_ID, traceElements } from './trace.ts';

const ref = (id: string, kind: NodeKind, name = id) => ({ id, kind, name });
const quote = (q: string) => [{ document: 'doc', paragraph: 9, quote: q }];

/** The account breach as the API traces it, steps given out of order. */
const breach: Trace = {
  incident: ref('account-breach-2021', 'Incident', 'Social media account breach'),
  steps: [
    {
      order: 3,
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
      order: 4,
      relation: 'RESPONDED_WITH',
      response: ref('breach-no-further-steps', 'Response', 'No further steps were taken'),
      actors: [],
      links: [],
      negative: true,
      evidence: quote('No further steps were taken.'),
    },
    {
      order: 2,
      relation: 'RESPONDED_WITH',
      response: ref('breach-reported-to-platform', 'Response', 'Reported the breach to the platform'),
      actors: [ref('liberal-party', 'Organization')],
      links: [],
      negative: false,
      evidence: quote('platform'),
    },
  ],
  end: { explicit: true, afterStep: 4, description: 'No further steps were taken', evidence: quote('No further steps were taken.') },
};

function catalogWithRealEdges(): Catalog {
  const catalog = new Catalog();
  catalog.merge({
    nodes: [],
    edges: [
      {
        id: 'rw-1',
        type: 'RESPONDED_WITH',
        source: 'account-breach-2021',
        target: 'breach-reported-to-site',
        properties: [{ key: 'order', value: '1' }],
        evidence: [],
        draft: false,
        negative: false,
      },
      {
        id: 'perf-1',
        type: 'PERFORMED',
        source: 'liberal-party',
        target: 'breach-reported-to-site',
        properties: [],
        evidence: [],
        draft: false,
        negative: false,
      },
    ],
  });
  return catalog;
}

describe('a trace on the canvas', () => {
  it('numbers the steps in order and ends with the end marker, left to right', () => {
    const { elements, shape } = traceElements(breach, catalogWithRealEdges());
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements });
    cy.layout(traceLayout(shape)).run();
    const line = cy
      .nodes()
      .map((n) => ({ id: n.id(), label: String(n.data('label')), x: n.position('x'), y: n.position('y') }))
      .filter((n) => n.y === 0)
      .sort((a, b) => a.x - b.x);
    expect(line.map((n) => n.label)).toEqual([
      'Social media account breach',
      '1. Reported the breach to SITE',
      '2. Reported the breach to the pla…',
      '3. Changed the account password',
      '⊘ 4. No further steps were taken',
      'End: No further steps were taken',
    ]);
    expect(line.at(-1)?.id).toBe(TRACE_END_ID);
  });

  it('uses the graph’s own relations where they exist, so selecting one shows its evidence', () => {
    const { elements } = traceElements(breach, catalogWithRealEdges());
    const edges = elements.filter((e) => e.group === 'edges').map((e) => [e.data.id, e.data['label'], e.selectable]);
    expect(edges).toEqual([
      ['rw-1', 'answered by (step 1)', true],
      ['perf-1', 'carried out', true],
      ['trace:REPORTED_TO:breach-reported-to-site:site-task-force', 'reported to', false],
      ['trace:THEN:breach-reported-to-site:breach-reported-to-platform', 'then', false],
      ['trace:PERFORMED:liberal-party:breach-reported-to-platform', 'carried out', false],
      ['trace:THEN:breach-reported-to-platform:breach-password-changed', 'then', false],
      ['trace:PERFORMED:liberal-senior-director:breach-password-changed', 'carried out', false],
      ['trace:THEN:breach-password-changed:breach-no-further-steps', 'then', false],
      ['trace:ENDS:breach-no-further-steps:trace:end', 'stops', false],
    ]);
  });

  it('says where a chain ends: explicitly, by silence, or with nothing recorded', () => {
    expect(endLabel(breach)).toBe('End: No further steps were taken');
    expect(endLabel({ ...breach, end: { ...breach.end, explicit: false } })).toBe('The record ends here');
    expect(endLabel({ ...breach, steps: [] })).toBe('Nothing recorded');
  });
});
