// Set up roster, and roster strings that must never become formulas, numbers or dates in Plans.
import { describe, expect, it } from 'vitest';
import { ACCEPTED_PATH_VALUES } from '../../shared/paths/templates';
import { loadAddon } from './harness';
import { ANA, NOW, P, ROSTER_HEADER, roster, rowsWhere } from './team';

describe('Set up roster', () => {
  it('adds a Roster sheet with the contract headers, a frozen header and one clearly marked example row', () => {
    const addon = loadAddon({ now: NOW });
    addon.call('setUpRoster');
    const sheet = addon.spreadsheet.sheet('Roster')!;
    expect(sheet.values[0]).toEqual(ROSTER_HEADER);
    expect(sheet.values).toHaveLength(2);
    expect(String(sheet.values[1]![0])).toMatch(/^Example: /);
    expect(String(sheet.values[1]![1])).toMatch(/@example\.com$/);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.notes[1]![0]).toMatch(/example/i);
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/Replace the example row/);
  });

  it('gives Path a dropdown of accepted path values that allows a blank and explains itself', () => {
    const addon = loadAddon({ now: NOW });
    addon.call('setUpRoster');
    const sheet = addon.spreadsheet.sheet('Roster')!;
    const path = ROSTER_HEADER.indexOf('Path');
    const rule = sheet.cell(`F2`).validation!;
    expect(path).toBe(5);
    expect(rule.criteria).toBe('VALUE_IN_LIST');
    const choices = rule.values[0] as string[];
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(ACCEPTED_PATH_VALUES).toContain(choice);
    expect(rule.helpText).toMatch(/blank/);
    expect(sheet.cell('F500').validation).toEqual(rule);
    // The example row plans as it is: it is a valid row, marked as an example, not a real person.
    addon.call('generatePlans');
    expect(addon.ui.alerts).toEqual([]);
    expect(rowsWhere(addon.spreadsheet.sheet('Plans')!.values, P('Person'), 'Example: Dev Patel').length).toBeGreaterThan(0);
  });

  it('leaves an existing Roster as it is, brings it to the front and says so', () => {
    const addon = loadAddon({ now: NOW, sheets: { Sheet1: [['notes']], Roster: roster(ANA) } });
    addon.call('setUpRoster');
    expect(addon.spreadsheet.sheet('Roster')!.values).toEqual(roster(ANA));
    expect(addon.spreadsheet.activeSheet.name).toBe('Roster');
    expect(addon.ui.toasts.at(-1)?.message).toMatch(/already have a Roster sheet/);
  });
});

describe('roster text stays text in Plans (contract section 4)', () => {
  it.each([
    ['a formula', '=HYPERLINK("http://x")'],
    ['a plus sign', '+1 555'],
    ['a minus sign', '-foo'],
    ['an at sign', '@ops'],
    ['a date', '2026-03-05'],
    ['a number', '007'],
    ['a boolean', 'TRUE'],
  ])('a target role that looks like %s is stored as that text, with no formula', (_, text) => {
    // Typed with an apostrophe, the roster holds exactly this text (as a CSV import would).
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster([...ANA.slice(0, 6), `'${text}`, '']) } });
    expect(addon.spreadsheet.sheet('Roster')!.values[1]![6]).toBe(text);
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    const column = P('Target role');
    const body = plans.values.slice(1);
    expect(body.length).toBeGreaterThan(0);
    for (const row of body) expect(row[column]).toBe(text);
    expect(plans.formulas.flat().filter((f) => f !== '')).toEqual([]);
  });

  it('a name starting with = is the person, not a formula, in every column it is written to', () => {
    const name = '=HYPERLINK("http://x","click")';
    const addon = loadAddon({ now: NOW, sheets: { Roster: roster([`'${name}`, ...ANA.slice(1)]) } });
    addon.call('generatePlans');
    const plans = addon.spreadsheet.sheet('Plans')!;
    expect(plans.formulas.flat().filter((f) => f !== '')).toEqual([]);
    expect(rowsWhere(plans.values, P('Person'), name).length).toBe(plans.values.length - 1);
    expect(plans.values.slice(1).some((row) => row[P('Owner')] === name)).toBe(true);
  });
});
