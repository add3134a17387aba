import { describe, expect, it } from 'vitest';
import { viewerEdge } from '../../test/viewer-elements.ts';
import { relationQualifier } from './details.ts';

describe('telling alike relations apart in the details', () => {
  it('names the role held and when, so two "held a role in" to one party read differently', () => {
    const director = viewerEdge('a', 'HELD_ROLE', 'roe', 'party', {
      properties: [
        { key: 'role', value: 'National Director' },
        { key: 'since', value: '2017' },
      ],
    });
    const campaign = viewerEdge('b', 'HELD_ROLE', 'roe', 'party', {
      properties: [
        { key: 'role', value: 'Campaign Director' },
        { key: 'during', value: '2021/2021-09-20' },
      ],
    });
    expect([relationQualifier(director), relationQualifier(campaign)]).toEqual([
      'National Director, since 2017',
      'Campaign Director, in 2021, before 20 September',
    ]);
  });

  it('gives the step of a response, and nothing for a relation without such properties', () => {
    expect(relationQualifier(viewerEdge('c', 'RESPONDED_WITH', 'i', 'r', { properties: [{ key: 'order', value: '2' }] }))).toBe('step 2');
    expect(relationQualifier(viewerEdge('d', 'ATTENDED', 'roe', 'b'))).toBe('');
  });
});
