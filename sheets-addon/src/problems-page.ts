import type { FrameworkProblem } from '../../shared/framework/read';
import type { Problem } from '../../shared/types';
import { escapeHtml } from './html';
import { plural } from '../../shared/plural';
import { CAREER_GOALS, LEVELS, PLANS, ROSTER, STEPS } from './words';

// The one dialog that lists every problem of the roster, of the career framework (Levels and Steps) and of Career
// goals, and every date to agree in Plans, with its cell (ux.md: one dialog, not one alert per problem).

export interface ProblemsPage {
  /** The dialog's title bar. */
  title: string;
  heading: string;
  summary: string;
  /** The lists, one a sheet, each under the sheet's name when there are two or more. */
  items: string;
}

/** A sheet's problems; `target` is the data-sheet value problems.html turns into its goTo… function. */
interface Section {
  sheet: string;
  target: '' | 'goals' | 'plans' | 'levels' | 'steps';
  problems: readonly Problem[];
  /** How the heading counts them after the number. */
  counted: string;
  /** Whether `counted` names what it counts (else "problems" is said once, for the first section that needs it). */
  named?: boolean;
  /** The section's heading in a list of several (the sheet's name unless given). */
  heading?: string;
  summary: string;
}

/** Each problem an item; a cell button goes to that cell while the list stays open. */
function list({ sheet, target, problems }: Section): string {
  const data = target ? ` data-sheet="${target}"` : '';
  const items = problems
    .map((p) =>
      p.cell
        ? `<li><button type="button" class="cell" data-cell="${escapeHtml(p.cell)}"${data} title="Go to ${escapeHtml(p.cell)} in ${escapeHtml(sheet)}">${escapeHtml(p.cell)}</button> ${escapeHtml(p.message)}</li>`
        : `<li>${escapeHtml(p.message)}</li>`,
    )
    .join('\n');
  return `<ul class="problems" aria-label="${escapeHtml(`Problems, each with its cell in ${sheet}`)}">${items}</ul>`;
}

const AGAIN = 'then choose Generate or refresh plans again.';

/** The rows left out of the career framework (contract section 12): a section for Levels, one for Steps. */
function frameworkSections(framework: readonly FrameworkProblem[]): Section[] {
  return [LEVELS, STEPS].map((sheet) => ({
    sheet,
    target: sheet === LEVELS ? 'levels' : 'steps',
    problems: framework.filter((p) => p.table === sheet),
    counted: `in ${sheet}`,
    summary: `${LEVELS} and ${STEPS} rows with a problem were left out of the career framework; plans use the rest. Each problem also has a note on its cell. Fix them, ${AGAIN}`,
  }));
}

/** Besides the roster's problems: what else the dialog lists. */
export interface MoreProblems {
  /** The problems of the Career goals sheet. */
  goals?: readonly Problem[];
  /** The Due cells in Plans far from a Target date (contract section 8). */
  dates?: readonly Problem[];
  /** The roster cells to fill in for people planned all the same (a blank manager email). */
  warnings?: readonly Problem[];
  /** The rows of Levels and Steps left out (contract section 12). */
  framework?: readonly FrameworkProblem[];
}

/**
 * The dialog's parts as HTML; `planned` is how many people are being planned, `fatal` why nobody is.
 */
export function problemsPage(
  problems: readonly Problem[],
  planned: number,
  fatal?: Problem,
  { goals = [], dates = [], warnings = [], framework = [] }: MoreProblems = {},
): ProblemsPage {
  const roster: Section = {
    sheet: ROSTER,
    target: '',
    problems,
    counted: 'in the roster',
    summary:
      `These rows were left out of the plans; the other ${plural(planned, 'person is', 'people are')} planned. ` +
      `Each problem also has a note on its cell in Roster. Fix them, ${AGAIN}`,
  };
  if (fatal) {
    const summary = `Trellis could not plan anyone from the Roster sheet: ${fatal.message}. The Plans sheet was not changed.`;
    // The framework's rows left out are listed too: they are noted on their cells as well, and the next run needs them fixed.
    const more = frameworkSections(framework).filter((s) => s.problems.length > 0);
    const items = more.length > 0 ? headed([roster, ...more]) : list(roster);
    return { title: 'Problems in the roster', heading: 'Nothing was planned', summary: escapeHtml(summary), items };
  }
  const sections = [
    roster,
    {
      sheet: ROSTER,
      target: '',
      problems: warnings,
      counted: `${warnings.length === 1 ? 'manager' : 'managers'} to name in the roster`,
      named: true,
      heading: `${ROSTER}: managers to name`,
      summary:
        "These people are planned, but their manager's steps have no named owner or no owner email. " +
        `Each cell also has a note in Roster. Fill them in, ${AGAIN}`,
    },
    {
      sheet: CAREER_GOALS,
      target: 'goals',
      problems: goals,
      counted: `in ${CAREER_GOALS}`,
      summary: `${CAREER_GOALS} rows and dates with a problem are kept in that sheet as they are, and used for no plan. Fix them there, ${AGAIN}`,
    },
    ...frameworkSections(framework),
    {
      sheet: PLANS,
      target: 'plans',
      problems: dates,
      counted: `${dates.length === 1 ? 'date' : 'dates'} to agree in ${PLANS}`,
      named: true,
      summary: `Where a Target date in ${CAREER_GOALS} and the Due of the review step in ${PLANS} are more than 30 days apart, Trellis changed neither: agree one date with the person and write it in both.`,
    },
  ].filter((s): s is Section => s.problems.length > 0);
  const only = sections.length === 1 ? sections[0] : undefined;
  // "2 problems in the roster, 1 in Career goals, 3 dates to agree in Plans"
  const firstUnnamed = sections.find((s) => !s.named);
  const count = (s: Section) => {
    const noun = s !== firstUnnamed ? '' : s.problems.length === 1 ? ' problem' : ' problems';
    return `${s.problems.length.toLocaleString('en-US')}${noun} ${s.counted}`;
  };
  const names = [...new Set(sections.map((s) => (s.sheet === ROSTER ? 'the roster' : s.sheet)))];
  const named = names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join(' and ');
  return {
    title:
      only?.target === 'plans'
        ? `Dates to agree in ${PLANS}`
        : only?.problems === warnings
          ? 'Managers to name in the roster'
          : `Problems in ${named}`,
    heading: sections.map(count).join(', '),
    summary: escapeHtml(
      only
        ? only.summary
        : // Levels and Steps share one summary: said once.
          [
            ...new Set(
              sections.map((s) =>
                s === roster
                  ? `Roster rows with a problem were left out of the plans; the other ${plural(planned, 'person is', 'people are')} planned.`
                  : s.summary,
              ),
            ),
          ].join(' '),
    ),
    items: only ? list(only) : headed(sections),
  };
}

/** Each section's list under its heading. */
const headed = (sections: readonly Section[]) => sections.map((s) => `<h2>${escapeHtml(s.heading ?? s.sheet)}</h2>\n${list(s)}`).join('\n');

/**
 * The dialog when nothing of the career framework can be used, or nothing is planned for it: why, and the rows of
 * Levels and Steps left out (the reason the framework has no usable row, when that is why).
 */
export function frameworkFatalPage(why: string, framework: readonly FrameworkProblem[]): ProblemsPage {
  const sections = frameworkSections(framework).filter((s) => s.problems.length > 0);
  return {
    title: 'Problems in the career framework',
    heading: 'Nothing was planned',
    summary: escapeHtml(`${why} Each problem below also has a note on its cell.`),
    items: sections.length === 1 ? list(sections[0]!) : headed(sections),
  };
}
