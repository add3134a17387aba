// Which election years each node belongs to, derived once from the curated edges so that every
// store filters by election the same way. A node belongs to an election when it is the election,
// is linked to it (PART_OF, PRECEDED, ABOUT — also through a chain of PART_OF), or is one hop
// from such a node (the people who attended a briefing, the responses to an incident).
import type { GraphEdge, GraphNode } from '../../graph/src/model.ts';

const SCOPE_RELATIONS = new Set(['PART_OF', 'PRECEDED', 'ABOUT']);

export function deriveElections(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): Map<string, number[]> {
  const years = new Map<string, number>();
  for (const n of nodes) {
    const year = n.kind === 'Election' ? Number(n.properties?.year ?? n.date?.slice(0, 4)) : NaN;
    if (Number.isInteger(year)) years.set(n.id, year);
  }
  const roots = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, id: string, year: number) => {
    const set = map.get(id) ?? new Set<number>();
    set.add(year);
    map.set(id, set);
  };
  for (const [id, year] of years) add(roots, id, year);
  // Follow scope links towards elections until nothing changes (chains are short).
  let changed = true;
  while (changed) {
    changed = false;
    for (const e of edges) {
      if (!SCOPE_RELATIONS.has(e.type)) continue;
      for (const year of roots.get(e.target) ?? []) {
        if (!roots.get(e.source)?.has(year)) {
          add(roots, e.source, year);
          changed = true;
        }
      }
    }
  }
  const result = new Map<string, Set<number>>();
  for (const [id, set] of roots) for (const y of set) add(result, id, y);
  for (const e of edges) {
    // Actors and groups near an election event belong to it; other elections do not spread further.
    for (const [from, to] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (years.has(from) && !years.has(to) && !SCOPE_RELATIONS.has(e.type)) continue;
      for (const y of roots.get(from) ?? []) if (!years.has(to)) add(result, to, y);
    }
  }
  return new Map([...result].map(([id, set]) => [id, [...set].sort((a, b) => a - b)]));
}
