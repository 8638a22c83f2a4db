/** "Copy as agenda": plain text to paste into the event description; if copying is refused, the text to copy by hand. */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface CopyAgendaProps {
  text: () => string;
  /** The clipboard seam; navigator.clipboard.writeText by default. */
  write?: (text: string) => Promise<void>;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string };

const clipboardWrite = (text: string) => navigator.clipboard.writeText(text);

export function CopyAgenda({ text, write = clipboardWrite }: CopyAgendaProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const manual = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (outcome.kind === 'manual' && manual.current) {
      manual.current.focus();
      manual.current.select();
    }
  }, [outcome]);

  const copy = async () => {
    let agenda = '';
    try {
      agenda = text();
      await write(agenda);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', text: agenda });
    }
  };

  return (
    <div class="copy">
      <button type="button" class="tonal-button" onClick={() => void copy()}>
        Copy as agenda
      </button>
      <p class="hint" role="status">
        {outcome.kind === 'copied' && 'Copied. Paste it into the event description.'}
        {outcome.kind === 'manual' && 'Copying was blocked here. The agenda is selected below: press Ctrl+C (⌘C on a Mac).'}
      </p>
      {outcome.kind === 'manual' && (
        <textarea ref={manual} class="manual" readOnly rows={6} aria-label="Agenda to copy" value={outcome.text} />
      )}
    </div>
  );
}
