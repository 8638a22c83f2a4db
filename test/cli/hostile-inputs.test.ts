// Inputs too large or too strange, through the real command: each works or ends in one line and exit 1, never an
// out-of-memory crash or a stack trace. The runs get a 1.5 GB heap, so one that needed more would fail here.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROSTER_HEADER, rosterGrid } from '../../bench/roster';
import { BIN, TODAY, csvObjects, csvRows, expectFatal, listing, read, tempDir, toCsv, trellis, write, type RunResult } from './run';
import { workbook, zipBomb } from './zip';

/** trellis with Node's heap held to 1.5 GB, as the limit for these inputs. */
function trellisSmall(cwd: string, ...args: string[]): RunResult {
  const result = spawnSync(process.execPath, ['--max-old-space-size=1536', BIN, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 180_000,
  });
  const stderr = result.stderr ?? '';
  return { status: result.status, stdout: result.stdout ?? '', stderr, errLines: stderr.split('\n').filter((l) => l.trim() !== '') };
}

describe('inputs too large', () => {
  it('a small workbook written part by part plans (the helper makes real workbooks)', () => {
    const dir = tempDir();
    write(dir, 'team.xlsx', workbook(rosterGrid(3)));
    const run = trellisSmall(dir, 'plan', 'team.xlsx', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
    expect(new Set(csvObjects(run.stdout).map((r) => r.Email)).size).toBe(3);
  });

  it('a 4 MB .xlsx that inflates to 4 GiB is stopped at the limit', () => {
    const dir = tempDir();
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    write(dir, 'roster.xlsx', bomb);
    expectFatal(
      trellisSmall(dir, 'plan', 'roster.xlsx', '--today', TODAY),
      /roster\.xlsx unpacks to more than 16\.0 MB, .*: save the sheet as CSV/,
    );
  });

  it('a workbook whose parts lie about their size is refused as damaged', () => {
    const dir = tempDir();
    const archive = workbook(rosterGrid(3));
    // The central directory's first entry now claims 1 byte: inflating it gives more, which is caught as it streams.
    const central = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), archive.length - 22 - 1);
    const first = archive.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    expect(central).toBeGreaterThan(0);
    archive.writeUInt32LE(1, first + 24);
    write(dir, 'roster.xlsx', archive);
    expectFatal(trellisSmall(dir, 'plan', 'roster.xlsx', '--today', TODAY), /roster\.xlsx could not be read as an Excel workbook/);
  });

  it('a 300,000-row workbook gets one line: save it as CSV', () => {
    const dir = tempDir();
    const rows = [['Name', 'Email'], ...Array.from({ length: 300_000 }, (_, i) => [`Person ${i}`, `p${i}@example.com`])];
    write(dir, 'roster.xlsx', workbook(rows));
    expectFatal(trellisSmall(dir, 'plan', 'roster.xlsx', '--today', TODAY), /roster\.xlsx unpacks to more than 16\.0 MB/);
  }, 120_000);

  it('a 200,000-row roster gets one line that says how to go on', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(rosterGrid(200_000)));
    expectFatal(
      trellisSmall(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY),
      /roster\.csv has 200,000 people; Trellis plans up to 20,000 in one run: split the roster by department or manager and give each part its own --out/,
    );
    expect(listing(dir)).toEqual(['roster.csv']);
  }, 120_000);

  it('a plans row with a million filled cells gets one line naming the row', () => {
    const dir = tempDir();
    const header = 'Key,Person,Email,Manager,Path,Target role,Step,Owner,Owner role,Owner email,Due,Status,Notes';
    const wide = `ana@example.com#goals,Ana,ana@example.com,,,,Talk,Ana,Employee,,,Not started,${'x,'.repeat(1_000_000)}x`;
    write(dir, 'plans.csv', `${header}\n${wide}\n`);
    for (const args of [
      ['status', 'plans.csv'],
      ['prompts', '--plans', 'plans.csv'],
    ]) {
      expectFatal(
        trellisSmall(dir, ...args, '--today', TODAY),
        /plans\.csv:2: row 2 has 1,000,013 cells; Trellis reads tables up to 18,278 columns wide \(as Google Sheets does\): delete the cells past column ZZZ/,
      );
    }
  });

  it('a roster of very long cells, whose plans would outgrow what Trellis reads back, gets one line', () => {
    const dir = tempDir();
    const long = (c: string, i: number) => `${c.repeat(40_000)}${i}`;
    const people = Array.from({ length: 500 }, (_, i) => [
      long('N', i),
      `p${i}@example.com`,
      long('R', i),
      long('M', i),
      long('F', i),
      'expert',
    ]);
    write(dir, 'roster.csv', toCsv([['Name', 'Email', 'Role', 'Manager', 'Focus area', 'Path'], ...people]));
    expectFatal(
      trellisSmall(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY),
      /^trellis plan: plans\.csv: the plans table would be larger than Trellis reads back \(96\.0 MB\); nothing was written: split the roster/,
    );
    expect(listing(dir)).toEqual(['roster.csv']);
  });

  it('a named pipe called roster.csv is refused as what it is, never read for ever', () => {
    const dir = tempDir();
    expect(spawnSync('mkfifo', [`${dir}/roster.csv`]).status).toBe(0);
    expectFatal(
      trellisSmall(dir, 'plan', 'roster.csv', '--today', TODAY),
      /roster\.csv is not an ordinary file \(a device, pipe or socket\)/,
    );
  });

  it('a row of a million empty cells is only a row', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', `Name,Email${','.repeat(1_000_000)}\nAna Lopez,ana@example.com\n`);
    const run = trellisSmall(dir, 'plan', 'roster.csv', '--today', TODAY);
    expect(run.status, run.stderr).toBe(0);
  });

  it('20,000 people: the plans file Trellis writes is read back whole by plan, status and prompts', () => {
    const dir = tempDir();
    write(dir, 'roster.csv', toCsv(rosterGrid(20_000)));
    // 2, not 0: the generated roster leaves some manager emails blank, each told with its cell (contract section 1).
    const planned = trellisSmall(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(planned.status, planned.stderr).toBe(2);
    const refreshed = trellisSmall(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(refreshed.status, refreshed.stderr).toBe(2);
    expect(refreshed.errLines).toContainEqual(expect.stringMatching(/^Refreshed plans\.csv: kept \d{3},\d{3} rows, added 0\.$/));
    const status = trellisSmall(dir, 'status', 'plans.csv', '--today', TODAY);
    expect(status.status, status.stderr).toBe(0);
    expect(csvRows(status.stdout)).toHaveLength(20_001);
    const prompts = trellisSmall(dir, 'prompts', '--plans', 'plans.csv', '--format', 'json', '--today', TODAY);
    expect(prompts.status, prompts.stderr).toBe(0);
    expect(JSON.parse(prompts.stdout)).toHaveLength(20_000);
  }, 300_000);
});

