import { intInRange, optionalId } from './args.ts';
import type { RootResolver } from './root.ts';

export const MAX_DISAGREEMENTS = 500;

/** Query.disagreements: optionally about one node or from one document; first 1–500 (default 100). */
export const disagreements: RootResolver<'disagreements'> = (_parent, args, { store }) => {
  const about = optionalId(args.about, 'about');
  const document = optionalId(args.document, 'document');
  const first = intInRange(args.first, 'first', 1, MAX_DISAGREEMENTS, 100);
  return store.disagreements({ first, ...(about === undefined ? {} : { about }), ...(document === undefined ? {} : { document }) });
};
