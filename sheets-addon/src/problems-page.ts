import type { Problem } from '../../shared/types';
import { escapeHtml } from './html';
import { plural } from '../../shared/plural';

// The one dialog that lists every roster problem with its cell (ux.md: one dialog, not one alert per problem).

export interface ProblemsPage {
  heading: string;
  summary: string;
  items: string;
}

/** The dialog's parts as HTML; `planned` is how many people are being planned, `fatal` why nobody is. */
export function problemsPage(problems: readonly Problem[], planned: number, fatal?: Problem): ProblemsPage {
  const items = problems
    .map((p) =>
      p.cell
        ? `<li><button type="button" class="cell" data-cell="${escapeHtml(p.cell)}" title="Go to ${escapeHtml(p.cell)} in Roster">${escapeHtml(p.cell)}</button> ${escapeHtml(p.message)}</li>`
        : `<li>${escapeHtml(p.message)}</li>`,
    )
    .join('\n');
  const total = plural(problems.length, 'problem', 'problems');
  if (fatal) {
    return {
      heading: 'Nothing was planned',
      summary: escapeHtml(`Trellis could not plan anyone from the Roster sheet: ${fatal.message}. The Plans sheet was not changed.`),
      items,
    };
  }
  return {
    heading: `${total} in the roster`,
    summary: escapeHtml(
      `These rows were left out of the plans; the other ${plural(planned, 'person is', 'people are')} planned. ` +
        'Each problem also has a note on its cell in Roster. Fix them, then choose Generate or refresh plans again.',
    ),
    items,
  };
}
