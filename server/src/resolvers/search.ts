import type { RootResolver } from '../context.ts';
import type { NodeRecord } from '../store/types.ts';
import { intInRange, optionalKinds, searchText } from './args.ts';
import { selectsField } from './selection.ts';

/** Query.search: limit 1–100 (default 20), text 1–200 characters. */
export const search: RootResolver<NodeRecord[]> = (_parent, args, { store }, info) => {
  const text = searchText(args);
  const kinds = optionalKinds(args);
  const limit = intInRange(args, 'limit', 1, 100, 20);
  return store.search(text, { limit, withRelations: selectsField(info, 'relations'), ...(kinds ? { kinds } : {}) });
};
