import type { SessionStore } from '../store/types.js';

/**
 * A store that answers `overrides` for the methods given and passes every other call to `store` (bound
 * to it, so class-based stores work too). For checks that make a store fail, lose an acknowledgement or
 * count what it is asked.
 */
export function wrapStore(store: SessionStore, overrides: Partial<SessionStore>): SessionStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (typeof key === 'string' && Object.hasOwn(overrides, key)) return overrides[key as keyof SessionStore];
      const value: unknown = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
