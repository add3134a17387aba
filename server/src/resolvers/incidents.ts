import type { RootResolver } from '../context.ts';
import type { IncidentRecord } from '../store/types.ts';

/** Query.incidents */
export const incidents: RootResolver<IncidentRecord[]> = (_parent, _args, { store }) => store.incidents();
