// cypher/neighborhood.cypher looks up the relations between two dense members with one typed
// Expand(Into) per relation type (so that a hub's thousands of relations are not walked). A type
// missing from those branches would silently drop relations of that type between two hubs, so the
// branches must name exactly the types the graph defines, each once.
import { describe, expect, it } from 'vitest';
import { cypher } from '../../../graph/src/cypher.ts';
import { RELATION_TYPES } from '../../../graph/src/model.ts';

describe('the neighbourhood query', () => {
  it('looks up the relations between two dense members with one branch for every relation type the graph defines', () => {
    const branches = [...cypher('neighborhood').matchAll(/MATCH \(a\)-\[r:([A-Z_]+)\]->\(b\) RETURN r/g)].map((m) => m[1]);
    expect(branches).toEqual([...RELATION_TYPES]);
  });
});
