/** A problem the user can fix, told in one line without a stack trace; the command exits 1 and writes nothing. */
export class UserError extends Error {
  override name = 'UserError';
}

/** Exit statuses of contract section 5. */
export const EXIT = { clean: 0, fatal: 1, someRejected: 2 } as const;
