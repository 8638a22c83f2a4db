import { UserError } from '../shared/user-error';

// A UserError is told in one line, and the command exits 1 having written nothing.

/** Exit statuses of contract section 5. */
export const EXIT = { clean: 0, fatal: 1, someRejected: 2 } as const;

/** A core fatal problem about a file, as the UserError that reports it: `roster.csv:A1: no Name column …`. */
export function fatalIn(path: string, problem: { cell: string; message: string }): UserError {
  return new UserError(`${path}${problem.cell ? `:${problem.cell}` : ''}: ${problem.message}`);
}
