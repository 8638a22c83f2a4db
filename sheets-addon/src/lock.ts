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
  let failed = false;
  try {
    return work();
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    try {
      SpreadsheetApp.flush();
    } catch (flushError) {
      // The work's own failure says what was and was not written; a flush failing after it must not hide that.
      if (!failed) throw flushError;
    } finally {
      lock.releaseLock();
    }
  }
}
