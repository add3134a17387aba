// What every resolver receives: the one store of this process.
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphStore } from './store/types.ts';

export interface AppContext {
  store: GraphStore;
}

/**
 * A root field resolver. Arguments arrive as `unknown` values: graphql-js has coerced them to the
 * SDL's types, and resolvers/args.ts checks them again (and their ranges) without casting.
 */
export type RootResolver<R> = (
  parent: unknown,
  args: Record<string, unknown>,
  context: AppContext,
  info: GraphQLResolveInfo,
) => Promise<R>;
