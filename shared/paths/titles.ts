/**
 * A job title one step up, in the person's own words, for titles below senior: "Junior Developer" becomes
 * "Developer", "SDE 1" becomes "SDE 2", "Data Analyst" becomes "Senior Data Analyst". A title that already says
 * senior (or lead, staff, architect…) has no such step: there the growth is in scope, and no title is made up.
 */

/** Words that say a title is already senior or beyond; "Senior" in front of them would make no sense. */
const SENIOR_WORDS = /\b(?:senior|sr|lead|staff|principal|distinguished|architect|fellow|head|chief|director|manager|vp)\b/i;
/** A junior qualifier in front of the title; what is left is the next title. */
const JUNIOR_PREFIX = /^(?:junior|jr|associate|graduate|trainee)\b\.?\s*/i;
const JUNIOR_WORD = /\b(?:junior|jr)\b/i;
/** A level number at the end: I and 1 step to II and 2; II and 2 step to senior. */
const LEVEL_NUMBER = /[\s-]+(i|ii|1|2)$/i;
/** Short words written in capitals whatever the roster's case. */
const ACRONYM = /^(?:sde|sdet|qa|ui|ux|sre|ml|ai|it|bi)$/i;

/** Whether a title already says senior or beyond (senior, lead, staff, principal, architect, head, manager…). */
export function isSeniorTitle(role: string): boolean {
  return SENIOR_WORDS.test(role);
}

/** A word as a title writes it: "developer" and "DEVELOPER" read "Developer"; "iOS", "SDE" and "back-end" keep their shape. */
function titleWord(word: string): string {
  if (ACRONYM.test(word)) return word.toUpperCase();
  const upper = word.toUpperCase();
  if (word === word.toLowerCase() || (word === upper && word.length > 3)) return upper.charAt(0) + word.slice(1).toLowerCase();
  return word;
}

const titled = (words: string) => words.split(' ').map(titleWord).join(' ');

/** The title one step up from a role below senior, in its own words; '' for a blank role or one already senior. */
export function nextTitleBelowSenior(role: string): string {
  const words = role.trim().replace(/\s+/g, ' ');
  if (!words || isSeniorTitle(words)) return '';
  const unqualified = words.replace(JUNIOR_PREFIX, '');
  // A junior qualifier anywhere else ("Engineer (Junior)") is not guessed at: no title is better than a wrong one.
  if (!unqualified || JUNIOR_WORD.test(unqualified)) return '';
  if (unqualified !== words) return titled(unqualified);
  const number = LEVEL_NUMBER.exec(words);
  if (!number) return `Senior ${titled(words)}`;
  const base = titled(words.slice(0, number.index));
  const level = number[1]!.toLowerCase();
  if (level === 'i') return `${base} II`;
  if (level === '1') return `${base} 2`;
  return `Senior ${base}`;
}
