/** The change listeners of the store or the controller; one that throws is reported and never stops the others. */

/** A set of listeners to call on every change. */
export interface Listeners {
  /** Adds `listener`; returns the function that removes it. */
  subscribe(listener: () => void): () => void;
  /** Calls every listener, each guarded. */
  notify(): void;
  clear(): void;
}

/** Creates an empty set of listeners that report what they throw to `onError`. */
export function createListeners(onError: (error: unknown) => void): Listeners {
  const listeners = new Set<() => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notify() {
      for (const listener of [...listeners]) {
        try {
          listener();
        } catch (error) {
          onError(error);
        }
      }
    },
    clear: () => listeners.clear(),
  };
}
