/** The quiet correction: "Not a 1:1" on a 1:1, "Treat as 1:1" on anything else; remembered for the whole series. */
export interface OneOnOneToggleProps {
  oneOnOne: boolean;
  /** Null when the page carried no event id to remember the choice under. */
  seriesId: string | null;
  onChange: (oneOnOne: boolean) => void;
}

/** "Not a 1:1" or "Treat as 1:1"; nothing when there is no series to remember the choice under. */
export function OneOnOneToggle({ oneOnOne, seriesId, onChange }: OneOnOneToggleProps) {
  if (!seriesId) return null;
  return (
    <button
      type="button"
      class="text-button quiet-button"
      title="Trellis remembers this for every meeting in the series."
      onClick={() => onChange(!oneOnOne)}
    >
      {oneOnOne ? 'Not a 1:1' : 'Treat as 1:1'}
    </button>
  );
}
