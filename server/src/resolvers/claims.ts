import { optionalId } from './args.ts';
import type { RootResolver } from './root.ts';

/** Query.claims: filtered by what they are about and who made them, both when both are given. */
export const claims: RootResolver<'claims'> = (_parent, args, { store }) => {
  const about = optionalId(args.about, 'about');
  const by = optionalId(args.by, 'by');
  return store.claims({ ...(about === undefined ? {} : { about }), ...(by === undefined ? {} : { by }) });
};
