import { optionalId } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

/** Query.recommendations: optionally only those made by one actor. */
export const recommendations: RootResolver<'recommendations'> = (_parent, args, { store }, info) =>
  store.recommendations(optionalId(args.by, 'by'), nestedNodes(info, [['by'], ['addressedTo'], ['about']]));
