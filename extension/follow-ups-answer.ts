/** The background worker's answer to a follow-ups request (follow-ups-message.ts): the bank's follow-ups of a prompt. */
import { FOLLOW_UPS } from '../shared/prompts/follow-ups';

/** The follow-ups of a prompt of the bank; none for a prompt the bank does not have (a manager's own). */
export function followUpsOf(promptId: string): string[] {
  return Object.hasOwn(FOLLOW_UPS, promptId) ? [...(FOLLOW_UPS[promptId] ?? [])] : [];
}
