/**
 * When the last career conversation with the person was: a calm line before the first one, a banner only when one
 * is overdue (shared/meeting/nudge.ts says which), nothing otherwise.
 */
import { NUDGE_WORDS, nudgeKind } from '../../../shared/meeting/nudge';

export interface NudgeProps {
  name: string;
  due: boolean;
  daysSince: number | null;
}

export function Nudge({ name, due, daysSince }: NudgeProps) {
  const kind = nudgeKind({ due, daysSince });
  if (kind === 'first') {
    return (
      <p class="first-talk" role="note">
        {NUDGE_WORDS.first} with {name}: nothing earlier is recorded in Trellis.
      </p>
    );
  }
  if (kind !== 'lapsed') return null;
  return (
    <p class="nudge" role="note">
      <strong>{NUDGE_WORDS.lapsed}. </strong>
      Your last career conversation with {name} was {daysSince} {daysSince === 1 ? 'day' : 'days'} ago.
    </p>
  );
}
