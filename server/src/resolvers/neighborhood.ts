import { intInRange, requiredId } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

/** Query.neighborhood: depth 1–3; null for an unknown id. */
export const neighborhood: RootResolver<'neighborhood'> = (_parent, args, { store }, info) => {
  const id = requiredId(args.id, 'id');
  return store.neighborhood(id, intInRange(args.depth, 'depth', 1, 3, 1), nestedNodes(info, [['nodes']]));
};
