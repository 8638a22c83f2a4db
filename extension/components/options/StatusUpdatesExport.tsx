/**
 * The steps marked in the panel, waiting to go back into the plans (contract 11): how many, and their export as the
 * status updates CSV that the add-on's Apply status updates and `trellis plan … --updates` apply.
 */
import { useState } from 'preact/hooks';
import { localDay } from '../../../shared/dates';
import { liveMarks } from '../../../shared/meeting/step-marks';
import { plural } from '../../../shared/plural';
import { statusUpdatesCsv, statusUpdatesFileName } from '../../../shared/status-updates-csv';
import { plansItem, stepMarksItem } from '../../storage';
import { download } from './download';
import { useWatched } from './use-stored';

export function StatusUpdatesExport() {
  const marks = useWatched(stepMarksItem);
  const plans = useWatched(plansItem);
  const [said, setSaid] = useState<{ text: string; error?: boolean } | null>(null);
  if (marks === undefined || plans === undefined) return null;
  // A mark the imported plans already show is done with, whether or not storage still holds it.
  const waiting = Object.values(liveMarks(marks, plans)).sort((a, b) => a.key.localeCompare(b.key));
  const exportNow = () => {
    try {
      const name = statusUpdatesFileName(localDay(new Date()));
      download(name, statusUpdatesCsv(waiting), 'text/csv');
      setSaid({ text: `Exported ${name}. Apply it to the plans, then import the plans again here.` });
    } catch (err) {
      setSaid({ text: `Could not export (${String(err)}). The marked steps are kept; try again.`, error: true });
    }
  };
  return (
    <div class="field">
      <h3>Steps marked in the panel</h3>
      <p>
        {waiting.length === 0
          ? 'No marked step waits to go into the plans.'
          : `${plural(waiting.length, 'marked step waits', 'marked steps wait')} to go into the plans.`}
      </p>
      <p class="help">
        Mark a step In progress or Done in the panel beside a 1:1; export the changes here, then apply the file in the team's sheet
        (Extensions → Trellis → Apply status updates) or with <code>trellis plan ROSTER --out PLANS --updates FILE</code>. A step changes
        only if nobody changed it since these plans were exported. Once you import plans that show a change, it stops waiting.
      </p>
      <button type="button" onClick={exportNow} disabled={waiting.length === 0}>
        Export status updates (CSV)
      </button>
      <p aria-live="polite" class={said?.error ? 'error' : undefined}>
        {said?.text}
      </p>
    </div>
  );
}
