import { useEffect, useRef, useState } from 'preact/hooks';
import { localDay } from '../../../shared/dates';
import { goalsCsv, goalsFileName, mergeGoals, readGoalsCsv, replaceConflicts, type GoalsConflict } from '../../../shared/goals-file';
import { plural } from '../../../shared/plural';
import { goalsItem } from '../../storage';
import { download } from './download';
import { takeFile } from './format';
import { Problems } from './Problems';
import { useWatched } from './use-stored';

type Outcome = { text: string; error?: boolean; problems?: string[] } | null;
/** Answers an import would change, waiting for the person to say which to keep. */
type Pending = { fileName: string; conflicts: GoalsConflict[] } | null;

/** One differing answer: whose, which field and cell, what is kept here and what the file says. */
function ConflictItem({ conflict, fileName }: { conflict: GoalsConflict; fileName: string }) {
  const where = conflict.cell ? ` (${fileName}:${conflict.cell})` : '';
  return (
    <li>
      <strong>
        {conflict.person}, {conflict.header}
      </strong>
      {where}
      <div class="conflict-texts">
        <span class="muted">Here: </span>
        <span class="answer">{conflict.mine}</span>
        <br />
        <span class="muted">In the file: </span>
        <span class="answer">{conflict.theirs}</span>
      </div>
    </li>
  );
}

/** The answers an import would change, and the question: replace them with the file's, or keep what is here. */
function ConflictsQuestion({ pending, decide }: { pending: NonNullable<Pending>; decide: (replace: boolean) => Promise<void> }) {
  const replaceRef = useRef<HTMLButtonElement>(null);
  // The question is what to do next: the keyboard lands on it.
  useEffect(() => {
    replaceRef.current?.focus();
  }, [pending]);
  const n = pending.conflicts.length;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a question and its two buttons, not a form's group of fields
    <div class="confirm" role="group" aria-labelledby="goals-conflicts">
      <p id="goals-conflicts">
        {n === 1 ? '1 answer' : `${n} answers`} in {pending.fileName} {n === 1 ? 'differs' : 'differ'} from what is kept here. Yours are
        unchanged so far:
      </p>
      <ul class="conflicts">
        {pending.conflicts.map((c) => (
          <ConflictItem key={`${c.identity}|${c.field}`} conflict={c} fileName={pending.fileName} />
        ))}
      </ul>
      <div class="actions">
        <button type="button" ref={replaceRef} onClick={() => void decide(true)}>
          Replace {n === 1 ? 'this answer' : `these ${n} answers`}
        </button>
        <button type="button" onClick={() => void decide(false)}>
          Keep mine
        </button>
      </div>
    </div>
  );
}

/** What an import did, in one sentence. */
function importedText(fileName: string, added: number, filled: number): string {
  const parts = [
    added > 0 ? `${plural(added, 'person', 'people')} added` : '',
    filled > 0 ? `${plural(filled, 'answer', 'answers')} filled in` : '',
  ];
  const done = parts.filter(Boolean).join(', ');
  return done ? `Imported ${fileName}: ${done}.` : `Read ${fileName}: nothing to add or fill in.`;
}

/** Export of every person's career goals as a CSV in the contract's columns, and an import that never overwrites unasked. */
export function GoalsSection() {
  const goals = useWatched(goalsItem);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, setPending] = useState<Pending>(null);
  const exportNow = async () => {
    try {
      const name = goalsFileName(localDay(new Date()));
      download(name, goalsCsv(await goalsItem.getValue()), 'text/csv');
      setOutcome({ text: `Exported ${name}. It holds what people told you: keep it somewhere private.` });
    } catch (err) {
      setOutcome({ text: `Could not export (${String(err)}). Nothing was changed; try again.`, error: true });
    }
  };

  const choose = async (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    setPending(null);
    try {
      const read = readGoalsCsv(await file.text(), file.name);
      if (!read.ok) return setOutcome({ text: read.message, error: true });
      // Merged onto what is stored at this moment, so answers a Calendar tab saved meanwhile are kept.
      const merged = mergeGoals(await goalsItem.getValue(), read.rows, read.columns);
      await goalsItem.setValue(merged.goals);
      setOutcome({ text: importedText(file.name, merged.added.length, merged.filled), problems: read.problems });
      if (merged.conflicts.length > 0) setPending({ fileName: file.name, conflicts: merged.conflicts });
    } catch (err) {
      setOutcome({ text: `Could not import ${file.name} (${String(err)}). The career goals kept here are unchanged.`, error: true });
    }
  };

  const decide = async (replace: boolean) => {
    if (!pending) return;
    const n = pending.conflicts.length;
    try {
      if (replace) await goalsItem.setValue(replaceConflicts(await goalsItem.getValue(), pending.conflicts));
      setOutcome({
        text: replace ? `Replaced ${plural(n, 'answer', 'answers')} with the file's.` : `Kept your ${plural(n, 'answer', 'answers')}.`,
      });
      setPending(null);
    } catch (err) {
      setOutcome({ text: `That did not finish (${String(err)}). Your answers are unchanged; try again.`, error: true });
    }
  };

  const people = goals ? Object.keys(goals).length : 0;
  return (
    <section aria-labelledby="goals-h">
      <h2 id="goals-h">Career goals</h2>
      <p class="help">
        What each person said in the career-goals conversation, as typed under Career goals in the Trellis panel. Export it as a CSV in the
        columns of the Career goals sheet, or import one: an import fills blank answers and adds people, and asks before it changes an
        answer you have.
      </p>
      {goals !== undefined && (
        <p>
          {people === 0
            ? 'No career goals kept here yet.'
            : `Career goals for ${plural(people, 'person', 'people')} are kept in this browser.`}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={exportNow}>
          Export career goals (.csv)
        </button>
      </div>
      <div class="field">
        <label for="goals-file">Import career goals (.csv)</label>
        <input id="goals-file" type="file" accept=".csv,text/csv" onChange={choose} />
      </div>
      <div role="status">
        {outcome && <p class={outcome.error ? 'status error' : 'status'}>{outcome.text}</p>}
        {outcome?.problems && <Problems intro="Some cells could not be used:" problems={outcome.problems} />}
      </div>
      {pending && <ConflictsQuestion pending={pending} decide={decide} />}
    </section>
  );
}
