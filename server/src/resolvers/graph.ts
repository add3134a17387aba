import { intInRange, optionalId, optionalKinds } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

/** Query.graph: limit 1–5000 nodes (default 2000). */
export const graph: RootResolver<'graph'> = (_parent, args, { store }, info) => {
  const kinds = optionalKinds(args.kinds);
  const election = args.election ?? undefined;
  const document = optionalId(args.document, 'document');
  const limit = intInRange(args.limit, 'limit', 1, 5000, 2000);
  return store.graph(
    {
      limit,
      ...(kinds ? { kinds } : {}),
      ...(election === undefined ? {} : { election }),
      ...(document === undefined ? {} : { document }),
    },
    nestedNodes(info, [['nodes']]),
  );
};
