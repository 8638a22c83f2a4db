import type { Problem } from '../../shared/types';
import { escapeHtml } from './html';
import { plural } from '../../shared/plural';
import { CAREER_GOALS, ROSTER } from './words';

// The one dialog that lists every problem of the roster and of Career goals with its cell (ux.md: one dialog, not
// one alert per problem).

export interface ProblemsPage {
  /** The dialog's title bar. */
  title: string;
  heading: string;
  summary: string;
  /** The lists, one a sheet, each under the sheet's name when there are two. */
  items: string;
}

/** Each problem an item; a cell button goes to that cell (problems.html calls the sheet's goTo… function). */
function list(problems: readonly Problem[], sheet: string): string {
  const target = sheet === ROSTER ? '' : ' data-sheet="goals"';
  return problems
    .map((p) =>
      p.cell
        ? `<li><button type="button" class="cell" data-cell="${escapeHtml(p.cell)}"${target} title="Go to ${escapeHtml(p.cell)} in ${escapeHtml(sheet)}">${escapeHtml(p.cell)}</button> ${escapeHtml(p.message)}</li>`
        : `<li>${escapeHtml(p.message)}</li>`,
    )
    .join('\n');
}

const ul = (label: string, items: string) => `<ul class="problems" aria-label="${escapeHtml(label)}">${items}</ul>`;

const GOALS_SUMMARY =
  `Career goals rows and dates with a problem are kept in that sheet as they are, and used for no plan. ` +
  'Fix them there, then choose Generate or refresh plans again.';

/**
 * The dialog's parts as HTML; `planned` is how many people are being planned, `fatal` why nobody is, `goals` the
 * problems of the Career goals sheet (not read when nobody is planned).
 */
export function problemsPage(problems: readonly Problem[], planned: number, fatal?: Problem, goals: readonly Problem[] = []): ProblemsPage {
  const total = plural(problems.length, 'problem', 'problems');
  const roster = ul(`Problems, each with its cell in ${ROSTER}`, list(problems, ROSTER));
  if (fatal) {
    return {
      title: 'Problems in the roster',
      heading: 'Nothing was planned',
      summary: escapeHtml(`Trellis could not plan anyone from the Roster sheet: ${fatal.message}. The Plans sheet was not changed.`),
      items: roster,
    };
  }
  const goalsList = ul(`Problems, each with its cell in ${CAREER_GOALS}`, list(goals, CAREER_GOALS));
  if (problems.length === 0) {
    return {
      title: `Problems in ${CAREER_GOALS}`,
      heading: `${plural(goals.length, 'problem', 'problems')} in ${CAREER_GOALS}`,
      summary: escapeHtml(GOALS_SUMMARY),
      items: goalsList,
    };
  }
  const rosterSummary =
    `These rows were left out of the plans; the other ${plural(planned, 'person is', 'people are')} planned. ` +
    'Each problem also has a note on its cell in Roster. Fix them, then choose Generate or refresh plans again.';
  if (goals.length === 0)
    return { title: 'Problems in the roster', heading: `${total} in the roster`, summary: escapeHtml(rosterSummary), items: roster };
  return {
    title: `Problems in the roster and ${CAREER_GOALS}`,
    heading: `${total} in the roster, ${goals.length.toLocaleString('en-US')} in ${CAREER_GOALS}`,
    summary: escapeHtml(
      `Roster rows with a problem were left out of the plans; the other ${plural(planned, 'person is', 'people are')} planned. ${GOALS_SUMMARY}`,
    ),
    items: `<h2>${ROSTER}</h2>\n${roster}\n<h2>${escapeHtml(CAREER_GOALS)}</h2>\n${goalsList}`,
  };
}
