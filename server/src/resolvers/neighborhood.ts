import type { RootResolver } from '../context.ts';
import type { SubgraphRecord } from '../store/types.ts';
import { intInRange, requiredId } from './args.ts';
import { nestedNodes } from './selection.ts';

/** Query.neighborhood: depth 1–3; null for an unknown id. */
export const neighborhood: RootResolver<SubgraphRecord | null> = (_parent, args, { store }, info) => {
  const id = requiredId(args, 'id');
  return store.neighborhood(id, intInRange(args, 'depth', 1, 3, 1), nestedNodes(info, [['nodes']]));
};
