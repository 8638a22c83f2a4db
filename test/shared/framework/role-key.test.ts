import { describe, expect, it } from 'vitest';
import { roleKey } from '../../../shared/framework/role-key';

describe('roleKey: how a role is compared with a rung (contract section 12)', () => {
  it.each([
    ['Software Engineer II', 'software engineer 2'],
    ['software-engineer   2', 'software engineer 2'],
    ['SOFTWARE ENGINEER (II)', 'software engineer 2'],
    ['  Sr.  Analyst ', 'sr analyst'],
    ['Engineer IV', 'engineer 4'],
    ['Engineer IX', 'engineer 9'],
    ['Engineer X', 'engineer 10'],
    ['Engineer XIV', 'engineer 14'],
    ['Level XX', 'level 20'],
    ['Engineer IIII', 'engineer iiii'],
    ['Vice President', 'vice president'],
    ['Ingénieure logiciel', 'ingénieure logiciel'],
    ['', ''],
  ])('%j → %j', (role, key) => {
    expect(roleKey(role)).toBe(key);
  });
});
