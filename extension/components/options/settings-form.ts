/** The options page's settings form as plain data: the text a user typed, checked against limits that keep it in one sync item. */
import { isEmail } from '../../../shared/email';
import type { PromptCategory } from '../../../shared/types';
import { CATEGORIES } from '../../../shared/prompts/categories';
import { SETTINGS_LIMITS, fitsSyncItem, type Settings } from '../../storage';

/** What the form holds while a user types: text as typed, so nothing typed is ever thrown away. */
export interface SettingsDraft {
  myEmail: string;
  titlePatterns: string;
  promptCount: string;
  nudgeDays: string;
  used: PromptCategory[];
}

export type SettingsField = 'myEmail' | 'titlePatterns' | 'promptCount' | 'nudgeDays' | 'used';

export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: Partial<Record<SettingsField, string>> };

/** The draft a stored Settings value shows as. */
export function draftOf(settings: Settings): SettingsDraft {
  return {
    myEmail: settings.myEmail,
    titlePatterns: settings.titlePatterns.join('\n'),
    promptCount: String(settings.promptCount),
    nudgeDays: String(settings.nudgeDays),
    used: CATEGORIES.map((c) => c.id).filter((id) => !settings.skippedCategories.includes(id)),
  };
}

/** The title patterns in a textarea: one a line, trimmed, blanks and repeats dropped. */
export function patternLines(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const pattern = line.trim().replace(/\s+/g, ' ');
    if (pattern && !seen.has(pattern.toLowerCase())) {
      seen.add(pattern.toLowerCase());
      out.push(pattern);
    }
  }
  return out;
}

function wholeNumber(text: string, { min, max }: { min: number; max: number }, what: string): number | string {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n) || n < min || n > max) return `Enter a whole number of ${what} from ${min} to ${max}.`;
  return n;
}

/** Checks a draft and turns it into Settings, or says what to fix in each field. */
export function readDraft(draft: SettingsDraft): FormResult {
  const errors: Partial<Record<SettingsField, string>> = {};
  const myEmail = draft.myEmail.trim().toLowerCase();
  if (myEmail.length > SETTINGS_LIMITS.emailLength)
    errors.myEmail = `That address is longer than ${SETTINGS_LIMITS.emailLength} characters.`;
  else if (myEmail && !isEmail(myEmail))
    errors.myEmail = 'That does not look like an email address. Check it, or leave it empty to use the calendar owner.';

  const titlePatterns = patternLines(draft.titlePatterns);
  const long = titlePatterns.find((p) => p.length > SETTINGS_LIMITS.titlePatternLength);
  if (titlePatterns.length > SETTINGS_LIMITS.titlePatterns) {
    errors.titlePatterns = `Keep it to ${SETTINGS_LIMITS.titlePatterns} patterns or fewer (there are ${titlePatterns.length}).`;
  } else if (long) {
    errors.titlePatterns = `"${long.slice(0, 20)}…" is longer than ${SETTINGS_LIMITS.titlePatternLength} characters; shorten it.`;
  }

  const promptCount = wholeNumber(draft.promptCount, SETTINGS_LIMITS.promptCount, 'prompts');
  if (typeof promptCount === 'string') errors.promptCount = promptCount;
  const nudgeDays = wholeNumber(draft.nudgeDays, SETTINGS_LIMITS.nudgeDays, 'days');
  if (typeof nudgeDays === 'string') errors.nudgeDays = nudgeDays;
  if (draft.used.length === 0) errors.used = 'Choose at least one category, or there will be nothing to ask.';

  if (Object.keys(errors).length > 0 || typeof promptCount === 'string' || typeof nudgeDays === 'string') {
    return { ok: false, errors };
  }
  const settings: Settings = {
    myEmail,
    titlePatterns,
    promptCount,
    nudgeDays,
    skippedCategories: CATEGORIES.map((c) => c.id).filter((id) => !draft.used.includes(id)),
  };
  // The limits above keep this true; checked anyway, since a write over quota is rejected by Chrome.
  if (!fitsSyncItem('settings', settings))
    return { ok: false, errors: { titlePatterns: 'These settings are too large to sync; remove some title patterns.' } };
  return { ok: true, settings };
}
