import { intInRange, optionalId, optionalKinds, searchText } from './args.ts';
import type { RootResolver } from './root.ts';
import { selectsField } from './selection.ts';

/** Query.search: limit 1–100 (default 20), text 1–200 characters. */
export const search: RootResolver<'search'> = (_parent, args, { store }, info) => {
  const text = searchText(args.text, 'text');
  const kinds = optionalKinds(args.kinds);
  const document = optionalId(args.document, 'document');
  const limit = intInRange(args.limit, 'limit', 1, 100, 20);
  return store.search(text, {
    limit,
    withRelations: selectsField(info, 'relations'),
    ...(kinds ? { kinds } : {}),
    ...(document === undefined ? {} : { document }),
  });
};
