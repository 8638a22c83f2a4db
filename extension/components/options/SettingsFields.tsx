/** The settings form's fields, each a labelled control over one field of the draft; bounds from SETTINGS_LIMITS. */
import type { Fundamental, PromptCategory } from '../../../shared/types';
import { CATEGORIES } from '../../../shared/prompts/categories';
import { DEFAULT_TITLE_PATTERNS } from '../../../shared/meeting/one-on-one';
import { SETTINGS_LIMITS } from '../../storage';
import { Field } from './Field';

const FUNDAMENTALS: { id: Fundamental; label: string }[] = [
  { id: 'ask', label: 'Asking about the career' },
  { id: 'path', label: 'Paths beside management' },
  { id: 'commit', label: 'Committing to a written plan' },
];

/** The props every control here shares: its value, the help and error that describe it, and what typing does. */
function controlProps(describedBy: string, invalid: boolean, value: string, onInput: (text: string) => void) {
  return {
    value,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': invalid,
    onInput: (e: { currentTarget: { value: string } }) => onInput(e.currentTarget.value),
  };
}

/** A whole-number setting: its bounds, and the help line that states them, come from SETTINGS_LIMITS. */
export function NumberSetting(props: {
  id: string;
  label: string;
  limits: { min: number; max: number };
  /** Said after "From <min> to <max>". */
  helpAfter?: string;
  value: string;
  error?: string;
  onInput: (text: string) => void;
}) {
  const { id, limits } = props;
  return (
    <Field id={id} label={props.label} help={`From ${limits.min} to ${limits.max}${props.helpAfter ?? ''}.`} error={props.error}>
      {(describedBy, invalid) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={limits.min}
          max={limits.max}
          {...controlProps(describedBy, invalid, props.value, props.onInput)}
        />
      )}
    </Field>
  );
}

/** The user's own address; empty means the calendar owner (`owner`, when Trellis has read one). */
export function EmailSetting(props: { owner: string | null | undefined; value: string; error?: string; onInput: (text: string) => void }) {
  const { owner } = props;
  return (
    <Field
      id="my-email"
      label="Your email"
      help={
        owner
          ? `Leave empty to use ${owner}, the calendar owner Trellis last read from Calendar.`
          : 'Leave empty to use the owner of the calendar you are looking at, read from the Calendar page.'
      }
      error={props.error}
    >
      {(describedBy, invalid) => (
        <input
          id="my-email"
          type="email"
          autocomplete="email"
          placeholder={owner ?? 'The calendar owner'}
          maxLength={SETTINGS_LIMITS.emailLength}
          {...controlProps(describedBy, invalid, props.value, props.onInput)}
        />
      )}
    </Field>
  );
}

/** The title words that mark a 1:1, one a line, with a button that puts the defaults back. */
export function TitlePatternsSetting(props: { value: string; error?: string; onInput: (text: string) => void; onRestored: () => void }) {
  return (
    <Field
      id="title-patterns"
      label="Title words that mark a one-on-one"
      help={`One a line, up to ${SETTINGS_LIMITS.titlePatterns}. Titles shaped "Ana / Dev" count anyway.`}
      error={props.error}
      after={
        <button
          type="button"
          class="text"
          onClick={() => {
            props.onInput(DEFAULT_TITLE_PATTERNS.join('\n'));
            props.onRestored();
          }}
        >
          Restore default title words
        </button>
      }
    >
      {(describedBy, invalid) => (
        <textarea id="title-patterns" rows={8} {...controlProps(describedBy, invalid, props.value, props.onInput)} />
      )}
    </Field>
  );
}

/** The prompt categories to use, grouped by fundamental. */
export function CategoriesSetting(props: { used: PromptCategory[]; error?: string; onChange: (used: PromptCategory[]) => void }) {
  const { used, error } = props;
  const toggle = (id: PromptCategory, on: boolean) =>
    props.onChange(CATEGORIES.map((c) => c.id).filter((c) => (c === id ? on : used.includes(c))));
  return (
    <fieldset class="categories" aria-describedby={error ? 'categories-error' : undefined}>
      <legend>Prompt categories to use</legend>
      {FUNDAMENTALS.map((f) => (
        <fieldset key={f.id}>
          <legend>{f.label}</legend>
          {CATEGORIES.filter((c) => c.fundamental === f.id).map((c) => (
            <label key={c.id} class="check">
              <input type="checkbox" checked={used.includes(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} />
              {c.label}
            </label>
          ))}
        </fieldset>
      ))}
      {error && (
        <p class="error" id="categories-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
