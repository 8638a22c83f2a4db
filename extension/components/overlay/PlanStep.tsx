/** One open plan step: its text, then who and when on a smaller line, "Overdue" said in words. */
import { longDay } from '../../../shared/dates';

export interface PlanStepProps {
  step: string;
  owner: string;
  due: string | null;
  overdue: boolean;
}

export function PlanStep({ step, owner, due, overdue }: PlanStepProps) {
  return (
    <li class="step">
      <span class="step-text">{step}</span>
      <span class="step-meta">
        {overdue && (
          <>
            <strong class="overdue-word">Overdue</strong>
            {' · '}
          </>
        )}
        {owner || 'no owner'} · {due ? `due ${longDay(due)}` : 'no due date'}
      </span>
    </li>
  );
}
