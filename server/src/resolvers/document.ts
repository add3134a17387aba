import { requiredId } from './args.ts';
import type { RootResolver } from './root.ts';

/** Query.document: null when there is no such document. */
export const document: RootResolver<'document'> = (_parent, args, { store }) => store.document(requiredId(args.id, 'id'));
