/**
 * Edits of the stored maps (meetings, people, overrides) as data. A Calendar tab applies its own edits onto the
 * latest stored value rather than writing its whole copy, so what another tab saved in between is kept. Applying an
 * edit twice gives the same map, so a tab may re-apply its unsaved edits onto every value that arrives.
 */
import type { MeetingRecord } from './types';

/** What an edit of a meeting does: replace its note, or tick or untick one prompt. */
export type MeetingEdit = { note: string } | { promptId: string; asked: boolean };

/** One edit of one meeting. */
export type MeetingChange = {
  /** The meeting's key in the meetings map. */
  id: string;
  /** Whom and which day, for a meeting not stored yet. */
  person: string;
  day: string;
  /** ISO timestamp of the edit. */
  at: string;
} & MeetingEdit;

/** One key of a map set to a value, or removed (null). */
export interface KeyChange<V> {
  key: string;
  value: V | null;
}

function toggled(asked: string[], promptId: string, on: boolean): string[] {
  if (on) return asked.includes(promptId) ? asked : [...asked, promptId];
  return asked.filter((id) => id !== promptId);
}

/** The meetings with one edit applied: only the edited field of the one meeting changes. */
export function applyMeetingChange(meetings: Record<string, MeetingRecord>, change: MeetingChange): Record<string, MeetingRecord> {
  const before: MeetingRecord = meetings[change.id] ?? { person: change.person, day: change.day, asked: [], note: '', updatedAt: '' };
  const edited =
    'note' in change ? { ...before, note: change.note } : { ...before, asked: toggled(before.asked, change.promptId, change.asked) };
  // The latest edit's time, whichever tab made it, so re-applying an older edit never moves it back.
  // ISO timestamps: the later one is the greater string.
  const updatedAt = [before.updatedAt, change.at].sort().at(-1)!;
  return { ...meetings, [change.id]: { ...edited, updatedAt } };
}

/** Whether two meeting edits change the same thing (the note, or one prompt's tick), so the later one replaces the earlier. */
export function sameMeetingTarget(a: MeetingChange, b: MeetingChange): boolean {
  if (a.id !== b.id) return false;
  if ('note' in a) return 'note' in b;
  return 'promptId' in b && a.promptId === b.promptId;
}

/** Whether two key edits change the same key. */
export function sameKey<V>(a: KeyChange<V>, b: KeyChange<V>): boolean {
  return a.key === b.key;
}

/** The map with one key set or removed; every other key as it was. */
export function applyKeyChange<V>(map: Record<string, V>, change: KeyChange<V>): Record<string, V> {
  const next = { ...map };
  if (change.value === null) delete next[change.key];
  else next[change.key] = change.value;
  return next;
}
