/**
 * One plan step: its text, then who, when and its status on a smaller line ("Overdue" said in words), and the two
 * marks a manager can give it in the 1:1, In progress and Done, each pressed again to take it back (contract 11).
 */
import { longDay } from '../../../shared/dates';
import type { MarkButton } from '../../../shared/meeting/step-marks';
import type { PanelStep } from '../../overlay/view';

export interface PlanStepProps {
  step: PanelStep;
  /** Marks the step; absent where it cannot be marked. */
  onMark?: (step: PanelStep, button: MarkButton) => void;
}

const BUTTONS: readonly MarkButton[] = ['In progress', 'Done'];

export function PlanStep({ step, onMark }: PlanStepProps) {
  const { status, overdue, owner, due } = step;
  const done = status === 'Done';
  return (
    <li class={done ? 'step done' : 'step'}>
      <span class="step-text">{step.step}</span>
      <span class="step-meta">
        {overdue && !done && (
          <>
            <strong class="overdue-word">Overdue</strong>
            {' · '}
          </>
        )}
        {owner || 'no owner'} · {due ? `due ${longDay(due)}` : 'no due date'}
        {/* In progress and Done show as the pressed mark; any other Status is said here. */}
        {status !== 'Not started' && !(onMark && step.key && BUTTONS.includes(status as MarkButton)) && ` · ${status}`}
        {step.marked && ' (marked here)'}
      </span>
      {onMark && step.key && (
        <fieldset class="step-marks" aria-label={`Status of ${step.step}`}>
          {BUTTONS.map((button) => (
            <button key={button} type="button" class="mark-button" aria-pressed={status === button} onClick={() => onMark(step, button)}>
              {button}
            </button>
          ))}
        </fieldset>
      )}
    </li>
  );
}
