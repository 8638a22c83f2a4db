/**
 * The private note for this meeting, as the store holds it: what is typed here (the controller saves it shortly
 * after and on leaving), else what was last saved in any tab, so a note written in another tab shows here too.
 */
import { useEffect, useRef } from 'preact/hooks';

export interface NoteBoxProps {
  note: string;
  onInput: (note: string) => void;
  onFlush: () => void;
}

export function NoteBox({ note, onInput, onFlush }: NoteBoxProps) {
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
        value={note}
        placeholder="What did you hear? What will you do next?"
        aria-describedby="trellis-note-hint"
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={onFlush}
      />
      <p class="hint" id="trellis-note-hint">
        Kept in this browser only.
      </p>
    </div>
  );
}
