import { intInRange, requiredId } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

/** Query.path: maxHops 1–8 (default 6); null when there is no such path or an id is unknown. */
export const path: RootResolver<'path'> = (_parent, args, { store }, info) => {
  const from = requiredId(args.from, 'from');
  const to = requiredId(args.to, 'to');
  return store.path(from, to, intInRange(args.maxHops, 'maxHops', 1, 8, 6), nestedNodes(info, [['nodes']]));
};
