import { useState } from 'preact/hooks';
import { plural } from '../../../shared/plural';
import { importPlansText } from '../../plans-file';
import { plansItem } from '../../storage';
import { takeFile, when } from './format';
import { Problems } from './Problems';
import { StatusUpdatesExport } from './StatusUpdatesExport';
import { useWatched } from './use-stored';

type Outcome = { problems: string[] } | { error: string } | { removed: true } | null;

/** Import of a plans or plan status CSV, so the overlay can show each person's plan without any network access. */
export function PlansSection() {
  // Watched, so plans chosen in a Calendar tab's panel show here too.
  const plans = useWatched(plansItem);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const choose = async (event: Event) => {
    const file = takeFile(event);
    if (!file) return;
    try {
      const result = await importPlansText(await file.text(), file.name);
      if (!result.ok) return setOutcome({ error: result.message });
      setOutcome({ problems: result.problems });
    } catch (err) {
      setOutcome({
        error: `Could not read ${file.name} (${String(err)}). Your earlier plans are unchanged; try exporting the file again.`,
      });
    }
  };

  const remove = async () => {
    await plansItem.removeValue();
    setOutcome({ removed: true });
  };

  return (
    <section aria-labelledby="plans-h">
      <h2 id="plans-h">Written plans</h2>
      <p class="help">
        Import the plans CSV or the plan status CSV that the Trellis Sheets add-on or <code>npx trellis plan</code> /{' '}
        <code>npx trellis status</code> exported. The overlay then shows each person's next step. The file is read here and never sent
        anywhere.
      </p>
      <div class="field">
        <label for="plans-file">Import plans (.csv or .json)</label>
        <input id="plans-file" type="file" accept=".csv,.json,text/csv,application/json" onChange={choose} />
      </div>
      <div role="status">
        {outcome && 'error' in outcome && <p class="error">{outcome.error}</p>}
        {outcome && 'removed' in outcome && <p>Imported plans removed.</p>}
        {outcome && 'problems' in outcome && <Problems intro="Imported, but some rows could not be used:" problems={outcome.problems} />}
      </div>
      {plans === undefined ? null : plans === null ? (
        <p>No plans imported yet.</p>
      ) : (
        <div class="imported">
          <p>
            <strong>{plans.fileName}</strong>: {plural(plans.people.length, 'person', 'people')}, imported {when(plans.importedAt)}.
            {plans.kind === 'status' ? ' A plan status file gives each next step, not the whole plan.' : ''}
          </p>
          <button type="button" onClick={remove}>
            Remove imported plans
          </button>
        </div>
      )}
      <StatusUpdatesExport />
    </section>
  );
}
