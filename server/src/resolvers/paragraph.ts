import { requiredId } from './args.ts';
import type { RootResolver } from './root.ts';

/** Query.paragraph: null when the document has no such paragraph. */
export const paragraph: RootResolver<'paragraph'> = (_parent, args, { store }) =>
  store.paragraph(requiredId(args.document, 'document'), args.number);
