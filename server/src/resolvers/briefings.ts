import { optionalId } from './args.ts';
import type { RootResolver } from './root.ts';

/** Query.briefings: optionally one election year, or those one document cites. */
export const briefings: RootResolver<'briefings'> = (_parent, args, { store }) => {
  const election = args.election ?? undefined;
  const document = optionalId(args.document, 'document');
  return store.briefings({ ...(election === undefined ? {} : { election }), ...(document === undefined ? {} : { document }) });
};
