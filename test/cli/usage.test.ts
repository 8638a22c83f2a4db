// End-to-end: --version, and what a mistyped command or option gets: the one most likely meant, exit 1, a pointer to
// --help; and no message names its command twice.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, expectFatal, fixture, tempDir, trellis } from './run';

describe('trellis --version', () => {
  it.each([['--version'], ['-v']])('%s prints the version from cli/package.json, exit 0', (flag) => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'cli/package.json'), 'utf8')) as { version: string };
    const run = trellis(tempDir(), flag);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
    expect(run.stderr).toBe('');
  });
});

describe('trellis --help', () => {
  it('lists every command with one line each, and how to see a command options and the version', () => {
    const run = trellis(tempDir(), '--help');
    expect(run.status).toBe(0);
    for (const command of ['plan ROSTER', 'status PLANS', 'report PLANS', 'prompts', 'goals ROSTER', 'framework'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    expect(run.stdout).toContain('trellis <command> --help');
    expect(run.stdout).toContain('trellis --version');
  });
});

describe('a mistyped command or option suggests the one meant', () => {
  it.each([
    [['staus', 'plans.csv'], 'trellis: unknown command "staus". Did you mean "status"? (trellis --help lists the commands)'],
    [['Plan', 'team.csv'], 'trellis: unknown command "Plan". Did you mean "plan"? (trellis --help lists the commands)'],
    [['promts'], 'trellis: unknown command "promts". Did you mean "prompts"? (trellis --help lists the commands)'],
    [
      ['summary'],
      'trellis: unknown command "summary"; the commands are plan, status, report, prompts, goals and framework (trellis --help)',
    ],
    [['--verison'], 'trellis: unknown option --verison. Did you mean --version? (trellis --help lists the commands)'],
    [['status', 'plans.csv', '--ouT', 'x.csv'], 'trellis status: unknown option --ouT. Did you mean --out? (--help lists the options)'],
    [['plan', 'team.csv', '--fromat', 'md'], 'trellis plan: unknown option --fromat. Did you mean --format? (--help lists the options)'],
    [['prompts', '--persn', 'a@example.com'], 'trellis prompts: unknown option --persn. Did you mean --person? (--help lists the options)'],
    [['goals', 'team.csv', '--colour'], 'trellis goals: unknown option --colour (--help lists the options)'],
  ])('trellis %j', (args, message) => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    const run = trellis(dir, ...args);
    expectFatal(run);
    expect(run.errLines).toEqual([message]);
  });
});

describe('no message names its command twice', () => {
  it.each([
    [['status']],
    [['plan']],
    [['goals']],
    [['status', 'team.csv', '--by', 'person']],
    [['prompts', 'plans.csv']],
    [['status', 'team.csv']],
    [['status', 'missing.csv']],
    [['status', 'team.csv', '--today', 'soon']],
    [['plan', 'team.csv', '--format', 'xml']],
    [['plan', 'team.csv', '--out']],
  ])('trellis %j', (args) => {
    const dir = tempDir();
    fixture(dir, 'team.csv');
    const run = trellis(dir, ...args);
    expectFatal(run);
    const line = run.errLines[0]!;
    expect(line.startsWith(`trellis ${args[0]}: `), line).toBe(true);
    expect(line.split(`trellis ${args[0]}`).length - 1, line).toBe(1);
  });
});
