/**
 * The private note for this meeting, as the store holds it: what is typed here (the controller saves it shortly
 * after and on leaving), else what was last saved in any tab, so a note written in another tab shows here too.
 * Folded to one line while empty, open while it holds text; either way one click opens or folds it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NoteBoxProps {
  note: string;
  onInput: (note: string) => void;
  onFlush: () => void;
}

export function NoteBox({ note, onInput, onFlush }: NoteBoxProps) {
  const flush = useRef(onFlush);
  flush.current = onFlush;
  const box = useRef<HTMLTextAreaElement>(null);
  // null: follow the note (open when it has text); true or false once the user chose.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [focusBox, setFocusBox] = useState(false);
  const open = chosen ?? note.trim() !== '';
  // Leaving this meeting (another event opened, the popup closed) writes what was typed.
  useEffect(() => () => flush.current(), []);
  useEffect(() => {
    if (!focusBox) return;
    setFocusBox(false);
    box.current?.focus();
  }, [focusBox]);
  const toggle = () => {
    if (open) flush.current();
    setChosen(!open);
    setFocusBox(!open);
  };
  return (
    <div class="section">
      <button type="button" class="section-toggle" aria-expanded={open} aria-controls="trellis-note-part" onClick={toggle}>
        Private note
        <span class="chevron" aria-hidden="true">
          {open ? ' ▾' : ' ▸'}
        </span>
      </button>
      {open && (
        <div id="trellis-note-part">
          <textarea
            id="trellis-note"
            ref={box}
            rows={3}
            value={note}
            aria-label="Private note for this meeting"
            placeholder="What did you hear? What will you do next?"
            aria-describedby="trellis-note-hint"
            onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
            onBlur={onFlush}
          />
          <p class="hint" id="trellis-note-hint">
            Kept in this browser only.
          </p>
        </div>
      )}
    </div>
  );
}
