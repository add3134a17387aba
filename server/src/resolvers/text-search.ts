import { intInRange, optionalId, searchText } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

/** Query.textSearch: text 1–200 characters, first 1–100 (default 20), like search. */
export const textSearch: RootResolver<'textSearch'> = (_parent, args, { store }, info) => {
  const text = searchText(args.text, 'text');
  const document = optionalId(args.document, 'document');
  const first = intInRange(args.first, 'first', 1, 100, 20);
  return store.textSearch(text, { first, ...(document !== undefined ? { document } : {}) }, nestedNodes(info, [['mentions']]));
};
