// The parts of `trellis status PLANS…` (contract section 10) that decide without the command: which files, what progress.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, forEachPlansFile, plansFilesOf, progressLine } from '../../cli/status-inputs';
import { detach, detached } from '../../cli/status-summary';
import { FIXTURES } from './run';

describe('progressLine: shown only once a run has taken more than 1.5 s', () => {
  it.each([
    [0, 1000, 0, undefined],
    [119, 1000, 1500, undefined],
    [119, 1000, 1501, 'Reading 120 of 1,000 files…'],
    [0, 2, 60_000, 'Reading 1 of 2 files…'],
    [999, 1000, 90_000, 'Reading 1,000 of 1,000 files…'],
  ])('file %i of %i after %i ms: %j', (index, total, elapsed, line) => {
    expect(progressLine(index, total, elapsed)).toBe(line);
  });
});

describe('filesUnder and plansFilesOf: which files a run reads, in which order', () => {
  const org = join(FIXTURES, 'org');
  it('finds .csv and .xlsx files in subfolders in path order, passing over hidden files', () => {
    expect(filesUnder(org).map((path) => path.slice(org.length + 1))).toEqual([
      'design/plans.csv',
      'engineering/backend/plans.csv',
      'engineering/roster.csv',
    ]);
  });

  it('keeps files in the order given and opens folders where they stand', () => {
    const design = join(org, 'design/plans.csv');
    const roster = join(org, 'engineering/roster.csv');
    expect(plansFilesOf([roster, join(org, 'design'), 'missing.csv'])).toEqual([roster, design, 'missing.csv']);
  });
});

describe('forEachPlansFile: one file at a time, progress shown in place once the run is slow', () => {
  it('hands over each plans table, reports the others, and clears its progress line at the end', async () => {
    const files = filesUnder(join(FIXTURES, 'org'));
    const clock = [0, 0, 1000, 2000];
    const seen: string[] = [];
    const shown: string[] = [];
    await forEachPlansFile(
      files,
      (path, table) => seen.push(`${path.split('/').at(-2)}: ${table.rows.length} rows, extra ${table.extraHeaders.join(', ')}`),
      (path, reason) => seen.push(`skipped ${path.split('/').at(-1)}: ${reason.slice(path.length + 1, path.length + 12)}`),
      { progress: (line) => shown.push(line), now: () => clock.shift() ?? 5000 },
    );
    expect(seen).toEqual(['design: 4 rows, extra ', 'backend: 3 rows, extra Team note', 'skipped roster.csv: is a roster']);
    expect(shown).toEqual(['Reading 3 of 3 files…', '']);
  });
});

// What is kept per person is copied off the file's text (so it can be freed); the copy must be the same text.
describe('detach and detached: the same text, copied', () => {
  it.each(['', ' ', 'a', 'Zoë Ångström, 中文 🙂', ' padded \r\n', 'x'.repeat(100)])('%j', (text) => {
    const file = `head,${text},tail`;
    expect(detach(file.slice(5, 5 + text.length))).toBe(text);
  });

  it('copies every text field, keeps the rest, and leaves the original as it was', () => {
    const value = { person: 'Ana Lopez', email: 'ana@example.com', steps: 12, signed: true, manager: '' };
    const copy = detached(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(value).toEqual({ person: 'Ana Lopez', email: 'ana@example.com', steps: 12, signed: true, manager: '' });
  });
});
