import { describe, expect, it } from 'vitest';
import { planFor } from '../../shared/plan';
import { planToMarkdown, planToText, writtenPlan } from '../../shared/written-plan';
import type { PlanRow } from '../../shared/types';
import { person } from './person';

const TODAY = '2026-11-28';
const ana = person({ name: 'Ana Lopez', email: 'ana@example.com', path: 'expert', focus: 'network security' });
const mark = (rows: PlanRow[], id: string, status: string) => rows.map((r) => (r.key.endsWith(`#${id}`) ? { ...r, status } : r));

describe('writtenPlan', () => {
  const plan = writtenPlan(planFor(ana, TODAY), TODAY);

  it('names who, the path and the target', () => {
    expect(plan).toMatchObject({ person: 'Ana Lopez', manager: 'Sam Okafor', path: 'Subject-matter expert', targetRole: '' });
    expect(plan.pathSummary).not.toBe('');
  });

  it('groups steps by owner and keeps sign-off and review apart', () => {
    expect(plan.employeeSteps.length).toBeGreaterThan(0);
    expect(plan.managerSteps.length).toBeGreaterThan(0);
    expect(plan.employeeSteps.every((s) => s.owner === 'Ana Lopez')).toBe(true);
    expect(plan.managerSteps.every((s) => s.owner === 'Sam Okafor')).toBe(true);
    const texts = [...plan.employeeSteps, ...plan.managerSteps].map((s) => s.text);
    expect(texts.some((t) => /sign/i.test(t) && /written plan/i.test(t))).toBe(false);
    expect(plan.signOff.map((s) => [s.role, s.name, s.signed])).toEqual([
      ['Employee', 'Ana Lopez', false],
      ['Manager', 'Sam Okafor', false],
    ]);
    expect(plan.review?.owner).toBe('Sam Okafor');
  });

  it('gives each step its why, with the placeholders filled', () => {
    for (const s of [...plan.employeeSteps, ...plan.managerSteps]) {
      expect(s.why).not.toBe('');
      expect(`${s.why} ${s.evidence}`).not.toMatch(/\{\w+\}/);
    }
  });

  it.each([
    ['2026-11-28', false],
    ['2026-12-04', true],
  ])('on %s the first step overdue is %s', (today, overdue) => {
    expect(writtenPlan(planFor(ana, TODAY), today).employeeSteps[0]!.overdue).toBe(overdue);
  });

  it('shows a signed plan as signed', () => {
    const rows = mark(mark(planFor(ana, TODAY), 'sign-off-employee', 'Done'), 'sign-off-manager', 'done');
    expect(writtenPlan(rows, TODAY).signOff.every((s) => s.signed)).toBe(true);
  });

  it('lists each section in due order, wherever a refresh put a row, with undated rows last', () => {
    const rows = planFor(ana, TODAY);
    const manager = rows.filter((r) => r.ownerRole === 'Manager' && !/sign-off|progress-review/.test(r.key));
    const late = { ...manager[0]!, key: 'ana@example.com#own', step: 'Undated step added by hand', due: '' };
    // The earliest manager step moved to the end of the table, as a refresh places a step new to the template.
    const shuffled = [...rows.filter((r) => r !== manager[0]), late, manager[0]!];
    const steps = writtenPlan(shuffled, TODAY).managerSteps;
    expect(steps.map((s) => s.text)).toEqual([...manager.map((r) => r.step), late.step]);
    expect(steps.map((s) => s.due)).toEqual([...manager.map((r) => r.due), '']);
  });

  it('puts rows with no known owner role under other steps', () => {
    const rows = [...planFor(ana, TODAY), { ...planFor(ana, TODAY)[0]!, key: '', ownerRole: '', step: 'Read a book' }];
    expect(writtenPlan(rows, TODAY).otherSteps.map((s) => s.text)).toEqual(['Read a book']);
  });
});

describe('planToMarkdown', () => {
  it('reads as a document two people would sign', () => {
    const md = planToMarkdown(writtenPlan(mark(planFor(ana, TODAY), 'goals-reflection', 'Done'), TODAY));
    expect(md).toMatch(/^# Career plan: Ana Lopez\n/);
    expect(md).toContain('## What Ana will do');
    expect(md).toContain('## What Sam Okafor will do to support Ana');
    expect(md).toContain('## Sign-off');
    expect(md).toMatch(/- \[x\] .*Done\)/);
    expect(md).toMatch(/- Employee: Ana Lopez {3}Signature: _+ {3}Date: _+ \(by 28 Dec 2026\)/);
    expect(md).toContain('network security');
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['**bold** [link](http://x)', '\\*\\*bold\\*\\* \\[link\\](http\\://x)'],
    ['two\nlines', 'two lines'],
    ['- [x] Ana', '- \\[x\\] Ana'],
  ])('keeps %j as text', (name, shown) => {
    const md = planToMarkdown(writtenPlan(planFor(person({ ...ana, name }), TODAY), TODAY));
    expect(md.split('\n')[0]).toBe(`# Career plan: ${shown}`);
  });
});

describe('planToText', () => {
  it('is plain text with the same sections', () => {
    const text = planToText(writtenPlan(planFor(ana, TODAY), TODAY));
    expect(text).toMatch(/^Career plan: Ana Lopez\n=+\n/);
    expect(text).toContain('What Ana will do\n----');
    expect(text).toContain('[ ] ');
    expect(text).not.toContain('**');
  });
});

describe('no typed text forges structure in a written plan', () => {
  // A name and a manager cell typed to look like a heading, a ticked box and a signature, reaching every line they fill.
  const forged = 'Sam\n## Sign-off\n- [x] Employee: Ana Lopez: signed';
  const rows = planFor(person({ ...ana, name: 'Ana\n# Signed', manager: forged }), TODAY);

  it.each([
    ['Markdown', planToMarkdown, '## Sign-off'],
    ['text', planToText, 'Sign-off'],
  ])('%s: one sign-off section, no forged heading, box or signature line', (_, render, signOff) => {
    const lines = render(writtenPlan(rows, TODAY)).split('\n');
    expect(lines.filter((l) => l === signOff)).toHaveLength(1);
    expect(lines.filter((l) => /^(#+ |- \[x\] |\[x\] )?(Sign-off|Signed|Employee: Ana Lopez: signed)/.test(l) && l !== signOff)).toEqual(
      [],
    );
    expect(lines.filter((l) => /signed \(marked Done/.test(l))).toEqual([]);
  });

  it('the done-when lines, which fill in the manager, keep the typed lines inside the item, escaped', () => {
    const md = planToMarkdown(writtenPlan(rows, TODAY));
    expect(md).toContain(
      '  - **Done when:** One-page outline agreed with Sam\\\n    \\#\\# Sign-off\\\n    \\- \\[x\\] Employee: Ana Lopez: signed\n',
    );
  });
});
