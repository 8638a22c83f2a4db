import { emailIdentity } from '../email';
import { cellText, isBlankRow, normalizeHeader } from '../cells';
import { parseCsv } from '../csv';
import { objectsToGrid } from '../json-grid';
import { groupByPerson, personOf, readPlansTable, stepIdOf } from '../plans-table';
import { dueDay, parseStatus, statusOf, statusProblems, type FieldProblem } from '../status';
import { PLAN_HEADERS, STATUS_HEADERS, type PlanRow } from '../types';
import { openSteps } from './plan-steps';
import type { ImportedPlans, PersonPlan, PlanStepView } from './types';

export { importedPlanFor, openSteps, preferFor } from './plan-steps';

export type PlansImport = { ok: true; plans: ImportedPlans; problems: string[] } | { ok: false; message: string };

const WHERE =
  'Export it again from the Trellis Sheets add-on (the Plans or Plan status sheet, downloaded as CSV) or with trellis plan or trellis status on the command line, then import that file.';
const fail = (message: string): PlansImport => ({ ok: false, message });
const has = (header: readonly unknown[], wanted: readonly string[]) => {
  const names = new Set(header.map(normalizeHeader));
  return wanted.filter((h) => !names.has(normalizeHeader(h)));
};
const rowList = (rows: number[]) => (rows.length > 10 ? `${rows.slice(0, 10).join(', ')} and ${rows.length - 10} more` : rows.join(', '));

/**
 * A plans CSV (contract section 2) or plan status CSV (section 3), or the JSON the command line writes for either,
 * as each person's plan; which kind it is comes from the header row. Messages say what is wrong and what to do.
 */
export function parsePlansImport(text: string, fileName: string, importedAt: string): PlansImport {
  const source = text.replace(/^\uFEFF/, '');
  if (source.trim() === '') return fail(`${fileName} is empty. ${WHERE}`);
  if (source.startsWith('PK\u0003\u0004') || source.includes('\u0000')) {
    return fail(`${fileName} is not a CSV file (it looks like a spreadsheet workbook or other binary file). ${WHERE}`);
  }
  const grid = readGrid(source, fileName);
  if (typeof grid === 'string') return fail(grid);
  const headerIndex = grid.findIndex((row) => !isBlankRow(row));
  const header = grid[headerIndex] ?? [];
  const missingPlan = has(header, PLAN_HEADERS);
  const missingStatus = has(header, STATUS_HEADERS);
  const base = { fileName, importedAt };
  if (missingPlan.length === 0) {
    const { plans, problems } = fromPlansRows(grid, importedAt.slice(0, 10));
    return finish({ ...base, kind: 'plans', people: plans }, problems, fileName);
  }
  if (missingStatus.length === 0) {
    const { plans, problems } = fromStatusRows(grid.slice(headerIndex), headerIndex);
    return finish({ ...base, kind: 'status', people: plans }, problems, fileName);
  }
  // Say which columns are missing when the file is nearly one of the two kinds; otherwise say it is neither.
  const [kind, missing] = missingPlan.length <= missingStatus.length ? ['plans', missingPlan] : ['plan status', missingStatus];
  if (missing.length <= 3) {
    return fail(`${fileName} looks like a ${kind} file but has no ${missing.join(', ')} column${missing.length > 1 ? 's' : ''}. ${WHERE}`);
  }
  return fail(`${fileName} has neither the plans columns nor the plan status columns. ${WHERE}`);
}

function finish(plans: ImportedPlans, problems: string[], fileName: string): PlansImport {
  if (plans.people.length === 0)
    return fail(`${fileName} has the ${plans.kind === 'plans' ? 'plans' : 'plan status'} columns but no row with an email. ${WHERE}`);
  return { ok: true, plans, problems };
}

/** CSV records, or the JSON array of objects keyed by header; a message when neither can be read. */
function readGrid(source: string, fileName: string): unknown[][] | string {
  if (/^\s*\[/.test(source)) {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      return `${fileName} starts like JSON but is not valid JSON. ${WHERE}`;
    }
    if (!Array.isArray(data) || !data.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      return `${fileName} should hold a list of rows, one object per row keyed by column header. ${WHERE}`;
    }
    return objectsToGrid(data as Record<string, unknown>[]);
  }
  const { rows, errors } = parseCsv(source);
  const unclosed = errors.find((e) => /quote/i.test(e.message));
  if (unclosed)
    return `${fileName} has a quoted field that is never closed (row ${unclosed.row}), so its rows cannot be told apart. ${WHERE}`;
  return rows;
}

