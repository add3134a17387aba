import { optionalId } from './args.ts';
import type { RootResolver } from './root.ts';

/** Query.incidents: optionally only those one document cites. */
export const incidents: RootResolver<'incidents'> = (_parent, args, { store }) => {
  const document = optionalId(args.document, 'document');
  return store.incidents(document === undefined ? {} : { document });
};
