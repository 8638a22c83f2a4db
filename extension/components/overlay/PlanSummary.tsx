/** What the person's imported plan says is next, or the way to import one right here (ChoosePlans). */
import { useState } from 'preact/hooks';
import type { MarkButton } from '../../../shared/meeting/step-marks';
import type { PanelStep, PlanView } from '../../overlay/view';
import { ChoosePlans } from './ChoosePlans';
import { PlanStep } from './PlanStep';

export interface PlanSummaryProps {
  name: string;
  plan: PlanView | null;
  /** Marks a step In progress or Done (or takes the mark back). */
  onMark?: (step: PanelStep, button: MarkButton) => void;
}

/** Two steps fit beside the popup; the rest wait behind "Show all". */
const FIRST = 2;

export function PlanSummary({ name, plan, onMark }: PlanSummaryProps) {
  const [all, setAll] = useState(false);
  if (!plan) return <ChoosePlans name={name} />;
  const path = plan.path.trim() || 'No path chosen yet';
  // The steps open in the import, a step marked Done here still in its place, so the mark can be taken back.
  const steps = plan.listed;
  const more = steps.length > FIRST;
  // Folded, each step is cut to two lines, so "Show all" is also how to read them whole.
  const shown = all ? steps : steps.slice(0, FIRST);
  return (
    <div class="section">
      <h3 class="label">Plan</h3>
      <p class="plan-line">
        {path}
        {plan.targetRole.trim() ? `, towards ${plan.targetRole.trim()}` : ''}
      </p>
      {shown.length > 0 && (
        <ul class={more && !all ? 'steps clamp' : 'steps'} id="trellis-steps">
          {shown.map((s, i) => (
            <PlanStep key={`${s.id}-${i}`} step={s} onMark={onMark} />
          ))}
        </ul>
      )}
      {more && (
        <button type="button" class="text-button" aria-expanded={all} aria-controls="trellis-steps" onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${steps.length} steps`}
        </button>
      )}
      {plan.steps.length === 0 && <p class="hint">Every step of this plan is done.</p>}
    </div>
  );
}
