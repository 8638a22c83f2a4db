/** A problem the user can fix, told in their words as it is, without a stack trace (each front end shows it its way). */
export class UserError extends Error {
  override name = 'UserError';
}
