import { describe, expect, it } from 'vitest';
import { rosterColumns } from '../../shared/roster-columns';
import { planFor } from '../../shared/plan';
import { PATHS } from '../../shared/paths/templates';
import { checkRow } from '../../shared/roster-row';
import type { PathId } from '../../shared/types';

const columns = rosterColumns(['Name', 'Email', 'Role', 'Manager', 'Manager email', 'Path', 'Target role', 'Focus area']);
const row = (overrides: Record<number, unknown>) =>
  Object.assign(['Ana Lopez', 'ana@example.com', 'Developer', 'Sam', 'sam@example.com', 'technical', '', ''], overrides);
const seen = new Map([['bo@example.com', 'B2']]);

describe('checkRow: a person or the problems that leave the row out', () => {
  it.each([
    ['a clean row', {}, [], 'ana@example.com', 'B5'],
    ['a blank path (undecided)', { 5: '' }, [], 'ana@example.com', 'B5'],
    ['a path as plans print it', { 5: 'Subject-matter expert' }, [], 'ana@example.com', 'B5'],
    ['no name', { 0: ' ' }, [['A5', 'missing name']], 'ana@example.com', 'B5'],
    ['no email', { 1: '' }, [['B5', 'missing email']], '', undefined],
    ['a malformed email', { 1: 'ana@' }, [['B5', 'malformed email "ana@"']], 'ana@', undefined],
    [
      'an email with #',
      { 1: 'a#b@example.com' },
      [['B5', expect.stringContaining('cannot hold "#" or a space')]],
      'a#b@example.com',
      undefined,
    ],
    [
      'a duplicate email, any case',
      { 1: 'BO@example.com' },
      [['B5', 'duplicate email "BO@example.com" (first at B2)']],
      'bo@example.com',
      'B5',
    ],
    ['a malformed manager email', { 4: 'sam' }, [['E5', 'malformed manager email "sam"']], 'ana@example.com', 'B5'],
    [
      'an unknown path',
      { 5: 'wizard' },
      [['F5', expect.stringMatching(/^unknown path "wizard" \(accepted: technical, .*, or blank for undecided\)$/)]],
      'ana@example.com',
      'B5',
    ],
    [
      'two problems',
      { 0: '', 5: 'wizard' },
      [
        ['A5', 'missing name'],
        ['F5', expect.any(String)],
      ],
      'ana@example.com',
      'B5',
    ],
  ])('%s', (_what, overrides, problems, identity, emailCell) => {
    const check = checkRow(row(overrides), 5, columns, seen);
    expect(check.problems).toEqual(problems.map(([cell, message]) => ({ cell, message })));
    expect(check.person === undefined).toBe(problems.length > 0);
    expect(check.identity).toBe(identity);
    expect(check.emailCell).toBe(emailCell);
  });

  it('reads every field of a clean row, trimmed, with its row number', () => {
    const check = checkRow(
      ['  Ana ', ' ana@example.com', 'Developer', 'Sam', '', 'expert', 'Architect', 'network security'],
      7,
      columns,
      new Map(),
    );
    expect(check.person).toEqual({
      name: 'Ana',
      email: 'ana@example.com',
      role: 'Developer',
      manager: 'Sam',
      managerEmail: '',
      path: 'expert',
      targetRole: 'Architect',
      focus: 'network security',
    });
  });

  it('reads a missing optional column as blank', () => {
    expect(checkRow(['Ana', 'ana@example.com'], 2, rosterColumns(['Name', 'Email']), new Map()).person).toMatchObject({
      role: '',
      path: 'undecided',
    });
  });

  // A plan's Path cell pasted back into a roster names the same path: what Trellis writes, it reads.
  it.each(Object.keys(PATHS) as PathId[])('the %s path round-trips through its label as plans print it', (id) => {
    const label = PATHS[id].label;
    const person = checkRow(row({ 5: label }), 5, columns, new Map()).person;
    expect(person?.path).toBe(id);
    expect(planFor(person!, '2026-01-05')[0]!.path).toBe(label);
  });
});
