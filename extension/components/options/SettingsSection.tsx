import { useEffect, useState } from 'preact/hooks';
import type { Fundamental, PromptCategory } from '../../../shared/types';
import { CATEGORIES } from '../../../shared/prompts/categories';
import { DEFAULT_TITLE_PATTERNS } from '../../../shared/meeting/one-on-one';
import { SETTINGS_LIMITS, calendarOwnerItem, settingsItem } from '../../storage';
import { useStored } from './use-stored';
import { Field } from './Field';
import { draftOf, readDraft, type SettingsDraft, type SettingsField } from './settings-form';

const FUNDAMENTALS: { id: Fundamental; label: string }[] = [
  { id: 'ask', label: 'Asking about the career' },
  { id: 'path', label: 'Paths beside management' },
  { id: 'commit', label: 'Committing to a written plan' },
];

/** Email, title patterns, prompt count, nudge interval and categories; written once, when the user presses Save. */
export function SettingsSection() {
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [stored, setStored] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = useState('');
  const [owner] = useStored(calendarOwnerItem);

  useEffect(() => {
    settingsItem.getValue().then((s) => {
      setDraft(draftOf(s));
      setStored(draftOf(s));
    });
  }, []);

  const dirty = draft !== null && JSON.stringify(draft) !== JSON.stringify(stored);
  useEffect(() => {
    if (!dirty) return;
    // Unsaved text is never lost silently: the browser asks before the tab closes.
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  if (!draft) return <section aria-labelledby="settings-h"><h2 id="settings-h">Meetings and prompts</h2><p>Loading…</p></section>;

  const change = (patch: Partial<SettingsDraft>) => {
    setDraft({ ...draft, ...patch });
    setStatus('');
  };
  const toggle = (id: PromptCategory, on: boolean) =>
    change({ used: CATEGORIES.map((c) => c.id).filter((c) => (c === id ? on : draft.used.includes(c))) });

  const save = async (e: Event) => {
    e.preventDefault();
    const result = readDraft(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus('Not saved: fix the fields marked below, then save again.');
      return;
    }
    try {
      await settingsItem.setValue(result.settings);
      setErrors({});
      setDraft(draftOf(result.settings));
      setStored(draftOf(result.settings));
      setStatus('Saved.');
    } catch (err) {
      setStatus(`Not saved: Chrome refused the change (${String(err)}). Your changes are still here; try again in a minute.`);
    }
  };

  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">Meetings and prompts</h2>
      <form onSubmit={save} noValidate>
        <Field
          id="my-email"
          label="Your email"
          help={
            owner
              ? `Leave empty to use ${owner}, the calendar owner Trellis last read from Calendar.`
              : 'Leave empty to use the owner of the calendar you are looking at, read from the Calendar page.'
          }
          error={errors.myEmail}
        >
          {(describedBy, invalid) => (
            <input
              id="my-email"
              type="email"
              autocomplete="email"
              placeholder={owner ?? 'The calendar owner'}
              maxLength={SETTINGS_LIMITS.emailLength}
              value={draft.myEmail}
              aria-describedby={describedBy || undefined}
              aria-invalid={invalid}
              onInput={(e) => change({ myEmail: e.currentTarget.value })}
            />
          )}
        </Field>

        <Field
          id="title-patterns"
          label="Title words that mark a one-on-one"
          help={`One a line, up to ${SETTINGS_LIMITS.titlePatterns}. Titles shaped "Ana / Dev" count anyway.`}
          error={errors.titlePatterns}
          after={
            <button
              type="button"
              class="text"
              onClick={() => {
                change({ titlePatterns: DEFAULT_TITLE_PATTERNS.join('\n') });
                setStatus('Default title words restored. Save to keep them.');
              }}
            >
              Restore default title words
            </button>
          }
        >
          {(describedBy, invalid) => (
            <textarea
              id="title-patterns"
              rows={8}
              value={draft.titlePatterns}
              aria-describedby={describedBy || undefined}
              aria-invalid={invalid}
              onInput={(e) => change({ titlePatterns: e.currentTarget.value })}
            />
          )}
        </Field>

        <div class="row">
          <Field id="prompt-count" label="Prompts to show" help={`From ${SETTINGS_LIMITS.promptCount.min} to ${SETTINGS_LIMITS.promptCount.max}.`} error={errors.promptCount}>
            {(describedBy, invalid) => (
              <input
                id="prompt-count"
                type="number"
                inputMode="numeric"
                min={SETTINGS_LIMITS.promptCount.min}
                max={SETTINGS_LIMITS.promptCount.max}
                value={draft.promptCount}
                aria-describedby={describedBy || undefined}
                aria-invalid={invalid}
                onInput={(e) => change({ promptCount: e.currentTarget.value })}
              />
            )}
          </Field>
          <Field
            id="nudge-days"
            label="Days before a career conversation is due"
            help={`From ${SETTINGS_LIMITS.nudgeDays.min} to ${SETTINGS_LIMITS.nudgeDays.max}, counted from the last one with that person.`}
            error={errors.nudgeDays}
          >
            {(describedBy, invalid) => (
              <input
                id="nudge-days"
                type="number"
                inputMode="numeric"
                min={SETTINGS_LIMITS.nudgeDays.min}
                max={SETTINGS_LIMITS.nudgeDays.max}
                value={draft.nudgeDays}
                aria-describedby={describedBy || undefined}
                aria-invalid={invalid}
                onInput={(e) => change({ nudgeDays: e.currentTarget.value })}
              />
            )}
          </Field>
        </div>

        <fieldset class="categories" aria-describedby={errors.used ? 'categories-error' : undefined}>
          <legend>Prompt categories to use</legend>
          {FUNDAMENTALS.map((f) => (
            <fieldset key={f.id}>
              <legend>{f.label}</legend>
              {CATEGORIES.filter((c) => c.fundamental === f.id).map((c) => (
                <label key={c.id} class="check">
                  <input type="checkbox" checked={draft.used.includes(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
                  {c.label}
                </label>
              ))}
            </fieldset>
          ))}
          {errors.used && (
            <p class="error" id="categories-error">
              {errors.used}
            </p>
          )}
        </fieldset>

        <div class="actions">
          <button type="submit" class="primary" disabled={!dirty}>
            Save
          </button>
          <p class="status" role="status">
            {status || (dirty ? 'You have unsaved changes.' : '')}
          </p>
        </div>
      </form>
    </section>
  );
}
