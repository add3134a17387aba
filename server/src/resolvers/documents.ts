import type { RootResolver } from './root.ts';

/** Query.documents */
export const documents: RootResolver<'documents'> = (_parent, _args, { store }) => store.documents();
