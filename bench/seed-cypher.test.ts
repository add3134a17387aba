import { describe, expect, it } from 'vitest';
import { cypher } from '../graph/src/cypher.ts';
import { RELATION_TYPES } from '../graph/src/model.ts';

describe('cypher/seed/edges.cypher', () => {
  it('looks up an existing relation under every type the annotations may use, so a second load creates none', () => {
    const match = /OPTIONAL MATCH \(a\)-\[old:([A-Z_|]+)\]->\(b\)/.exec(cypher('seed/edges'));
    expect(match?.[1]?.split('|').sort()).toEqual([...RELATION_TYPES].sort());
  });
});
