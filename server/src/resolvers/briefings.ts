import type { RootResolver } from './root.ts';

/** Query.briefings: optionally one election year. */
export const briefings: RootResolver<'briefings'> = (_parent, args, { store }) => store.briefings(args.election ?? undefined);
