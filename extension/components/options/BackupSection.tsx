import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { localDay } from '../../../shared/dates';
import { plural } from '../../../shared/plural';
import { backupFileName, deleteAll, exportAll, importAll, parseBackup, type BackupFile } from '../../backup';
import { download } from './download';
import { takeFile, when } from './format';

/** What a backup holds, in a sentence for the confirm step. */
function summary(data: BackupFile): string {
  const { items } = data;
  const goals = Object.keys(items.goals).length;
  const parts = [
    plural(Object.keys(items.people).length, 'person', 'people'),
    plural(Object.keys(items.meetings).length, 'meeting', 'meetings'),
    goals > 0 ? `career goals for ${plural(goals, 'person', 'people')}` : 'no career goals',
    plural(items.ownPrompts.length, 'prompt of your own', 'prompts of your own'),
    items.plans ? `plans for ${plural(items.plans.people.length, 'person', 'people')}` : 'no imported plans',
  ];
  return parts.join(', ');
}

type Pending = { kind: 'import'; data: BackupFile; fileName: string } | { kind: 'delete' } | null;

/** The confirm step of an import or a delete: what will be replaced or gone, and the button that does it. */
function ConfirmStep(props: {
  pending: NonNullable<Pending>;
  confirmRef: Ref<HTMLButtonElement>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { pending } = props;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a question and its two buttons, not a form's group of fields
    <div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text">
        {pending.kind === 'import'
          ? `Replace everything Trellis stores now with ${pending.fileName}${pending.data.exportedAt ? ` (exported ${when(pending.data.exportedAt)})` : ''}? It holds ${summary(pending.data)}. What is stored now will be gone.`
          : 'Delete your settings, your prompts, every meeting note, the people you met, their career goals and the imported plans? This cannot be undone; export first if you may want them back.'}
      </p>
      <div class="actions">
        <button type="button" ref={props.confirmRef} class="danger" onClick={props.onConfirm}>
          {pending.kind === 'import' ? 'Replace everything' : 'Delete everything'}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Export everything, import a backup (after a confirm step) and delete everything (after a confirm step). */
export function BackupSection(props: { onReplaced: () => void }) {
  const [pending, setPending] = useState<Pending>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (pending) confirmRef.current?.focus();
  }, [pending]);

  const exportNow = async () => {
    try {
      const name = backupFileName(localDay(new Date()));
      download(name, JSON.stringify(await exportAll(), null, 2), 'application/json');
      setStatus({ text: `Exported ${name}. It holds your notes: keep it somewhere private.` });
    } catch (err) {
      setStatus({ text: `Could not export (${String(err)}). Nothing was changed; try again.`, error: true });
    }
  };

  const choose = async (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    const result = parseBackup(await file.text());
    if (!result.ok) {
      setPending(null);
      return setStatus({ text: result.message, error: true });
    }
    setStatus(null);
    setPending({ kind: 'import', data: result.data, fileName: file.name });
  };

  const confirm = async () => {
    if (!pending) return;
    try {
      if (pending.kind === 'import') {
        await importAll(pending.data);
        setStatus({ text: `Restored from ${pending.fileName}.` });
      } else {
        await deleteAll();
        setStatus({ text: 'Everything Trellis stored has been deleted from this browser and from Chrome sync.' });
      }
      setPending(null);
      props.onReplaced();
    } catch (err) {
      setStatus({ text: `That did not finish (${String(err)}). Some items may be unchanged; try again.`, error: true });
    }
  };

  const cancel = () => {
    setPending(null);
    setStatus({ text: 'Nothing was changed.' });
  };

  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">Backup</h2>
      <p class="help">
        One JSON file with your settings, your prompts, every meeting note, the people you met, their career goals and the imported plans.
      </p>
      <div class="actions">
        <button type="button" onClick={exportNow}>
          Export everything
        </button>
      </div>
      <div class="field">
        <label for="backup-file">Import backup</label>
        <input id="backup-file" type="file" accept=".json,application/json" onChange={choose} />
      </div>
      <div class="actions">
        <button type="button" class="danger" onClick={() => setPending({ kind: 'delete' })}>
          Delete everything Trellis stored
        </button>
      </div>

      {pending && <ConfirmStep pending={pending} confirmRef={confirmRef} onConfirm={confirm} onCancel={cancel} />}
      <p class={status?.error ? 'status error' : 'status'} role="status">
        {status?.text ?? ''}
      </p>
    </section>
  );
}
