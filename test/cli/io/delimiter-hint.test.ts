import { describe, expect, it } from 'vitest';
import { delimiterHint } from '../../../cli/io/delimiter-hint';

describe('delimiterHint', () => {
  it.each([
    [[['Name;Email;Role']], '; the file seems to use semicolons between columns: save it as CSV with commas'],
    [[[''], ['Name\tEmail']], '; the file seems to use tabs between columns: save it as CSV with commas'],
    [[['Name', 'Email']], ''],
    [[['Names']], ''],
    [[], ''],
  ])('%j → %j', (grid, hint) => {
    expect(delimiterHint(grid)).toBe(hint);
  });
});