function fromPlansRows(grid: unknown[][], today: string): { plans: PersonPlan[]; problems: string[] } {
  const { table } = readPlansTable(grid);
  const problems: string[] = [];
  const rowsWhere = (test: (row: PlanRow) => boolean) =>
    table.rows.flatMap((row, i) => (test(row) ? [table.sourceRows?.[i] ?? i + 2] : []));
  const noEmail = rowsWhere((r) => personOf(r) === '');
  if (noEmail.length > 0)
    problems.push(`Left out ${noEmail.length} row${noEmail.length > 1 ? 's' : ''} with no email (row ${rowList(noEmail)}).`);
  const wrong = (field: FieldProblem['field']) => rowsWhere((r) => personOf(r) !== '' && statusProblems(r).some((p) => p.field === field));
  const badStatus = wrong('status');
  if (badStatus.length > 0) problems.push(`Read an unknown Status as Not started (row ${rowList(badStatus)}).`);
  const badDue = wrong('due');
  if (badDue.length > 0) problems.push(`Read a Due that is not a date (YYYY-MM-DD) as no due date (row ${rowList(badDue)}).`);
  const plans = groupByPerson(table.rows).map((rows) => planOf(rows, today));
  return { plans, problems };
}

function planOf(rows: readonly PlanRow[], today: string): PersonPlan {
  const first = rows[0]!;
  const steps: PlanStepView[] = rows.map((r) => ({
    id: stepIdOf(r),
    step: r.step.trim(),
    owner: r.owner.trim(),
    ownerRole: r.ownerRole.trim(),
    due: dueDay(r.due) || null,
    status: parseStatus(r.status) ?? 'Not started',
  }));
  const status = statusOf(rows, today);
  const plan: PersonPlan = {
    name: first.person.trim(),
    email: personOf(first),
    manager: first.manager.trim(),
    // The latest path and target role (contract 9), as the plan status has them.
    path: status.path.trim(),
    targetRole: status.targetRole.trim(),
    steps,
    summary: { steps: status.steps, done: status.done, next: null, signed: status.planSigned === 'Yes' },
  };
  const next = openSteps(plan, today)[0];
  plan.summary.next = next ? { step: next.step, owner: next.owner, due: next.due } : null;
  return plan;
}

function fromStatusRows(grid: unknown[][], headerIndex: number): { plans: PersonPlan[]; problems: string[] } {
  const [header = [], ...body] = grid;
  const index = new Map(header.map((h, i) => [normalizeHeader(h), i]));
  const get = (row: readonly unknown[], name: (typeof STATUS_HEADERS)[number]) => cellText(row[index.get(normalizeHeader(name))!]);
  const count = (text: string) => (/^\d+$/.test(text) ? Number(text) : 0);
  const plans: PersonPlan[] = [];
  const noEmail: number[] = [];
  const repeated: number[] = [];
  for (const [i, row] of body.entries()) {
    if (isBlankRow(row)) continue;
    const email = get(row, 'Email').toLowerCase();
    if (!email) {
      noEmail.push(headerIndex + i + 2);
      continue;
    }
    if (plans.some((p) => emailIdentity(p.email) === emailIdentity(email))) {
      repeated.push(headerIndex + i + 2);
      continue;
    }
    const nextStep = get(row, 'Next step');
    const nextDue = get(row, 'Next due');
    plans.push({
      name: get(row, 'Person'),
      email,
      manager: get(row, 'Manager'),
      path: get(row, 'Path'),
      targetRole: get(row, 'Target role'),
      steps: [],
      summary: {
        steps: count(get(row, 'Steps')),
        done: count(get(row, 'Done')),
        next: nextStep ? { step: nextStep, owner: get(row, 'Next owner'), due: dueDay(nextDue) || null } : null,
        signed: get(row, 'Plan signed').toLowerCase() === 'yes',
      },
    });
  }
  const problems: string[] = [];
  if (noEmail.length > 0)
    problems.push(`Left out ${noEmail.length} row${noEmail.length > 1 ? 's' : ''} with no email (row ${rowList(noEmail)}).`);
  if (repeated.length > 0) problems.push(`Kept the first row of each person and left out repeats (row ${rowList(repeated)}).`);
  return { plans, problems };
}
