import { SETTINGS_LIMITS, calendarOwnerItem } from '../../storage';
import { useStored } from './use-stored';
import { useSettingsForm } from './use-settings-form';
import { CategoriesSetting, EmailSetting, NumberSetting, TitlePatternsSetting } from './SettingsFields';

/** Email, title patterns, prompt count, nudge interval and categories; written once, when the user presses Save. */
export function SettingsSection() {
  const { draft, dirty, errors, status, setStatus, change, save } = useSettingsForm();
  const [owner] = useStored(calendarOwnerItem);

  if (!draft)
    return (
      <section aria-labelledby="settings-h">
        <h2 id="settings-h">Meetings and prompts</h2>
        <p>Loading…</p>
      </section>
    );

  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">Meetings and prompts</h2>
      <form onSubmit={save} noValidate>
        <EmailSetting owner={owner} value={draft.myEmail} error={errors.myEmail} onInput={(myEmail) => change({ myEmail })} />
        <TitlePatternsSetting
          value={draft.titlePatterns}
          error={errors.titlePatterns}
          onInput={(titlePatterns) => change({ titlePatterns })}
          onRestored={() => setStatus('Default title words restored. Save to keep them.')}
        />
        <div class="row">
          <NumberSetting
            id="prompt-count"
            label="Prompts to show"
            limits={SETTINGS_LIMITS.promptCount}
            value={draft.promptCount}
            error={errors.promptCount}
            onInput={(promptCount) => change({ promptCount })}
          />
          <NumberSetting
            id="nudge-days"
            label="Days before a career conversation is due"
            limits={SETTINGS_LIMITS.nudgeDays}
            helpAfter=", counted from the last one with that person"
            value={draft.nudgeDays}
            error={errors.nudgeDays}
            onInput={(nudgeDays) => change({ nudgeDays })}
          />
        </div>
        <CategoriesSetting used={draft.used} error={errors.used} onChange={(used) => change({ used })} />
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
