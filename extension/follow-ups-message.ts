/**
 * "The follow-ups of this prompt": asked by the Calendar panel when a manager opens a prompt's follow-ups, answered
 * by the background service worker (follow-ups-answer.ts), so the bank's follow-ups (about 2.5 KB gzipped) stay out
 * of the content script that Calendar loads on every page. Plain types and checks only.
 */
export interface FollowUpsRequest {
  type: 'trellis:follow-ups';
  promptId: string;
}

export function followUpsRequest(promptId: string): FollowUpsRequest {
  return { type: 'trellis:follow-ups', promptId };
}

/** Whether a message is a follow-ups request, shaped as followUpsRequest makes it. */
export function isFollowUpsRequest(message: unknown): message is FollowUpsRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'trellis:follow-ups' && typeof m.promptId === 'string';
}

/** The answer as the panel can use it: a list of questions, else null (no answer, or not one the worker gives). */
export function followUpsReply(reply: unknown): string[] | null {
  return Array.isArray(reply) && reply.every((q) => typeof q === 'string') ? reply : null;
}
