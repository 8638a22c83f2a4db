import { describe, expect, it } from 'vitest';
import { plural } from '../../shared/plural';

describe('plural', () => {
  it.each([
    [0, '0 people'],
    [1, '1 person'],
    [2, '2 people'],
    [20_000, '20,000 people'],
  ])('%i → %s', (n, text) => {
    expect(plural(n, 'person', 'people')).toBe(text);
  });
});
