/** The key a person is stored under: the lower-cased address, else "name:" and the lower-cased name. */
export function personKey(person: { email: string | null; name: string }): string {
  return person.email ? person.email.trim().toLowerCase() : `name:${person.name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
