import type { RootResolver } from '../context.ts';
import type { BriefingRecord } from '../store/types.ts';
import { optionalInt } from './args.ts';

/** Query.briefings: optionally one election year. */
export const briefings: RootResolver<BriefingRecord[]> = (_parent, args, { store }) => store.briefings(optionalInt(args, 'election'));
