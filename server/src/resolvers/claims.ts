import { optionalId } from './args.ts';
import type { RootResolver } from './root.ts';

/** Query.claims: filtered by what they are about and who made them and the document citing them; every filter given must hold. */
export const claims: RootResolver<'claims'> = (_parent, args, { store }) => {
  const about = optionalId(args.about, 'about');
  const by = optionalId(args.by, 'by');
  const document = optionalId(args.document, 'document');
  return store.claims({
    ...(about === undefined ? {} : { about }),
    ...(by === undefined ? {} : { by }),
    ...(document === undefined ? {} : { document }),
  });
};
