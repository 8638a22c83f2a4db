import { useEffect, useState } from 'preact/hooks';
import { settingsItem } from '../../storage';
import { draftOf, readDraft, type SettingsDraft, type SettingsField } from './settings-form';

/** The settings form's state: the draft as typed, its errors and status line, and the save that checks and writes it. */
export function useSettingsForm() {
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [stored, setStored] = useState<SettingsDraft | null>(null);
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [status, setStatus] = useState('');

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

  const change = (patch: Partial<SettingsDraft>) => {
    if (draft) setDraft({ ...draft, ...patch });
    setStatus('');
  };

  const save = async (e: Event) => {
    e.preventDefault();
    if (!draft) return;
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

  return { draft, dirty, errors, status, setStatus, change, save };
}
