import { UserError } from '../../shared/user-error';

/** What a failure says to the user: our own words for a UserError, the gist of anything else, never a stack trace. */
export function messageFor(action: string, error: unknown): string {
  if (error instanceof UserError) return error.message;
  const detail = (error instanceof Error ? error.message : String(error)).replace(/^Exception:\s*/, '').trim();
  return (
    `Trellis stopped while ${action}${detail ? `: ${detail}` : '.'}\n\n` +
    'Anything already written is still there. Try again in a minute; if it happens again, reload the spreadsheet first.'
  );
}
