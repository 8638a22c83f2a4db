import type { Person } from '../../shared/types';

/** A roster person for tests, with the fields a case does not care about filled in. */
export function person(overrides: Partial<Person> = {}): Person {
  return {
    name: 'Ana Lopez',
    email: 'Ana.Lopez@Example.com',
    role: 'Developer',
    manager: 'Sam Okafor',
    managerEmail: 'sam@example.com',
    path: 'technical',
    targetRole: '',
    focus: '',
    ...overrides,
  };
}
