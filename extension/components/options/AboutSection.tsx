import { diagnosticsItem, saveProblemItem } from '../../storage';
import { when } from './format';
import { useStored, useWatched } from './use-stored';

const WHERE = { popup: 'in an event popup', page: 'on a full event page' } as const;

/** The diagnostics line a user can copy into a report, and where Trellis keeps what it keeps. */
export function AboutSection() {
  const [diagnostics] = useStored(diagnosticsItem);
  // Watched, so a Calendar tab's failed save shows here while this page is open.
  const saveProblem = useWatched(saveProblemItem);
  return (
    <>
      <section aria-labelledby="diag-h">
        <h2 id="diag-h">Diagnostics</h2>
        {saveProblem && (
          <p class="diagnostics" role="alert">
            Not saved: on {when(saveProblem.at)}, a Calendar tab could not save your changes: {saveProblem.reason}. They are kept in that
            tab until Trellis can save them. {saveProblem.advice}
          </p>
        )}
        {diagnostics === undefined || (diagnostics === null && saveProblem) ? null : diagnostics === null ? (
          <p>No problems seen on Calendar pages.</p>
        ) : (
          <p class="diagnostics">
            On {when(diagnostics.at)}, {WHERE[diagnostics.where]}, Trellis could not find:{' '}
            {diagnostics.missing.join(', ') || 'nothing it could name'}. Calendar may have changed its page; if you report a problem,
            include this line.
          </p>
        )}
      </section>
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">Privacy</h2>
        <p>
          Everything Trellis keeps stays inside Chrome. Your settings and your own prompts are in Chrome's sync storage, so they follow you
          to other computers where you use Chrome signed in; so does the reason of a save that failed, never its content. Meetings, notes,
          the people you met and imported plans stay on this computer only. Trellis makes no network requests and sends nothing anywhere. To
          remove it all, use "Delete everything Trellis stored" above, or remove the extension.
        </p>
      </section>
    </>
  );
}
