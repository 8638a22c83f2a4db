// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PlansSection } from '../../../extension/components/options/PlansSection';
import { plansItem } from '../../../extension/storage';
import { STATUS_HEADERS } from '../../../shared/types';

const statusCsv = [
  STATUS_HEADERS.join(','),
  'Dev Rao,dev@example.com,Ana,Technical,Staff engineer,4,1,0,25,Lead the design review,Dev,2026-06-01,Yes',
  'Sam Lee,sam@example.com,Ana,Expert,Principal,3,3,0,100,,,,No',
].join('\r\n');

function choose(label: string, name: string, text: string) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  fireEvent.change(input);
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('importing plans', () => {
  it('accepts csv and json files only', async () => {
    render(<PlansSection />);
    expect(screen.getByLabelText('Import plans (.csv or .json)').getAttribute('accept')).toContain('.csv,.json');
  });

  it('imports a plan status CSV and says what it holds', async () => {
    render(<PlansSection />);
    await screen.findByText('No plans imported yet.');
    choose('Import plans (.csv or .json)', 'plan-status.csv', statusCsv);
    await waitFor(() => expect(screen.getByText('plan-status.csv')).toBeTruthy());
    expect(screen.getByText(/2 people, imported/).textContent).toContain('A plan status file gives each next step');
    const stored = await plansItem.getValue();
    expect(stored).toMatchObject({ fileName: 'plan-status.csv', kind: 'status' });
    expect(stored?.people.map((p) => p.email)).toEqual(['dev@example.com', 'sam@example.com']);
  });

  it('lists the rows it could not use', async () => {
    render(<PlansSection />);
    await screen.findByText('No plans imported yet.');
    choose(
      'Import plans (.csv or .json)',
      'plan-status.csv',
      `${statusCsv}\r\nNobody,,Ana,Technical,Staff engineer,4,1,0,25,Lead,Dev,2026-06-01,Yes`,
    );
    const problems = await screen.findByText('Imported, but some rows could not be used:');
    expect(problems.parentElement!.querySelectorAll('li')).toHaveLength(1);
    expect(problems.parentElement!.textContent).toContain('no email (row 4)');
  });

  it('shows the error and keeps the plans it had', async () => {
    render(<PlansSection />);
    await screen.findByText('No plans imported yet.');
    choose('Import plans (.csv or .json)', 'plan-status.csv', statusCsv);
    await screen.findByText('plan-status.csv');
    choose('Import plans (.csv or .json)', 'roster.csv', 'Name,Email\nDev,dev@example.com\n');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('roster.csv'));
    expect(screen.getByRole('status').querySelector('.error')).not.toBeNull();
    expect((await plansItem.getValue())?.fileName).toBe('plan-status.csv');
  });

  it('removes the imported plans', async () => {
    await plansItem.setValue({ fileName: 'plans.csv', importedAt: '2026-05-01T09:00:00.000Z', kind: 'plans', people: [] });
    render(<PlansSection />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove imported plans' }));
    await screen.findByText('No plans imported yet.');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Imported plans removed.'));
    expect(await plansItem.getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get('plans')).toEqual({});
  });
});
