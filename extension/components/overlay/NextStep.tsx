/** The one line under the person's name: the plan's next open step, who owns it and when it is due. */
import { longDay } from '../../../shared/dates';
import type { OpenStep } from '../../../shared/meeting/plan-steps';

export interface NextStepProps {
  /** The plan's next open step; nothing is shown without one (no plan, or every step done). */
  step: OpenStep | undefined;
}

/** "(Dev Patel, due 15 Nov 2026)", or less where the plan says less. */
function whoAndWhen(step: OpenStep): string {
  const parts = [step.owner.trim(), step.due ? `due ${longDay(step.due)}` : ''].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

export function NextStep({ step }: NextStepProps) {
  if (!step) return null;
  return (
    <p class="next">
      <span class="next-word">Next: </span>
      {step.step.trim()}
      {whoAndWhen(step)}
      {step.overdue && <strong class="overdue-word"> Overdue</strong>}
    </p>
  );
}
