import { describe, expect, it } from 'vitest';
import { describeSaveFailure } from '../../extension/save-problem';
import { fitsSyncItem, saveProblemItem } from '../../extension/storage';

const AT = new Date('2026-12-01T14:55:00.000Z');

describe('describeSaveFailure', () => {
  it.each([
    ['local storage full', new Error('QUOTA_BYTES quota exceeded'), "Chrome's storage for Trellis is full", /remove the imported plans/],
    ['a sync quota', new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'), "Chrome's storage for Trellis is full", /Copy your note/],
    [
      'a disk error',
      new Error('IO error: .../LOCK: No space left'),
      'Chrome could not write to its storage (IO error: .../LOCK: No space left)',
      /restart Chrome/,
    ],
    ['something not an Error', 'Corruption: bad block', 'Chrome could not write to its storage (Corruption: bad block)', /Try again/],
    ['an empty message', new Error(''), 'Chrome could not write to its storage (no reason given)', /Keep the Calendar tab open/],
  ])('%s', (_name, error, reason, advice) => {
    const problem = describeSaveFailure(error, AT);
    expect(problem).toMatchObject({ at: AT.toISOString(), reason });
    expect(problem.advice).toMatch(advice);
  });

  it('keeps a long message short enough for one storage.sync item', () => {
    const problem = describeSaveFailure(new Error('é'.repeat(10_000)), AT);
    expect(problem.reason).toMatch(/é…\)$/);
    expect(fitsSyncItem(saveProblemItem.key.replace('sync:', ''), problem)).toBe(true);
  });
});
