/**
 * One read-modify-write of a stored item at a time. Every Calendar tab shares calendar.google.com's Web Locks, so
 * two tabs never read the same value and then both write over it; where there are no Web Locks (tests in Node),
 * writes in this page still go one at a time.
 */

/** Runs `run` while holding the lock `name`. */
export type Lock = <T>(name: string, run: () => Promise<T>) => Promise<T>;

const tails = new Map<string, Promise<unknown>>();

/** A lock shared by everything in this page only. */
export const pageLock: Lock = (name, run) => {
  const result = (tails.get(name) ?? Promise.resolve()).then(run);
  // The next holder waits for this one to finish, failed or not.
  tails.set(
    name,
    result.catch(() => undefined),
  );
  return result;
};

/** The page's Web Locks (shared by every tab of the origin) where there are any, else pageLock. */
export function defaultLock(nav: { locks?: LockManager } | undefined = globalThis.navigator): Lock {
  const locks = nav?.locks;
  // request() resolves with what `run` resolves with (its typing says the promise itself).
  return locks ? (name, run) => locks.request(name, run) as ReturnType<typeof run> : pageLock;
}
