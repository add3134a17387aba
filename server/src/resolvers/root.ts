// A root field's resolver as the SDL types it (../generated/schema-types.ts, from `npm run
// codegen`): the field's arguments after GraphQL's coercion, the context, and the store record it
// resolves to (the generator's mappers).
import type { QueryResolvers } from '../generated/schema-types.ts';

export type RootResolver<F extends keyof QueryResolvers> = NonNullable<QueryResolvers[F]>;
