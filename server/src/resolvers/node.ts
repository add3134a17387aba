import { requiredId } from './args.ts';
import type { RootResolver } from './root.ts';
import { selectsField } from './selection.ts';

/** Query.node: null for an unknown id; relations only when the query selects them. */
export const node: RootResolver<'node'> = (_parent, args, { store }, info) =>
  store.node(requiredId(args.id, 'id'), { withRelations: selectsField(info, 'relations') });
