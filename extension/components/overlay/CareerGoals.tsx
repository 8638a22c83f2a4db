/**
 * The person's career goals, kept across meetings: folded to one line ("Career goals: 4 of 9 answered, 12 Nov 2026"),
 * open to the six questions with their follow-ups, the three goals and the target date, and a copy of the row for
 * the Career goals sheet. Typed answers are saved like the note: shortly after typing stops, and on leaving a field.
 */
import { useState } from 'preact/hooks';
import { longDay } from '../../../shared/dates';
import type { CareerGoals as Goals } from '../../../shared/goals-columns';
import { ANSWER_FIELDS, answeredCount, goalsHtmlRow, goalsTsvRow, type TypedGoalsField } from '../../../shared/goals-export';
import { GOALS_QUESTIONS, type GoalsQuestion } from '../../overlay/goals-questions';
import { CopyButton, type WriteClip } from './CopyButton';

export interface CareerGoalsProps {
  name: string;
  goals: Goals;
  onInput: (field: TypedGoalsField, value: string) => void;
  onFlush: () => void;
  write?: WriteClip;
}

/** The folded line after "Career goals: ". */
function summary(goals: Goals): string {
  const answered = answeredCount(goals);
  if (answered === 0) return 'none written down yet';
  const day = goals.conversationDate ? `, ${longDay(goals.conversationDate)}` : '';
  return `${answered} of ${ANSWER_FIELDS.length} answered${day}`;
}

const idOf = (field: TypedGoalsField) => `trellis-goal-${field}`;

function Answer({
  question,
  value,
  onInput,
  onFlush,
}: { question: GoalsQuestion; value: string } & Omit<CareerGoalsProps, 'name' | 'goals' | 'write'>) {
  const id = idOf(question.field);
  const hint = question.followUps.length > 0 ? `${id}-hint` : undefined;
  return (
    <div class="goal">
      <label class="label" for={id}>
        {question.label}
      </label>
      <textarea
        id={id}
        rows={2}
        value={value}
        aria-describedby={hint}
        onInput={(e) => onInput(question.field, (e.currentTarget as HTMLTextAreaElement).value)}
        onBlur={onFlush}
      />
      {hint && (
        <p class="hint" id={hint}>
          If the answer is short, ask: {question.followUps.join(' ')}
        </p>
      )}
    </div>
  );
}

export function CareerGoals({ name, goals, onInput, onFlush, write }: CareerGoalsProps) {
  const [open, setOpen] = useState(false);
  const first = name.trim().split(/\s+/)[0] || name;
  return (
    <div class="section goals">
      <button type="button" class="text-button" aria-expanded={open} aria-controls="trellis-goals" onClick={() => setOpen(!open)}>
        Career goals: {summary(goals)}
      </button>
      {open && (
        <div id="trellis-goals">
          <p class="hint">In {first}'s own words, kept for them across your 1:1s in this browser.</p>
          {GOALS_QUESTIONS.map((q) => (
            <Answer key={q.field} question={q} value={goals[q.field]} onInput={onInput} onFlush={onFlush} />
          ))}
          <div class="goal">
            <label class="label" for={idOf('targetDate')}>
              Target date
            </label>
            <input
              id={idOf('targetDate')}
              type="date"
              value={goals.targetDate}
              onInput={(e) => onInput('targetDate', (e.currentTarget as HTMLInputElement).value)}
              onBlur={onFlush}
            />
          </div>
          <CopyButton
            class="copy-row"
            label="Copy row for the Career goals sheet"
            clip={() => ({ text: goalsTsvRow(goals), html: goalsHtmlRow(goals) })}
            write={write}
            copied={`Copied. In the Career goals sheet, click the Email cell of ${first}'s row and paste.`}
            what="The row"
            manualLabel="Row to copy"
          />
        </div>
      )}
    </div>
  );
}
