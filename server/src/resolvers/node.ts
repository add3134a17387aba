import type { RootResolver } from '../context.ts';
import type { NodeRecord } from '../store/types.ts';
import { requiredId } from './args.ts';
import { selectsField } from './selection.ts';

/** Query.node: null for an unknown id; relations only when the query selects them. */
export const node: RootResolver<NodeRecord | null> = (_parent, args, { store }, info) =>
  store.node(requiredId(args, 'id'), { withRelations: selectsField(info, 'relations') });
