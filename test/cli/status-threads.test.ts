import { describe, expect, it } from 'vitest';
import { threadsFor } from '../../cli/status-threads';

describe('threadsFor: how many threads read the plans files', () => {
  it.each([
    // files, TRELLIS_THREADS, cores, threads
    [1, undefined, 8, 1],
    [3, undefined, 8, 1],
    [4, undefined, 2, 2],
    [1000, undefined, 2, 2],
    [1000, undefined, 16, 4],
    [1000, '', 16, 4],
    [1000, ' ', 2, 2],
    [1000, '1', 16, 1],
    [1000, '8', 2, 8],
    [3, '8', 2, 3],
    [2, '2', 1, 2],
  ])('%i files, TRELLIS_THREADS=%j, %i cores: %i', (files, setting, cores, threads) => {
    expect(threadsFor(files, setting, cores)).toBe(threads);
  });

  it.each(['0', '-1', '1.5', 'two', 'NaN'])('refuses TRELLIS_THREADS=%j', (setting) => {
    expect(() => threadsFor(10, setting, 2)).toThrow(`TRELLIS_THREADS=${setting}: give a whole number of threads, 1 or more`);
  });
});
