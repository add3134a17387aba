import type { RootResolver } from '../context.ts';
import type { RecommendationRecord } from '../store/types.ts';
import { optionalId } from './args.ts';
import { nestedNodes } from './selection.ts';

/** Query.recommendations: optionally only those made by one actor. */
export const recommendations: RootResolver<RecommendationRecord[]> = (_parent, args, { store }, info) =>
  store.recommendations(optionalId(args, 'by'), nestedNodes(info, [['by'], ['addressedTo'], ['about']]));
