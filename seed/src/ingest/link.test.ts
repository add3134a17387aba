import { describe, expect, it } from 'vitest';
import { readAnnotations } from '../annotations.ts';
import type { DraftEdge, DraftNode } from '../draft/index.ts';
import { withDefinitions } from '../entities.ts';
import { linkToExisting } from './link.ts';

const META = { review: 'draft', rule: 'test', confidence: 0.5 } as const;
const node = (id: string, kind: DraftNode['kind'], name: string): DraftNode => ({
  ...META,
  id,
  kind,
  name,
  evidence: [{ paragraph: 1, quote: name }],
});
const edge = (type: DraftEdge['type'], source: string, target: string): DraftEdge => ({
  ...META,
  type,
  source,
  target,
  evidence: [{ paragraph: 1, quote: 'text' }],
});

// A reviewed annotation of a fictional document: Jane Roe (with an alias) and the Heron Party.
const existing = readAnnotations(
  [
    'document: roe',
    'nodes:',
    '  - { id: jane-roe, kind: Person, name: Jane Roe, aliases: [Ms. Roe], evidence: [{ paragraph: 1, quote: Jane Roe }] }',
    '  - { id: heron-party, kind: Organization, name: Heron Party, evidence: [{ paragraph: 1, quote: Heron Party }] }',
  ].join('\n'),
  'annotations/roe.yaml',
).annotations;

describe('linkToExisting', () => {
  it('moves the relations of a drafted node that names an existing one onto its id, and drops a name taken by another kind', () => {
    const draft = {
      nodes: [
        node('ms-roe', 'Person', 'Ms. Roe'),
        node('heron-party-2', 'Person', 'Heron Party'),
        node('finch-ltd', 'Organization', 'Finch Ltd'),
      ],
      edges: [
        edge('HELD_ROLE', 'ms-roe', 'finch-ltd'),
        edge('MET_WITH', 'heron-party-2', 'ms-roe'),
        edge('HELD_ROLE', 'jane-roe', 'finch-ltd'),
      ],
    };
    expect(linkToExisting(draft, withDefinitions(existing ? [existing] : [], []), 'roe')).toEqual({
      nodes: [node('finch-ltd', 'Organization', 'Finch Ltd')],
      edges: [edge('HELD_ROLE', 'jane-roe', 'finch-ltd')],
    });
  });
});
