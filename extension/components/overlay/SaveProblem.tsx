/** "Not saved": edits made in this tab could not be stored; says why, that they are kept here, and what to do. */
import type { SaveProblem } from '../../storage';

export interface SaveProblemNoticeProps {
  problem: SaveProblem | null;
  onRetry: () => void;
}

export function SaveProblemNotice({ problem, onRetry }: SaveProblemNoticeProps) {
  if (!problem) return null;
  return (
    <div class="save-problem" role="alert">
      <p>
        <strong>Not saved: </strong>
        {problem.reason}. Your note, ticks and answers are kept here while this tab stays open. {problem.advice}
      </p>
      <button type="button" class="text-button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
