/**
 * The top of the options page, which is also what a new install opens: what Trellis does, then the three things a
 * manager needs to know to start. The plans import is the card right under it.
 */
export function Welcome() {
  return (
    <header class="welcome">
      <h1>Trellis</h1>
      <p class="lead">
        Trellis keeps a few minutes of each one-on-one for the person's growth: beside the meeting in Google Calendar it suggests what to
        ask, shows the next step of their written plan, and keeps a note only you see.
      </p>
      <ol class="start">
        <li>
          <strong>Bring in your team's plans</strong> with "Import plans" just below: the plans CSV from the Trellis Sheets add-on or{' '}
          <code>trellis plan</code>. The file stays in this browser.
        </li>
        <li>
          <strong>Open a one-on-one in Google Calendar.</strong> The Trellis panel appears beside the event's details.
        </li>
        <li>
          <strong>A one-on-one</strong> is a meeting of you and one other person, or one whose title says so ("1:1", "Ana / Dev"). On any
          other meeting, click "Treat as 1:1" in the small Trellis box beside it; Trellis remembers that for the whole series.
        </li>
      </ol>
    </header>
  );
}
