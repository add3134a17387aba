// Runs every query of a store once, before the server listens. A fresh Neo4j plans each query on
// first use (0.4–0.8 s here, against 20–60 ms after): a hundred users arriving at once would each
// pay for planning, together, on the same cores, and run into the query timeout. Arguments name
// nothing, so the answers are small; each optional filter is used both absent and given, so that
// every path through a query has run once.
import type { GraphStore } from './types.ts';

export async function warmUp(store: GraphStore): Promise<{ queries: number; failed: number; ms: number }> {
  const started = performance.now();
  const calls: (() => Promise<unknown>)[] = [
    () => store.health(),
    () => store.node('', { withRelations: true }),
    () => store.search('-', { limit: 1, withRelations: false }),
    () => store.search('-', { kinds: ['Person'], document: '', limit: 1, withRelations: true }),
    () => store.briefings(),
    () => store.briefings({ election: 0, document: '' }),
    () => store.attendance({}),
    () => store.attendance({ election: 0, first: 1, after: '' }),
    () => store.attendance({ event: '' }),
    () => store.attendance({ person: '' }),
    () => store.attendance({ document: '' }),
    () => store.attendance({ event: '', document: '' }),
    () => store.attendance({ person: '', document: '' }),
    () => store.incidents(),
    () => store.incidents({ document: '' }),
    () => store.trace(''),
    () => store.recommendations(),
    () => store.recommendations({ by: '', document: '' }),
    () => store.claims({}),
    () => store.claims({ about: '', by: '', document: '' }),
    () => store.neighborhood('', 1),
    () => store.path('', '-', 1),
    () => store.paths('', '-', { first: 1, maxHops: 1, without: [], avoid: [] }),
    () => store.graph({ limit: 1 }),
    () => store.graph({ kinds: ['Person'], election: 0, document: '', limit: 1 }),
    () => store.disagreements({ first: 1 }),
    () => store.disagreements({ about: '', document: '', first: 1 }),
    () => store.timeline({ first: 1 }),
    () => store.timeline({ document: '', election: 0, first: 1 }),
    () => store.documents(),
    () => store.document(''),
    () => store.paragraph('', 0),
    () => store.textSearch('x', { first: 1 }),
    () => store.textSearch('x', { document: '', first: 1 }),
  ];
  let failed = 0;
  // One at a time: planning in parallel is what this avoids.
  for (const call of calls) await call().catch(() => failed++);
  return { queries: calls.length, failed, ms: Math.round(performance.now() - started) };
}
