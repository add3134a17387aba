// What every resolver receives: the one store of this process. The resolvers' own types are
// generated from the SDL (generated/schema-types.ts; resolvers/root.ts).
import type { GraphStore } from './store/types.ts';

export interface AppContext {
  store: GraphStore;
}
