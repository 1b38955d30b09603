/** A set of change listeners; a throwing listener never stops the others. */
export interface Listeners {
  /** Adds a listener; returns its removal. */
  add(listener: () => void): () => void;
  /** Calls every listener. */
  notify(): void;
  /** How many are listening. */
  readonly size: number;
}

/** Creates an empty {@link Listeners}. */
export function createListeners(): Listeners {
  const set = new Set<() => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
    notify() {
      for (const listener of [...set]) {
        try {
          listener();
        } catch {
          // One UI's failure must not starve the others.
        }
      }
    },
    get size() {
      return set.size;
    },
  };
}
