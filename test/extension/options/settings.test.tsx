// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsSection } from '../../../extension/components/options/SettingsSection';
import { DEFAULT_SETTINGS, SETTINGS_LIMITS, calendarOwnerItem, settingsItem } from '../../../extension/storage';
import { DEFAULT_TITLE_PATTERNS } from '../../../shared/meeting/one-on-one';
import { CATEGORIES } from '../../../shared/prompts/categories';

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save' }));

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('the settings form', () => {
  it('shows what is stored, categories left out unticked', async () => {
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      myEmail: 'ana@example.com',
      titlePatterns: ['1:1', 'check-in'],
      promptCount: 5,
      nudgeDays: 45,
      skippedCategories: ['timeline'],
    });
    render(<SettingsSection />);
    expect(await screen.findByLabelText('Your email')).toHaveProperty('value', 'ana@example.com');
    expect(screen.getByLabelText('Title words that mark a one-on-one')).toHaveProperty('value', '1:1\ncheck-in');
    expect(screen.getByLabelText('Prompts to show')).toHaveProperty('value', '5');
    expect(screen.getByLabelText('Days before a career conversation is due')).toHaveProperty('value', '45');
    expect(screen.getByLabelText('How long it should take')).toHaveProperty('checked', false);
    expect(screen.getByLabelText('How the job feels')).toHaveProperty('checked', true);
  });

  it.each([
    { owner: null, placeholder: 'The calendar owner', help: 'the owner of the calendar you are looking at' },
    { owner: 'maria.lopez@example.com', placeholder: 'maria.lopez@example.com', help: 'use maria.lopez@example.com, the calendar owner' },
  ])('an empty email means the calendar owner read from Calendar ($owner)', async ({ owner, placeholder, help }) => {
    if (owner) await calendarOwnerItem.setValue(owner);
    render(<SettingsSection />);
    const field = await screen.findByLabelText('Your email');
    await waitFor(() => expect(field.getAttribute('placeholder')).toBe(placeholder));
    const describedBy = field
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(describedBy.join(' ')).toContain(help);
  });

  it('groups every category under its fundamental, labelled from CATEGORIES', async () => {
    render(<SettingsSection />);
    await screen.findByLabelText('Your email');
    for (const c of CATEGORIES) expect(screen.getByRole('checkbox', { name: c.label })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Paths beside management' }).textContent).toContain('Technical leadership');
  });

  it('writes nothing until Save, then writes once and says so', async () => {
    render(<SettingsSection />);
    await screen.findByLabelText('Your email');
    expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', true);
    type('Your email', ' Ana@Example.com ');
    type('Title words that mark a one-on-one', '1:1\n\n  catch up \n1:1\n');
    type('Prompts to show', '8');
    type('Days before a career conversation is due', '14');
    fireEvent.click(screen.getByLabelText('Reviewing the plan'));
    expect(screen.getByRole('status').textContent).toBe('You have unsaved changes.');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    save();
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(await settingsItem.getValue()).toEqual({
      myEmail: 'ana@example.com',
      titlePatterns: ['1:1', 'catch up'],
      promptCount: 8,
      nudgeDays: 14,
      skippedCategories: ['review'],
    });
  });

  it.each([
    ['Prompts to show', SETTINGS_LIMITS.promptCount, 'From 1 to 8.'],
    ['Days before a career conversation is due', SETTINGS_LIMITS.nudgeDays, 'From 7 to 365, counted from the last one with that person.'],
  ])('%s takes its bounds and its help from SETTINGS_LIMITS', async (label, { min, max }, help) => {
    render(<SettingsSection />);
    const field = await screen.findByLabelText(label);
    expect([field.getAttribute('min'), field.getAttribute('max')]).toEqual([String(min), String(max)]);
    expect(document.getElementById(field.getAttribute('aria-describedby')!)!.textContent).toBe(help);
  });

  it.each([
    ['Your email', 'ana.example.com', 'does not look like an email address'],
    ['Prompts to show', '0', 'from 1 to 8'],
    ['Prompts to show', '2.5', 'from 1 to 8'],
    ['Days before a career conversation is due', '400', 'from 7 to 365'],
    ['Days before a career conversation is due', '', 'from 7 to 365'],
    ['Title words that mark a one-on-one', Array.from({ length: 21 }, (_, i) => `w${i}`).join('\n'), 'Keep it to 20 patterns or fewer'],
    ['Title words that mark a one-on-one', 'x'.repeat(61), 'longer than 60 characters'],
  ])('refuses %s = %j, says what to fix and keeps the text', async (label, value, says) => {
    render(<SettingsSection />);
    await screen.findByLabelText('Your email');
    type(label, value);
    save();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Not saved'));
    const field = screen.getByLabelText(label);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby')!.split(' ').pop()!)!.textContent).toContain(says);
    expect(field).toHaveProperty('value', value);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses to leave every category out', async () => {
    render(<SettingsSection />);
    await screen.findByLabelText('Your email');
    for (const c of CATEGORIES) fireEvent.click(screen.getByLabelText(c.label));
    save();
    expect(await screen.findByText(/Choose at least one category/)).toBeTruthy();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('restores the default title words, to be saved', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, titlePatterns: ['sync'] });
    render(<SettingsSection />);
    await screen.findByLabelText('Your email');
    fireEvent.click(screen.getByRole('button', { name: 'Restore default title words' }));
    const box = screen.getByLabelText('Title words that mark a one-on-one') as HTMLTextAreaElement;
    expect(box.value).toBe(DEFAULT_TITLE_PATTERNS.join('\n'));
    // The default list fits the box without scrolling, with a line to spare.
    expect(Number(box.getAttribute('rows'))).toBeGreaterThan(DEFAULT_TITLE_PATTERNS.length);
    expect(screen.getByRole('status').textContent).toContain('Save to keep them');
    save();
    await waitFor(async () => expect((await settingsItem.getValue()).titlePatterns).toEqual([...DEFAULT_TITLE_PATTERNS]));
  });
});
