import { emailIdentity } from '../email';

/** The key a person is stored under: the address's identity (see emailIdentity), else "name:" and the lower-cased name. */
export function personKey(person: { email: string | null; name: string }): string {
  return person.email?.trim() ? emailIdentity(person.email) : `name:${person.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
