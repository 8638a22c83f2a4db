/** What the person's imported plan says is next, or one quiet line on how to import one. */
import { longDay } from '../../../shared/dates';
import type { PlanView } from '../../overlay/view';

export interface PlanSummaryProps {
  name: string;
  plan: PlanView | null;
}

function due(day: string | null): string {
  return day ? `due ${longDay(day)}` : 'no due date';
}

export function PlanSummary({ name, plan }: PlanSummaryProps) {
  if (!plan) {
    return (
      <p class="quiet section">
        No written plan for {name} here yet. Import the plans CSV in Trellis Options to see their next steps.
      </p>
    );
  }
  const path = plan.path.trim() || 'No path chosen yet';
  return (
    <div class="section">
      <h3 class="label">Plan</h3>
      <p class="plan-line">
        {path}
        {plan.targetRole.trim() ? `, towards ${plan.targetRole.trim()}` : ''}
      </p>
      {plan.steps.length > 0 && (
        <ul class="steps">
          {plan.steps.map((s, i) => (
            <li key={`${s.id}-${i}`} class={s.overdue ? 'step overdue' : 'step'}>
              {s.overdue && <strong class="overdue-word">Overdue: </strong>}
              <span>{s.step}</span>
              <span class="step-meta">
                {' '}
                ({s.owner || s.ownerRole || 'no owner'}, {due(s.due)})
              </span>
            </li>
          ))}
        </ul>
      )}
      {plan.steps.length > 0 && plan.openCount > plan.steps.length && (
        <p class="hint">and {plan.openCount - plan.steps.length} more open steps</p>
      )}
      {plan.steps.length === 0 && plan.next && (
        <p class="step">
          Next: {plan.next.step} ({plan.next.owner || 'no owner'}, {due(plan.next.due)})
        </p>
      )}
      {plan.steps.length === 0 && !plan.next && <p class="hint">Every step of this plan is done.</p>}
    </div>
  );
}
