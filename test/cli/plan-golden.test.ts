// Golden written plans (issue 10): the sample team's plans as `trellis plan --goals` writes them, for a person whose
// goals are written down (Ana) and one still a draft (Dev). A change to them is made on purpose: after reading the
// difference, regenerate with `npx vitest run test/cli/plan-golden.test.ts -u` and review the files in the commit.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, TODAY, trellis } from './run';

const GOLDEN = join(REPO, 'test/fixtures/written');
const PEOPLE = [
  ['Ana Lopez', 'ana-lopez'],
  ['Dev Patel', 'dev-patel'],
] as const;

/** One person's plan out of the printed plans: from their title to the next person's, less the rule between. */
function planOf(printed: string, name: string, title: (name: string) => string): string {
  const start = printed.indexOf(title(name));
  const any = new RegExp(`^${title('.+').replace(/[#]/g, '\\$&')}`, 'm');
  const next = printed.slice(start + 1).search(any);
  const plan = next < 0 ? printed.slice(start) : printed.slice(start, start + 1 + next);
  return `${plan.replace(/\n---\n\n$/, '').trimEnd()}\n`;
}

describe.each([
  ['md', (name: string) => `# Career plan: ${name}`],
  ['text', (name: string) => `Career plan: ${name}\n=`],
] as const)('the sample team’s written plans as %s', (format, title) => {
  const run = trellis(REPO, 'plan', 'examples/roster.csv', '--goals', 'examples/goals.csv', '--format', format, '--today', TODAY);

  it('are written without a problem', () => {
    expect(run.status, run.stderr).toBe(0);
  });

  it.each(PEOPLE)('%s’s equals the golden file', async (name, file) => {
    await expect(planOf(run.stdout, name, title)).toMatchFileSnapshot(join(GOLDEN, `${file}.${format === 'md' ? 'md' : 'txt'}`));
  });
});
