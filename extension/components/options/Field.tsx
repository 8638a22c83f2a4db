import type { ComponentChildren } from 'preact';

/** A labelled control with its help line and, when there is one, its error (tied to the control for screen readers). */
export function Field(props: {
  id: string;
  label: string;
  help?: string;
  error?: string;
  children: (describedBy: string, invalid: boolean) => ComponentChildren;
  /** Below the help line, so the help stays next to the control it explains. */
  after?: ComponentChildren;
}) {
  const { id, label, help, error } = props;
  const describedBy = [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {props.children(describedBy, Boolean(error))}
      {help && (
        <p class="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p class="error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {props.after}
    </div>
  );
}
