/** A failed storage write in words for the user: what went wrong and what to do, for the panel and the options page. */
import type { SaveProblem } from './storage';

/** How much of Chrome's message is kept, so the problem always fits one storage.sync item. */
const MESSAGE_CHARS = 300;

/** The text of whatever storage.set rejected with. */
function messageOf(error: unknown): string {
  const text = (error instanceof Error ? error.message : String(error)).trim();
  if (!text) return 'no reason given';
  return text.length > MESSAGE_CHARS ? `${text.slice(0, MESSAGE_CHARS)}…` : text;
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
    advice:
      'Keep the Calendar tab open: Trellis tries again with your next change, or press Try again in its panel. ' +
      'If it keeps failing, copy your note somewhere safe and restart Chrome.',
  };
}
