// The store annotate mode serves: the in-memory store of the graph last built, replaced after each
// saved change. The app holds this one object; every call goes to the store of the moment, so a
// request that began before a swap finishes on the graph it started with.
import type { GraphStore } from '../store/types.ts';

export interface SwappableStore {
  store: GraphStore;
  swap(next: GraphStore): void;
}

export function swappableStore(initial: GraphStore): SwappableStore {
  let current = initial;
  const store = new Proxy<GraphStore>(initial, {
    get(_target, key) {
      const value: unknown = Reflect.get(current, key, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
  return {
    store,
    swap(next) {
      // Not closed: a request that began on it may still be reading (an in-memory store holds nothing to release).
      current = next;
    },
  };
}
