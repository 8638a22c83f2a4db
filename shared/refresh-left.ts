import { emailIdentity } from './email';
import type { LeftPerson } from './refresh';

/** A person a refresh kept rows for but did not plan, and whether that is because their roster row was rejected. */
export interface LeftReason extends LeftPerson {
  /** True when their roster row is there but was rejected; false when they are no longer on the roster. */
  rejected: boolean;
}

/** Tells apart, for each person a refresh left, a rejected roster row from someone who left the roster. */
export function leftReasons(left: readonly LeftPerson[], rejectedEmails: readonly string[]): LeftReason[] {
  const rejected = new Set(rejectedEmails.map(emailIdentity));
  return left.map((person) => ({ ...person, rejected: rejected.has(emailIdentity(person.email)) }));
}
