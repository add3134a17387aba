import { optionalId } from './args.ts';
import type { RootResolver } from './root.ts';
import { nestedNodes } from './selection.ts';

/** Query.recommendations: optionally only those made by one actor, or cited by one document. */
export const recommendations: RootResolver<'recommendations'> = (_parent, args, { store }, info) => {
  const by = optionalId(args.by, 'by');
  const document = optionalId(args.document, 'document');
  return store.recommendations(
    { ...(by === undefined ? {} : { by }), ...(document === undefined ? {} : { document }) },
    nestedNodes(info, [['by'], ['addressedTo'], ['about']]),
  );
};
