/** The store's writes in flight, so a caller (a test, the page closing) can wait until none is left. */

/** Writes started so far, and a wait for them. */
export interface Writes {
  /** Counts a write already running. */
  track(running: Promise<unknown>): void;
  /** Starts a write whose failure only goes to onError (best effort). */
  write(run: () => Promise<unknown>): void;
  /** Resolves when every write started so far, and any it started, has finished. */
  idle(): Promise<void>;
}

/** Creates the tracker; a failed best-effort write is handed to `onError`. */
export function createWrites(onError: (error: unknown) => void): Writes {
  let writes: Promise<unknown> = Promise.resolve();
  const track = (running: Promise<unknown>) => {
    writes = Promise.all([writes, running]);
  };
  return {
    track,
    write: (run) => track(run().catch(onError)),
    async idle() {
      // A write may start another (a failed save records its problem), so wait until none is left.
      for (let seen = writes; ; seen = writes) {
        await seen;
        if (seen === writes) return;
      }
    },
  };
}
