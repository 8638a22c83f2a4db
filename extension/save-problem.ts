/** A failed storage write in words for the user: what went wrong and what to do, for the panel and the options page. */
import type { SaveProblem } from './storage';

/** The text of whatever storage.set rejected with. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim() || 'no reason given';
}

/** The problem a failed write is shown as; Chrome's quota errors name the quota ("QUOTA_BYTES quota exceeded"). */
export function describeSaveFailure(error: unknown, at: Date): SaveProblem {
  const message = messageOf(error);
  if (/quota/i.test(message)) {
    return {
      at: at.toISOString(),
      reason: "Chrome's storage for Trellis is full",
      advice:
        'Copy your note somewhere safe. To make room, open the Trellis options page and remove the imported plans, ' +
        'or export everything and delete what Trellis stored; then press Try again in the Trellis panel.',
    };
  }
  return {
    at: at.toISOString(),
    reason: `Chrome could not write to its storage (${message})`,
    advice: 'Keep the Calendar tab open: Trellis tries again with your next change, or press Try again in its panel. ' +
      'If it keeps failing, copy your note somewhere safe and restart Chrome.',
  };
}
