// The written plan as the person's own plan (contract section 8): their current role, their goals in their words,
// a draft until the conversation is written down, and the Target date beside the plan's own date when they disagree.
import { describe, expect, it } from 'vitest';
import { GOALS_HEADERS } from '../../shared/goals';
import { planFor } from '../../shared/plan';
import type { PlanRow } from '../../shared/types';
import { targetDateGaps } from '../../shared/written-goals';
import { planDocument, planToMarkdown, planToText, writtenPlan } from '../../shared/written-plan';
import { person } from './person';
import { goals } from './written-plan-goals';

const TODAY = '2026-11-28';
const ana = person({ name: 'Ana Lopez', email: 'ana@example.com', path: 'technical', targetRole: 'Senior Developer' });
const rows = planFor(ana, TODAY);
/** The Due of Ana's title review (propose-title-change, 180 days on). */
const REVIEW_DUE = '2027-05-27';

const filled = goals({
  conversationDate: '2026-11-20',
  jobFeels: 'Good, but stuck on maintenance.\nWants design work.',
  shortTerm: 'Own the billing service',
  notWanted: 'Managing people',
  managerSupport: 'Time for design reviews',
  targetDate: '2027-06-01',
});

describe('the written plan opens with the person, and then their goals', () => {
  it('has one goals field per goals column but Email and Person', () => {
    expect(Object.keys(goals())).toHaveLength(GOALS_HEADERS.length);
  });

  it('lists person, manager, current role and path first, then the goals in their words', () => {
    const md = planToMarkdown(writtenPlan(rows, TODAY, { role: 'Developer', goals: filled }));
    const lines = md.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '# Career plan: Ana Lopez',
      '',
      '- **Person:** Ana Lopez (ana\\@example.com)',
      '- **Manager:** Sam Okafor',
      '- **Current role:** Developer',
      expect.stringMatching(/^- \*\*Path:\*\* Technical ladder/),
      '- **Target role:** Senior Developer',
    ]);
    const goalsAt = lines.indexOf("## Goals in Ana's words");
    expect(goalsAt).toBeGreaterThan(0);
    expect(goalsAt).toBeLessThan(lines.indexOf('## What Ana will do'));
    expect(lines.slice(goalsAt + 1, goalsAt + 11)).toEqual([
      '',
      'As said in the career-goals conversation on 20 Nov 2026.',
      '',
      '- **In the next 6 to 12 months:** Own the billing service',
      '- **Does not want:** Managing people',
      '- **How the job feels now:** Good, but stuck on maintenance.\\',
      '  Wants design work.',
      '- **Support wanted from Sam Okafor:** Time for design reviews',
      '- **Target date:** 1 Jun 2027',
      '',
    ]);
    expect(md).not.toMatch(/draft/i);
  });

  it.each([
    ['no goals row', undefined],
    ['a goals row with only Email and Person', goals()],
    ['answers that are only spaces', goals({ jobFeels: '  ', shortTerm: '\n' })],
  ])('with %s, the first line under the title says the plan is a draft', (_, given) => {
    const plan = writtenPlan(rows, TODAY, { role: 'Developer', goals: given });
    const draft = 'This plan is a draft until the career-goals conversation with Ana has been written down.';
    expect(planToMarkdown(plan).split('\n').slice(0, 3)).toEqual(['# Career plan: Ana Lopez', '', `**${draft}**`]);
    expect(planToText(plan).split('\n').slice(0, 4)).toEqual(['Career plan: Ana Lopez', '======================', '', draft]);
    expect(planDocument(plan).blocks[0]).toEqual({ kind: 'notice', text: draft });
  });

  it.each([
    ['a role from the roster', 'Lead Developer', 'Lead Developer'],
    ['no role given', '', 'not given on the roster'],
    ['a role typed over two lines', 'Lead\n# Developer', 'Lead \\# Developer'],
  ])('shows the current role: %s', (_, role, shown) => {
    expect(planToMarkdown(writtenPlan(rows, TODAY, { role }))).toContain(`- **Current role:** ${shown}\n`);
  });

  it('shows the conversation without a date when none was written', () => {
    const md = planToMarkdown(writtenPlan(rows, TODAY, { goals: goals({ whatsNext: 'Staff engineer' }) }));
    expect(md).toContain("## Goals in Ana's words\n\nAs said in the career-goals conversation.\n\n- **What comes next:** Staff engineer\n");
  });
});

describe('Target date against the plan’s own date', () => {
  const at = (rows: PlanRow[], id: string) => rows.findIndex((r) => r.key.endsWith(`#${id}`));
  const review = at(rows, 'propose-title-change');

  it.each([
    ['the same day', REVIEW_DUE, undefined],
    ['30 days earlier', '2027-04-27', undefined],
    ['31 days earlier', '2027-04-26', 31],
    ['30 days later', '2027-06-26', undefined],
    ['31 days later', '2027-06-27', -31],
    ['a year later', '2028-05-27', -366],
  ])('a Target date %s than the Due', (_, targetDate, days) => {
    const gaps = targetDateGaps(rows, () => goals({ targetDate }));
    expect(gaps.map((g) => g.days)).toEqual(days === undefined ? [] : [days]);
    if (days !== undefined) expect(gaps[0]).toMatchObject({ index: review, due: REVIEW_DUE, targetDate, identity: 'ana@example.com' });
  });

  it.each([
    ['no goals', () => undefined],
    ['no Target date', () => goals()],
  ])('with %s, nothing to compare', (_, goalsOf) => {
    expect(targetDateGaps(rows, goalsOf)).toEqual([]);
  });

  it('reads the latest review step not Skipped, and skips one with no date', () => {
    const skipped = rows.map((r, i) => (i === review ? { ...r, status: 'Skipped' } : r));
    expect(targetDateGaps(skipped, () => goals({ targetDate: '2030-01-01' }))).toEqual([]);
    const undated = rows.map((r, i) => (i === review ? { ...r, due: 'soon' } : r));
    expect(targetDateGaps(undated, () => goals({ targetDate: '2030-01-01' }))).toEqual([]);
  });

  it.each([
    ['technical', 'Developer', 'propose-title-change'],
    ['expert', 'Network Engineer', 'record-recognition'],
    ['mentor', 'Developer', 'propose-senior-title'],
    ['mentor', 'Senior Developer', 'recognise-coaching-scope'],
    ['management', 'Senior Developer', 'decide-after-trial'],
    ['undecided', 'Developer', undefined],
  ] as const)('a %s plan for a %s compares its %s step', (path, role, id) => {
    const plan = planFor(person({ email: 'bo@example.com', path, role }), TODAY);
    const gaps = targetDateGaps(plan, () => goals({ targetDate: '2030-01-01' }));
    expect(gaps.map((g) => plan[g.index]!.key)).toEqual(id ? [`bo@example.com#${id}`] : []);
  });

  it.each([
    ['far apart: both dates shown', '2027-01-01', true],
    ['close: the Target date alone', '2027-05-20', false],
  ])('the written plan, %s', (_, targetDate, both) => {
    const md = planToMarkdown(writtenPlan(rows, TODAY, { goals: goals({ shortTerm: 'Billing', targetDate }) }));
    expect(md).toMatch(/- \*\*Target date:\*\* \d+ \w+ 2027\n/);
    expect(
      md.includes(
        '  - **In this plan:** "Review the evidence for Senior Developer with Ana and, where the scope is being met, put forward the title change" is due 27 May 2027',
      ),
    ).toBe(both);
  });
});
