import type { RootResolver } from '../context.ts';
import type { SubgraphRecord } from '../store/types.ts';
import { intInRange, optionalInt, optionalKinds } from './args.ts';
import { nestedNodes } from './selection.ts';

/** Query.graph: limit 1–5000 nodes (default 2000). */
export const graph: RootResolver<SubgraphRecord> = (_parent, args, { store }, info) => {
  const kinds = optionalKinds(args);
  const election = optionalInt(args, 'election');
  const limit = intInRange(args, 'limit', 1, 5000, 2000);
  return store.graph({ limit, ...(kinds ? { kinds } : {}), ...(election === undefined ? {} : { election }) }, nestedNodes(info, [['nodes']]));
};
