// @vitest-environment happy-dom
// Marking plan steps in the panel (contract 11): In progress and Done on each step, pressed again to take back; the
// change shows at once (the step, the Next line, the agenda), is stored by Key with the Status the import had.
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import type { OneOnOneView } from '../../../extension/overlay/view';
import { plansItem, stepMarksItem } from '../../../extension/storage';
import { devOneOnOne, devPlan, plans } from './helpers';
import { Harness, useLoaded } from './harness';

const loaded = useLoaded();
const DEV = 'dev.patel@example.com';

async function open() {
  await plansItem.setValue(plans);
  render(<Harness controller={loaded.controller} />);
  act(() => loaded.controller.show(devOneOnOne, { top: 120, left: 836, maxHeight: 600 }, null));
}
const stepItem = (text: string) => screen.getByText(text).closest('li') as HTMLElement;
const mark = (text: string, button: 'In progress' | 'Done') => within(stepItem(text)).getByRole('button', { name: button });
const pressed = (text: string) =>
  within(stepItem(text))
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);
const nextLine = () => document.querySelector('.header .next')?.textContent;
const stored = async () => {
  await act(() => loaded.store.idle());
  return stepMarksItem.getValue();
};

describe('marking plan steps in the panel', () => {
  it('each step offers In progress and Done in a group named after it, the Status it has pressed', async () => {
    await open();
    expect(screen.getByRole('group', { name: 'Status of Choose a path' })).toBeTruthy();
    expect(pressed('Choose a path')).toEqual(['In progress']);
    expect(pressed('Write the plan down')).toEqual([]);
  });

  it('Done shows at once where the step stands, moves the Next line and the agenda on, and is stored with the imported Status', async () => {
    await open();
    expect(nextLine()).toMatch(/^Next: Choose a path/);
    fireEvent.click(mark('Choose a path', 'Done'));
    expect(pressed('Choose a path')).toEqual(['Done']);
    expect(stepItem('Choose a path').classList.contains('done')).toBe(true);
    expect(stepItem('Choose a path').textContent).toContain('(marked here)');
    expect(nextLine()).toMatch(/^Next: Write the plan down/);
    const agenda = loaded.controller.agenda(loaded.controller.state().view as OneOnOneView);
    expect(agenda).toContain('2 of 3 steps done');
    expect(agenda).not.toContain('Choose a path');
    expect(await stored()).toEqual({
      [`${DEV}#choose-path`]: { key: `${DEV}#choose-path`, was: 'In progress', status: 'Done', changedOn: '2026-12-01' },
    });
  });

  it.each<[string, 'In progress' | 'Done', string[], string[]]>([
    ['Done pressed again goes back to the imported In progress', 'Done', ['Done'], ['In progress']],
    ['In progress pressed on an imported In progress means Not started, and again In progress', 'In progress', [], ['In progress']],
  ])('%s', async (_, button, afterFirst, afterSecond) => {
    await open();
    fireEvent.click(mark('Choose a path', button));
    expect(pressed('Choose a path')).toEqual(afterFirst);
    fireEvent.click(mark('Choose a path', button));
    expect(pressed('Choose a path')).toEqual(afterSecond);
  });

  it('a mark taken back is no longer stored: nothing is left to export', async () => {
    await open();
    fireEvent.click(mark('Write the plan down', 'In progress'));
    expect(Object.keys(await stored())).toEqual([`${DEV}#write-plan`]);
    fireEvent.click(mark('Write the plan down', 'In progress'));
    expect(await stored()).toEqual({});
    expect(stepItem('Write the plan down').textContent).not.toContain('(marked here)');
  });

  it('marks stored before (a reload) show when the panel opens', async () => {
    await stepMarksItem.setValue({
      [`${DEV}#write-plan`]: { key: `${DEV}#write-plan`, was: 'Not started', status: 'Done', changedOn: '2026-11-25' },
    });
    await open();
    expect(pressed('Write the plan down')).toEqual(['Done']);
    expect(loaded.controller.state().view).toMatchObject({ plan: { plan: { summary: { done: 2 } } } });
  });

  it('a plan status file has no steps to mark: its next step has no buttons', async () => {
    const next = { step: 'Lead the design review', owner: 'Dev Patel', due: '2026-12-20' };
    await plansItem.setValue({ ...plans, kind: 'status', people: [{ ...devPlan, steps: [], summary: { ...devPlan.summary, next } }] });
    render(<Harness controller={loaded.controller} />);
    act(() => loaded.controller.show(devOneOnOne, { top: 120, left: 836, maxHeight: 600 }, null));
    expect(within(stepItem('Lead the design review')).queryAllByRole('button')).toEqual([]);
  });
});
