import { daysBetween, isIsoDay } from '../dates';
import type { AskedPrompt } from '../types';
import type { MeetingRecord } from './types';

/** Whether a meeting held a career conversation: a prompt ticked as asked, or a note written. */
const held = (m: MeetingRecord) => m.asked.length > 0 || m.note.trim() !== '';

/**
 * The latest day up to today a career conversation was held with a person (by person key); null when never. A meeting
 * still to come does not count yet, even with a note written ahead of it.
 */
export function lastConversation(meetings: Record<string, MeetingRecord>, person: string, today: string): string | null {
  let last: string | null = null;
  for (const m of Object.values(meetings)) {
    if (m.person === person && held(m) && isIsoDay(m.day) && m.day <= today && (last === null || m.day > last)) last = m.day;
  }
  return last;
}

/** Whether a career conversation is due: never held, or held `nudgeDays` or more days ago. */
export function conversationDue(last: string | null, today: string, nudgeDays: number): { due: boolean; daysSince: number | null } {
  if (last === null || !isIsoDay(last) || !isIsoDay(today)) return { due: true, daysSince: null };
  const daysSince = daysBetween(last, today);
  return { due: daysSince >= nudgeDays, daysSince };
}

/**
 * What to say about a career conversation being due: 'first' when none was ever held (meeting someone for the first
 * time is not a lapse), 'lapsed' when the last one is `nudgeDays` or more days ago, 'none' when one is not due.
 */
export type NudgeKind = 'none' | 'first' | 'lapsed';

export function nudgeKind(nudge: { due: boolean; daysSince: number | null }): NudgeKind {
  if (!nudge.due) return 'none';
  return nudge.daysSince === null ? 'first' : 'lapsed';
}

/** The words for each kind, one source for the panel and the toolbar popup so both say the same. */
export const NUDGE_WORDS = { first: 'First career conversation', lapsed: 'Career conversation due' } as const;

/**
 * Every prompt asked of a person, with its meeting's day, oldest first. The meeting open now is left out, so ticking
 * today's prompts does not make them rotate away while the meeting is still going.
 */
export function historyFor(meetings: Record<string, MeetingRecord>, person: string, exceptMeeting?: string): AskedPrompt[] {
  return Object.entries(meetings)
    .filter(([id, m]) => id !== exceptMeeting && m.person === person)
    .sort(([, a], [, b]) => a.day.localeCompare(b.day))
    .flatMap(([, m]) => m.asked.map((promptId) => ({ promptId, askedOn: m.day })));
}
