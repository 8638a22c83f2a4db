/** The private note for this meeting. Text lives here while typed; the controller saves it shortly after and on leaving. */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface NoteBoxProps {
  /** The saved note when this meeting's overlay opened (the parent is keyed by meeting, so this is read once). */
  initial: string;
  onInput: (note: string) => void;
  onFlush: () => void;
}

export function NoteBox({ initial, onInput, onFlush }: NoteBoxProps) {
  const [text, setText] = useState(initial);
  const flush = useRef(onFlush);
  flush.current = onFlush;
  // Leaving this meeting (another event opened, the popup closed) writes what was typed.
  useEffect(() => () => flush.current(), []);
  return (
    <div class="section">
      <label class="label" for="trellis-note">
        Private note for this meeting
      </label>
      <textarea
        id="trellis-note"
        rows={3}
        value={text}
        placeholder="What did you hear? What will you do next?"
        aria-describedby="trellis-note-hint"
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          onInput(value);
        }}
        onBlur={onFlush}
      />
      <p class="hint" id="trellis-note-hint">
        Kept in this browser only.
      </p>
    </div>
  );
}
