import fc from 'fast-check';
import type { Person } from '../../../shared/types';

/** Roles worth planning for: the ladder's titles and their spellings, titles off it, numbered ones, and blank. */
const ROLES = [
  'Developer',
  'Senior Developer',
  'Lead Developer',
  'Software Architect',
  'Principal Engineer',
  'Junior Developer',
  'Software Engineer',
  'Software Engineer II',
  'SDE 2',
  'sde-1',
  'Sr. Backend Developer',
  'Staff Engineer',
  'Tech Lead',
  'Data Analyst',
  'Senior Data Analyst',
  'Network Engineer',
  'developer.',
  'Junior-Developer',
  '',
];

/** People on every built-in path, with and without a target role, with roles from ROLES or typed at random. */
export const peopleArb = (paths: readonly string[] = ['technical', 'expert', 'mentor', 'management', 'undecided']) =>
  fc
    .array(
      fc.record({
        role: fc.oneof(fc.constantFrom(...ROLES), fc.string({ maxLength: 24 })),
        path: fc.constantFrom(...paths),
        targetRole: fc.oneof(fc.constant(''), fc.constantFrom('Staff Engineer', 'Senior Developer', 'Head of Data')),
        focus: fc.constantFrom('', 'network security'),
        manager: fc.constantFrom('', 'Sam Okafor'),
      }),
      { maxLength: 8 },
    )
    .map((rows) =>
      rows.map(
        (row, i): Person => ({
          ...row,
          name: `Person ${i}`,
          email: `p${i}@example.com`,
          managerEmail: row.manager ? 'sam@example.com' : '',
        }),
      ),
    );
