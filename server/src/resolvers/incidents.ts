import type { RootResolver } from './root.ts';

/** Query.incidents */
export const incidents: RootResolver<'incidents'> = (_parent, _args, { store }) => store.incidents();
