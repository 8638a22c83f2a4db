// Generate or refresh plans on rosters as HR systems export them, and on rosters that leave a manager's steps with no
// named owner: the same rules as the command line (shared/roster.ts), told in the add-on's one problems dialog and as
// notes on the cells.
import { describe, expect, it } from 'vitest';
import { loadAddon } from './harness';
import { NOW, P } from './team';

const HR_HEADER = ['Employee Name', 'Work Email Address', 'Job Title', 'Line Manager', "Manager's Email", 'Career Track'];
const ANA = ['Ana Lopez', 'ana@example.com', 'Developer', 'Sam Okafor', 'sam@example.com', 'technical'];
const DEV = ['Dev Patel', 'dev@example.com', 'Developer', '', '', 'mentor'];

function generate(rosterRows: unknown[][]) {
  const addon = loadAddon({ now: NOW, sheets: { Roster: rosterRows } });
  addon.call('generatePlans');
  return { addon, plans: addon.spreadsheet.sheet('Plans'), rosterSheet: addon.spreadsheet.sheet('Roster')! };
}

const managerOwners = (values: unknown[][], email: string) =>
  new Set(
    values
      .filter((r) => r[P('Email')] === email && r[P('Owner role')] === 'Manager')
      .map((r) => `${String(r[P('Owner')])} <${String(r[P('Owner email')])}>`),
  );

describe('a roster as an HR system exports it', () => {
  it('is planned from Work Email Address, Line Manager and Manager’s Email with no dialog', () => {
    const { addon, plans } = generate([HR_HEADER, ANA]);
    expect([addon.ui.alerts, addon.ui.dialogs]).toEqual([[], []]);
    expect(managerOwners(plans!.values, 'ana@example.com')).toEqual(new Set(['Sam Okafor <sam@example.com>']));
  });

  it('with two columns for the email, says which two and plans nobody', () => {
    const { addon, plans } = generate([
      ['Name', 'Email', 'Work email'],
      ['Ana', 'ana.home@example.net', 'ana@example.com'],
    ]);
    expect(addon.ui.alerts).toHaveLength(1);
    expect(addon.ui.alerts[0]!.prompt).toMatch(/2 columns for the email \(B1 "Email" and C1 "Work email"\)/);
    expect(plans).toBeNull();
  });
});

describe('a manager email left blank', () => {
  it('plans the person, lists the cell in the dialog and notes it, and the steps say the manager is not named', () => {
    const { addon, plans, rosterSheet } = generate([HR_HEADER, ANA, DEV]);
    expect(addon.ui.alerts).toEqual([]);
    expect(addon.ui.dialogs).toHaveLength(1);
    const { html, title } = addon.ui.dialogs[0]!;
    expect(title).toBe('Managers to name in the roster');
    expect(html).toContain('>E3</button>');
    expect(html).toContain('Dev Patel has no manager email');
    expect(rosterSheet.cell('E3').note).toBe(
      "Trellis: Dev Patel has no manager email: their manager's steps have no named owner. Fill in the cell and plan again.",
    );
    expect(managerOwners(plans!.values, 'dev@example.com')).toEqual(new Set(['Manager (not named) <>']));
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/Planned 2 people.*1 manager to name in Roster/);
  });

  it('clears its note once the cell is filled in', () => {
    const { addon, rosterSheet } = generate([HR_HEADER, ANA, DEV]);
    rosterSheet.write('D3', [['Sam Okafor', 'sam@example.com']]);
    addon.call('generatePlans');
    expect(rosterSheet.cell('E3').note).toBe('');
    expect(addon.ui.dialogs).toHaveLength(1);
  });

  it('lists roster problems and managers to name under their own headings', () => {
    const { addon } = generate([HR_HEADER, ANA, DEV, ['', 'nobody@example.com', '', 'Sam', 'sam@example.com', '']]);
    const { html, title } = addon.ui.dialogs[0]!;
    expect(title).toBe('Problems in the roster');
    expect(html).toMatch(/1 problem in the roster, 1 manager to name in the roster/);
    expect(html).toContain('<h2>Roster: managers to name</h2>');
  });
});

describe('a roster with no manager columns at all', () => {
  it('is planned as before, with no dialog and one line in the toast', () => {
    const { addon, plans } = generate([
      ['Name', 'Email', 'Path'],
      ['Ana Lopez', 'ana@example.com', 'technical'],
    ]);
    expect([addon.ui.alerts, addon.ui.dialogs]).toEqual([[], []]);
    expect(managerOwners(plans!.values, 'ana@example.com')).toEqual(new Set(['Manager (not named) <>']));
    expect(addon.ui.toasts.at(-1)?.message).toMatch(
      /Roster has no Manager or Manager email column: manager's steps are planned with no named owner/,
    );
  });
});
