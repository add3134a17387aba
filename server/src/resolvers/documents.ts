import type { RootResolver } from '../context.ts';
import type { DocumentRecord } from '../store/types.ts';

/** Query.documents */
export const documents: RootResolver<DocumentRecord[]> = (_parent, _args, { store }) => store.documents();
