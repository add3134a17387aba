import type { RootResolver } from '../context.ts';
import type { ClaimRecord } from '../store/types.ts';
import { optionalId } from './args.ts';

/** Query.claims: filtered by what they are about and who made them, both when both are given. */
export const claims: RootResolver<ClaimRecord[]> = (_parent, args, { store }) => {
  const about = optionalId(args, 'about');
  const by = optionalId(args, 'by');
  return store.claims({ ...(about === undefined ? {} : { about }), ...(by === undefined ? {} : { by }) });
};
