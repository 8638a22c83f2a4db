/** "With whom?": the people invited to a meeting of several, one button each, when the user says it is a 1:1. */
import { useEffect, useRef } from 'preact/hooks';
import type { Counterpart } from '../../../shared/meeting/types';

export interface WithWhomProps {
  guests: Counterpart[];
  onPick: (person: Counterpart) => void;
  onCancel: () => void;
}

export function WithWhom({ guests, onPick, onCancel }: WithWhomProps) {
  const first = useRef<HTMLButtonElement>(null);
  // The question is what comes next: the keyboard lands on its first answer.
  useEffect(() => first.current?.focus(), []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape closes the question, not the panel or Calendar's popup around it.
    event.stopPropagation();
    onCancel();
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a question and its answers as buttons, not a form's group of fields
    <div role="group" aria-labelledby="trellis-with-whom" onKeyDown={onKeyDown}>
      <p id="trellis-with-whom" class="label">
        With whom?
      </p>
      <ul class="groups">
        {guests.map((guest, i) => (
          <li key={`${i}-${guest.email ?? guest.name}`}>
            <button
              type="button"
              class="group-button"
              ref={i === 0 ? first : undefined}
              title={guest.email && guest.email !== guest.name ? guest.email : undefined}
              onClick={() => onPick(guest)}
            >
              {guest.name}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" class="text-button quiet-button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
