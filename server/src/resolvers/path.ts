import type { RootResolver } from '../context.ts';
import type { SubgraphRecord } from '../store/types.ts';
import { intInRange, requiredId } from './args.ts';
import { nestedNodes } from './selection.ts';

/** Query.path: maxHops 1–8 (default 6); null when there is no such path or an id is unknown. */
export const path: RootResolver<SubgraphRecord | null> = (_parent, args, { store }, info) => {
  const from = requiredId(args, 'from');
  const to = requiredId(args, 'to');
  return store.path(from, to, intInRange(args, 'maxHops', 1, 8, 6), nestedNodes(info, [['nodes']]));
};
