import { NotFoundError } from '../errors.ts';
import { requiredId } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

/**
 * Query.trace: Trace! cannot be null, so an unknown id is NOT_FOUND; a node with nothing to trace
 * is refused by the store with NotTraceableError (BAD_USER_INPUT).
 */
export const trace: RootResolver<'trace'> = async (_parent, args, { store }, info) => {
  const id = requiredId(args.incident, 'incident');
  const record = await store.trace(
    id,
    nestedNodes(info, [
      ['steps', 'actors'],
      ['steps', 'links', 'node'],
    ]),
  );
  if (!record) throw new NotFoundError('node', id);
  return record;
};
