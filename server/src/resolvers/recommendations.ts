import type { RootResolver } from '../context.ts';
import type { RecommendationRecord } from '../store/types.ts';
import { optionalId } from './args.ts';

/** Query.recommendations: optionally only those made by one actor. */
export const recommendations: RootResolver<RecommendationRecord[]> = (_parent, args, { store }) =>
  store.recommendations(optionalId(args, 'by'));
