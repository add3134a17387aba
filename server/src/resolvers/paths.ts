import { BadUserInputError, LimitExceededError } from '../errors.ts';
import { intInRange, requiredId } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

/** More nodes to avoid than anyone picks by hand; a longer list is not worth a store call. */
export const MAX_AVOIDED = 50;

/** Query.paths: first 1–5 (default 5), maxHops 1–8 (default 6); `avoid` may not name an end. */
export const paths: RootResolver<'paths'> = (_parent, args, { store }, info) => {
  const from = requiredId(args.from, 'from');
  const to = requiredId(args.to, 'to');
  const avoid = [...new Set((args.avoid ?? []).map((id) => requiredId(id, 'avoid')))];
  if (avoid.length > MAX_AVOIDED)
    throw new LimitExceededError(`avoid may name at most ${MAX_AVOIDED} nodes; it named ${avoid.length}.`, 'avoid');
  const end = avoid.find((id) => id === from || id === to);
  if (end !== undefined)
    throw new BadUserInputError(`avoid names "${end}", an end of the path: a path cannot leave out its own ends.`, 'avoid');
  return store.paths(
    from,
    to,
    {
      first: intInRange(args.first, 'first', 1, 5, 5),
      maxHops: intInRange(args.maxHops, 'maxHops', 1, 8, 6),
      without: [...new Set(args.without ?? [])],
      avoid,
    },
    nestedNodes(info, [['nodes']]),
  );
};
