import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { localDay } from '../../../shared/dates';
import { byAttention, type AttentivePerson } from '../../../shared/meeting/attention';
import { recentPeople } from '../../../shared/meeting/people';
import { meetingsItem, peopleItem, plansItem, settingsItem, stepMarksItem } from '../../storage';
import { PersonCard } from './PersonCard';

/**
 * Reads what the popup shows: the people met recently, with their last career conversation and next step, what
 * needs attention first (shared/meeting/attention.ts).
 */
export async function loadRecent(today: string): Promise<AttentivePerson[]> {
  const [people, meetings, plans, settings, marks] = await Promise.all([
    peopleItem.getValue(),
    meetingsItem.getValue(),
    plansItem.getValue(),
    settingsItem.getValue(),
    stepMarksItem.getValue(),
  ]);
  const { nudgeDays } = settings;
  // The next step as the panel shows it: a step marked Done there is not next here either.
  return byAttention(recentPeople({ people, meetings, plans, today, nudgeDays, marks }), today, nudgeDays);
}

/** The toolbar popup. */
export function Popup(props: { today?: string }) {
  const today = props.today ?? localDay(new Date());
  const [people, setPeople] = useState<AttentivePerson[] | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    loadRecent(today).then(setPeople, (err) =>
      setError(`Trellis could not read what it stored (${String(err)}). Close this and try again.`),
    );
  }, [today]);

  return (
    <main class="page popup">
      <h1>People you met recently</h1>
      {error ? (
        <p class="error">{error}</p>
      ) : people === null ? (
        <p>Loading…</p>
      ) : people.length === 0 ? (
        <p class="empty">
          No one here yet. Open a one-on-one in Google Calendar and Trellis will suggest what to ask; the people you meet will show up here.
        </p>
      ) : (
        <ul class="people">
          {people.map((p) => (
            <PersonCard key={p.key} person={p} />
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" onClick={() => browser.runtime.openOptionsPage()}>
          Options
        </button>
      </div>
    </main>
  );
}
