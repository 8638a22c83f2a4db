/** The quiet correction: "Not a 1:1" on a 1:1, "Treat as 1:1" on anything else; remembered for the whole series. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Counterpart } from '../../../shared/meeting/types';
import { WithWhom } from './WithWhom';

export interface OneOnOneToggleProps {
  oneOnOne: boolean;
  /** Null when the page carried no event id to remember the choice under. */
  seriesId: string | null;
  /** On a meeting that is not a 1:1, the people invited but me: with more than one, "Treat as 1:1" asks which. */
  guests?: Counterpart[];
  /** The new verdict, and for "Treat as 1:1" on a meeting of several, the person chosen. */
  onChange: (oneOnOne: boolean, person?: Counterpart) => void;
}

/** "Not a 1:1" or "Treat as 1:1" (asking "With whom?" first when there are several guests); nothing without a series. */
export function OneOnOneToggle({ oneOnOne, seriesId, guests = [], onChange }: OneOnOneToggleProps) {
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Back from the question without an answer, the keyboard returns to the button that asked it.
  useEffect(() => {
    if (asking) asked.current = true;
    else if (asked.current) button.current?.focus();
  }, [asking]);
  if (!seriesId) return null;
  if (asking) {
    const pick = (person: Counterpart) => {
      asked.current = false;
      setAsking(false);
      onChange(true, person);
    };
    return <WithWhom guests={guests} onPick={pick} onCancel={() => setAsking(false)} />;
  }
  return (
    <button
      type="button"
      ref={button}
      class="text-button quiet-button"
      title="Trellis remembers this for every meeting in the series."
      onClick={() => (!oneOnOne && guests.length > 1 ? setAsking(true) : onChange(!oneOnOne))}
    >
      {oneOnOne ? 'Not a 1:1' : 'Treat as 1:1'}
    </button>
  );
}
