import { useState } from 'preact/hooks';
import type { PromptCategory } from '../../../shared/types';
import { CATEGORIES } from '../../../shared/prompts/categories';
import { SETTINGS_LIMITS, SYNC_QUOTA, bytesText, fitsSyncItem, ownPromptsItem, type OwnPrompt } from '../../storage';
import { useStored } from './use-stored';

const FULL =
  `There is no room for this prompt: your own prompts share one Chrome sync item of ${bytesText(SYNC_QUOTA.bytesPerItem)} bytes. ` +
  'Shorten or remove a prompt, then try again.';

/** A new prompt's id: short, since every byte counts against the sync item. */
function newId(): string {
  return `own-${crypto.randomUUID().slice(0, 8)}`;
}

function CategorySelect(props: { id: string; value: PromptCategory; onChange: (c: PromptCategory) => void }) {
  return (
    <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as PromptCategory)}>
      {CATEGORIES.map((c) => (
        <option key={c.id} value={c.id}>
          {c.label}
        </option>
      ))}
    </select>
  );
}

/** Prompts the user writes, shown beside the built-in ones; each change is written at once (one click, one write). */
export function OwnPromptsSection() {
  const [prompts, setPrompts] = useStored(ownPromptsItem);
  const [text, setText] = useState('');
  const [category, setCategory] = useState<PromptCategory>(CATEGORIES[0]!.id);
  const [editing, setEditing] = useState<OwnPrompt | null>(null);
  const [message, setMessage] = useState('');

  /** Writes the list if it fits one sync item; false (with the reason shown) when it does not. */
  const write = async (next: OwnPrompt[], done: string): Promise<boolean> => {
    if (!fitsSyncItem('ownPrompts', next)) {
      setMessage(FULL);
      return false;
    }
    try {
      await setPrompts(next);
      setMessage(done);
      return true;
    } catch (err) {
      setMessage(`Not saved: Chrome refused the change (${String(err)}). Try again in a minute.`);
      return false;
    }
  };

  const clean = (t: string) => t.trim().replace(/\s+/g, ' ');

  const add = async (e: Event) => {
    e.preventDefault();
    const t = clean(text);
    if (!t) return setMessage('Write the prompt first, then add it.');
    if (await write([...(prompts ?? []), { id: newId(), text: t.slice(0, SETTINGS_LIMITS.ownPromptLength), category }], 'Prompt added.'))
      setText('');
  };

  const saveEdit = async (e: Event) => {
    e.preventDefault();
    if (!editing) return;
    const t = clean(editing.text);
    if (!t) return setMessage('A prompt cannot be empty. Remove it instead, or write something.');
    const next = (prompts ?? []).map((p) => (p.id === editing.id ? { ...editing, text: t.slice(0, SETTINGS_LIMITS.ownPromptLength) } : p));
    if (await write(next, 'Prompt saved.')) setEditing(null);
  };

  return (
    <section aria-labelledby="own-h">
      <h2 id="own-h">Prompts of your own</h2>
      <p class="help">They appear with the built-in prompts of their category. Up to {SETTINGS_LIMITS.ownPromptLength} characters each.</p>
      <PromptList
        prompts={prompts}
        editing={editing}
        onEditing={setEditing}
        onSave={saveEdit}
        onRemove={(p) =>
          write(
            (prompts ?? []).filter((q) => q.id !== p.id),
            'Prompt removed.',
          )
        }
      />
      <NewPromptForm
        text={text}
        category={category}
        disabled={prompts === undefined}
        onText={setText}
        onCategory={setCategory}
        onSubmit={add}
      />
      <p class="status" role="status">
        {message}
      </p>
    </section>
  );
}

/** The user's prompts: each a row, or an editor for the one being edited; a line instead while loading or when there are none. */
function PromptList(props: {
  prompts: OwnPrompt[] | undefined;
  editing: OwnPrompt | null;
  onEditing: (p: OwnPrompt | null) => void;
  onSave: (e: Event) => void;
  onRemove: (p: OwnPrompt) => void;
}) {
  const { prompts, editing, onEditing } = props;
  if (prompts === undefined) return <p>Loading…</p>;
  if (prompts.length === 0) return <p>You have not written any yet.</p>;
  return (
    <ul class="own-prompts">
      {prompts.map((p) =>
        editing?.id === p.id ? (
          <PromptEditor key={p.id} editing={editing} onChange={onEditing} onSubmit={props.onSave} onCancel={() => onEditing(null)} />
        ) : (
          <PromptRow key={p.id} prompt={p} onEdit={() => onEditing(p)} onRemove={() => props.onRemove(p)} />
        ),
      )}
    </ul>
  );
}

/** One prompt of the list being edited in place. */
function PromptEditor(props: { editing: OwnPrompt; onChange: (p: OwnPrompt) => void; onSubmit: (e: Event) => void; onCancel: () => void }) {
  const { editing, onChange } = props;
  return (
    <li>
      <form onSubmit={props.onSubmit} class="own-edit" noValidate>
        <label for={`edit-${editing.id}`}>Prompt</label>
        <textarea
          id={`edit-${editing.id}`}
          rows={2}
          maxLength={SETTINGS_LIMITS.ownPromptLength}
          value={editing.text}
          onInput={(e) => onChange({ ...editing, text: e.currentTarget.value })}
        />
        <label for={`edit-cat-${editing.id}`}>Category</label>
        <CategorySelect id={`edit-cat-${editing.id}`} value={editing.category} onChange={(c) => onChange({ ...editing, category: c })} />
        <div class="actions">
          <button type="submit" class="primary">
            Save prompt
          </button>
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </li>
  );
}

/** One prompt of the list, with its category, Edit and Remove. */
function PromptRow(props: { prompt: OwnPrompt; onEdit: () => void; onRemove: () => void }) {
  const { prompt } = props;
  const label = CATEGORIES.find((c) => c.id === prompt.category)?.label ?? prompt.category;
  return (
    <li>
      <span class="own-text">{prompt.text}</span>
      <span class="muted"> · {label}</span>
      <span class="inline-actions">
        <button type="button" class="text" aria-label={`Edit: ${prompt.text}`} onClick={props.onEdit}>
          Edit
        </button>
        <button type="button" class="text" aria-label={`Remove: ${prompt.text}`} onClick={props.onRemove}>
          Remove
        </button>
      </span>
    </li>
  );
}

/** The form that adds a prompt. */
function NewPromptForm(props: {
  text: string;
  category: PromptCategory;
  disabled: boolean;
  onText: (text: string) => void;
  onCategory: (category: PromptCategory) => void;
  onSubmit: (e: Event) => void;
}) {
  return (
    <form onSubmit={props.onSubmit} class="own-add" noValidate>
      <label for="own-text">New prompt</label>
      <textarea
        id="own-text"
        rows={2}
        maxLength={SETTINGS_LIMITS.ownPromptLength}
        placeholder="What would you like to be known for a year from now?"
        value={props.text}
        onInput={(e) => props.onText(e.currentTarget.value)}
      />
      <label for="own-category">Category</label>
      <CategorySelect id="own-category" value={props.category} onChange={props.onCategory} />
      <div class="actions">
        <button type="submit" class="primary" disabled={props.disabled}>
          Add prompt
        </button>
      </div>
    </form>
  );
}
