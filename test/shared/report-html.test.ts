import { describe, expect, it } from 'vitest';
import type { ManagerStatusRow } from '../../shared/manager-rollup';
import { byAttention, escapeHtml, reportHtml } from '../../shared/report-html';
import { reportModel } from '../../shared/report-model';
import type { PlanRow } from '../../shared/types';

const TODAY = '2026-11-28';

/** One plans row: [person, manager, Path, step id, Owner role, Due, Status]; the email is made from the person's name. */
function row([person, manager, path, id, ownerRole, due, status]: string[]): PlanRow {
  const email = `${person!.replace(/[^a-z]/gi, '').toLowerCase() || 'x'}@example.com`;
  const managerEmail = `${manager!.replace(/[^a-z]/gi, '').toLowerCase() || 'm'}@example.com`;
  const managers = ownerRole === 'Manager';
  return {
    key: `${email}#${id}`,
    person: person!,
    email,
    manager: manager!,
    path: path!,
    targetRole: '',
    step: id!,
    owner: managers ? manager! : person!,
    ownerRole: ownerRole!,
    ownerEmail: managers ? managerEmail : email,
    due: due!,
    status: status!,
    notes: '',
  };
}

/** A small organisation: two managers, three people, some steps overdue. */
function organisation(names: { people: string[]; managers: string[] }): PlanRow[] {
  const [p1, p2, p3] = names.people as [string, string, string];
  const [m1, m2] = names.managers as [string, string];
  return [
    [p1, m1, 'Mentor', 'sign-off-employee', 'Employee', '2026-10-01', 'Done'],
    [p1, m1, 'Mentor', 'sign-off-manager', 'Manager', '2026-10-01', 'Done'],
    [p1, m1, 'Mentor', 'progress-review', 'Manager', '2026-11-01', 'Not started'],
    [p2, m1, 'Management', 'sign-off-employee', 'Employee', '2026-10-01', 'Done'],
    [p2, m1, 'Management', 'sign-off-manager', 'Manager', '2026-11-01', 'Not started'],
    [p3, m2, 'Technical ladder', 'sign-off-employee', 'Employee', '2026-11-20', 'In progress'],
    [p3, m2, 'Technical ladder', 'sign-off-manager', 'Manager', '2026-12-20', 'Not started'],
  ].map(row);
}

/** Every tag of a page in order, attributes and all: what the page's markup is, whatever its text says. */
const tags = (html: string) => html.match(/<[^>]*>/g) ?? [];

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&#60;script&#62;alert(1)&#60;/script&#62;'],
    ['Ana "Ace" O\'Neil', 'Ana &#34;Ace&#34; O&#39;Neil'],
    ['R&D &amp; more', 'R&#38;D &#38;amp; more'],
    ['</style><b>', '&#60;/style&#62;&#60;b&#62;'],
    ['plain words', 'plain words'],
  ])('%s', (text, html) => expect(escapeHtml(text)).toBe(html));
});

describe('reportHtml', () => {
  const page = reportHtml(
    reportModel(organisation({ people: ['Ana Lopez', 'Bo Chen', 'Cy Ode'], managers: ['Sam Okafor', 'Kim Park'] }), TODAY),
  );

  it.each([
    ['the day', '<title>Career plans across the organisation, 2026-11-28</title>'],
    ['people and managers', '3 people and 2 managers'],
    ['plans signed', '<dt>Plans signed</dt><dd>1 of 3 (33%)</dd>'],
    ['steps done', '<dt>Steps done</dt><dd>3 of 7 (43%)</dd>'],
    ['steps overdue', '<dt>Steps overdue</dt><dd>3</dd>'],
    ['a path and its share', '<span class="label">Mentor</span>'],
    ['the management bar, hatched', 'fill="url(#hatch)"'],
    ["managers' overdue steps beside their number", `<span class="label">Managers&#39; steps</span>`],
    ['reviews overdue of people', '1 of 3 (33%)'],
    ['a manager with their email, one run of text', '<th scope="row">Sam Okafor<span class="email">samokafor@example.com</span></th>'],
    ['what to do on a narrow screen', '<p class="scroll-hint"><strong>Scroll sideways'],
    ['no request allowed', `content="default-src 'none'; style-src 'unsafe-inline'"`],
    ['A4 pages', '@page { size: A4;'],
  ])('shows %s', (_what, text) => expect(page).toContain(text));

  it('has no script, no link, no image and no address outside the page', () => {
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\((?!#)|https?:/i);
  });

  it('draws a bar as a share of its chart, its number beside it', () => {
    // Mentor 1 of 3 people, the largest path has 1: full width; Undecided 0: no fill at all.
    expect(page).toMatch(
      /<span class="label">Mentor<\/span><svg[^>]*><rect width="100.00%"[^>]*\/><\/svg><span class="value">1 \(33%\)<\/span>/,
    );
    expect(page).toMatch(/<span class="label">Undecided<\/span><svg[^>]*><\/svg><span class="value">0 \(0%\)<\/span>/);
  });

  it('turns no typed name into markup', () => {
    const hostile = {
      people: ['<script>alert(1)</script>', 'Bo "the" </style> Chen', 'Cy & <b>Co</b>'],
      managers: ['</style><script>x()</script>', 'Kim "<img src=x onerror=alert(1)>" & Park'],
    };
    const plain = { people: ['Ana Lopez', 'Bo Chen', 'Cy Ode'], managers: ['Sam Okafor', 'Kim Park'] };
    // The hostile page has the plain page's tags, one for one (only the text between them differs)...
    const hostilePage = reportHtml(reportModel(organisation(hostile), TODAY));
    expect(tags(hostilePage)).toEqual(tags(reportHtml(reportModel(organisation(plain), TODAY))));
    // ...and each typed name is there, escaped.
    for (const name of hostile.managers) expect(hostilePage).toContain(escapeHtml(name));
  });
});

describe('reportHtml: a path a career framework adds', () => {
  const onPath = (path: string) =>
    reportHtml(reportModel([row(['Ana Lopez', 'Sam Okafor', path, 'sign-off-employee', 'Employee', '2026-10-01', 'Done'])], TODAY));

  it('shows its name as the plans write it, before management', () => {
    expect(onPath('Data Science')).toMatch(/<span class="label">Data Science<\/span>.*<span class="label">Management<\/span>/s);
    expect(onPath('Data Science')).not.toContain('No path named');
  });

  it('turns no typed path name into markup', () => {
    const name = '</span><script>alert(1)</script> & "Co"';
    expect(tags(onPath(name))).toEqual(tags(onPath('Data Science')));
    expect(onPath(name)).toContain(`<span class="label">${escapeHtml(name)}</span>`);
  });
});

describe('byAttention', () => {
  const manager = (manager: string, overdueEmployee: number, overdueManager: number, reviewsOverdue: number): ManagerStatusRow => ({
    manager,
    managerEmail: '',
    people: 1,
    plansSigned: 0,
    steps: 1,
    done: 0,
    percentDone: 0,
    overdueEmployee,
    overdueManager,
    reviewsOverdue,
  });
  it('puts the most overdue first, the manager’s own overdue before their people’s, then reviews, then names', () => {
    const rows = [
      manager('bea', 0, 0, 0),
      manager('Abe', 0, 0, 0),
      manager('Cal', 1, 1, 0),
      manager('Dee', 2, 0, 0),
      manager('Eve', 0, 1, 1),
      manager('Fay', 0, 1, 0),
    ];
    expect(rows.sort(byAttention).map((m) => m.manager)).toEqual(['Cal', 'Dee', 'Eve', 'Fay', 'Abe', 'bea']);
  });
});
