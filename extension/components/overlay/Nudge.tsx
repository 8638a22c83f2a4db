/** "Career conversation due": shown only when none was held with this person for the chosen number of days. */
export interface NudgeProps {
  name: string;
  due: boolean;
  daysSince: number | null;
}

export function Nudge({ name, due, daysSince }: NudgeProps) {
  if (!due) return null;
  return (
    <p class="nudge" role="note">
      <strong>Career conversation due. </strong>
      {daysSince === null
        ? `There is no career conversation with ${name} in Trellis yet; today could be the first.`
        : `Your last career conversation with ${name} was ${daysSince} ${daysSince === 1 ? 'day' : 'days'} ago.`}
    </p>
  );
}