describe('inputs too strange', () => {
  it('a NUL byte far into a CSV file is refused like a binary file', () => {
    const dir = tempDir();
    const people = rosterGrid(2_000);
    const text = toCsv(people);
    const at = text.length - 100;
    write(dir, 'roster.csv', `${text.slice(0, at)}\0${text.slice(at)}`);
    expect(at).toBeGreaterThan(65_536);
    expectFatal(trellis(dir, 'plan', 'roster.csv', '--today', TODAY), /roster\.csv looks like a binary file/);
  });

  it('escape sequences in cells never reach the terminal', () => {
    const dir = tempDir();
    const evil = 'Ana \u001b]0;owned\u0007\u001b[2J\u009b31m';
    write(
      dir,
      'roster.csv',
      toCsv([
        ['Name', 'Email'],
        [evil, 'not-an-email'],
        ['Bo Chen', 'bo@example.com'],
      ]),
    );
    const run = trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('roster.csv:B2: malformed email "not-an-email"');
    // The same person planned, then shown as text: the name arrives without its control characters.
    write(
      dir,
      'roster.csv',
      toCsv([
        ['Name', 'Email'],
        [evil, 'ana@example.com'],
      ]),
    );
    expect(trellis(dir, 'plan', 'roster.csv', '--out', 'plans.csv', '--today', TODAY).status).toBe(0);
    const text = trellis(dir, 'prompts', '--plans', 'plans.csv', '--today', TODAY);
    const md = trellis(dir, 'plan', 'roster.csv', '--format', 'md', '--today', TODAY);
    for (const out of [text.stdout, md.stdout]) {
      expect(out).toMatch(/Ana \uFFFD\\?\]0;owned/);
      expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    }
    // The plans file keeps exactly what was typed: it is data, not terminal output.
    expect(read(dir, 'plans.csv')).toContain(evil);
  });

  it('a reader that stops early ends the run quietly, with no stack trace', () => {
    const dir = tempDir();
    // Everyone with a manager email, so nothing at all is told on a run that goes well.
    const email = ROSTER_HEADER.indexOf('Manager email');
    write(dir, 'roster.csv', toCsv(rosterGrid(2_000).filter((row, i) => i === 0 || row[email] !== '')));
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" plan roster.csv --today ${TODAY} | head -c 100 > /dev/null`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
  });

  it('a cell with a line break in a problem message stays on one line', () => {
    const dir = tempDir();
    write(
      dir,
      'roster.csv',
      toCsv([
        ['Name', 'Email'],
        ['Ana Lopez', 'ana\nlopez'],
        ['Bo', 'bo@example.com'],
      ]),
    );
    const run = trellis(dir, 'plan', 'roster.csv', '--today', TODAY);
    expect(run.status).toBe(2);
    expect(run.errLines.filter((l) => l.startsWith('roster.csv:'))).toEqual([
      'roster.csv:B2: malformed email "ana lopez": an email cannot hold "#" or a space (each plan row\'s Key is <email>#<step>)',
    ]);
  });
});
