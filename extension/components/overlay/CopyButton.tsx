/** A button that copies to the clipboard; if copying is refused, what it would have copied, selected to copy by hand. */
import { useEffect, useRef, useState } from 'preact/hooks';

/** What a copy puts on the clipboard: plain text, and an HTML flavour where pasting cell by cell matters. */
export interface Clip {
  text: string;
  html?: string;
}

/** The clipboard seam: the components write through it, the tests pass their own. */
export type WriteClip = (clip: Clip) => Promise<void>;

export const writeClip: WriteClip = (clip) => {
  if (clip.html === undefined) return navigator.clipboard.writeText(clip.text);
  const blob = (text: string, type: string) => new Blob([text], { type });
  return navigator.clipboard.write([
    new ClipboardItem({ 'text/plain': blob(clip.text, 'text/plain'), 'text/html': blob(clip.html, 'text/html') }),
  ]);
};

export interface CopyButtonProps {
  label: string;
  clip: () => Clip;
  write?: WriteClip;
  /** What to say once copied: where to paste it. */
  copied: string;
  /** What the text is, for the manual box's name and the message ("the agenda", "the row"). */
  what: string;
  manualLabel: string;
  class?: string;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string };

export function CopyButton({ label, clip, write = writeClip, copied, what, manualLabel, class: className = 'copy' }: CopyButtonProps) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const manual = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (outcome.kind === 'manual' && manual.current) {
      manual.current.focus();
      manual.current.select();
    }
  }, [outcome]);

  const copy = async () => {
    let text = '';
    try {
      const content = clip();
      text = content.text;
      await write(content);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', text });
    }
  };

  return (
    <div class={className}>
      <button type="button" class="tonal-button" onClick={() => void copy()}>
        {label}
      </button>
      <p class="hint" role="status">
        {outcome.kind === 'copied' && copied}
        {outcome.kind === 'manual' && `Copying was blocked here. ${what} is selected below: press Ctrl+C (⌘C on a Mac).`}
      </p>
      {outcome.kind === 'manual' && (
        <textarea ref={manual} class="manual" readOnly rows={6} aria-label={manualLabel} value={outcome.text} />
      )}
    </div>
  );
}
