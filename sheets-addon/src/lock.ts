/// <reference types="google-apps-script" />
import { UserError } from '../../shared/user-error';
import { BUSY } from './words';

/** How long a second person's run waits for the first to finish before it gives up and says so. */
const WAIT_MS = 30_000;

/**
 * Runs a read-compute-write under the document lock, so two people refreshing at once cannot interleave their
 * writes. Pending writes are flushed before the lock is let go, so the next run reads what this one wrote.
 */
export function underLock<T>(lock: GoogleAppsScript.Lock.Lock, work: () => T): T {
  try {
    lock.waitLock(WAIT_MS);
  } catch {
    throw new UserError(BUSY);
  }
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: work() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  let flushFailure: { error: unknown } | undefined;
  try {
    SpreadsheetApp.flush();
  } catch (error) {
    flushFailure = { error };
  } finally {
    lock.releaseLock();
  }
  // The work's own failure says what was and was not written; a flush failing after it must not hide that.
  if (!outcome.ok) throw outcome.error;
  if (flushFailure) throw flushFailure.error;
  return outcome.value;
}
