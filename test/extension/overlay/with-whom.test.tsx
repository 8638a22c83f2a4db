// @vitest-environment happy-dom
// "Treat as 1:1" on a meeting of several asks "With whom?" and remembers the answer for the series.
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { buildView, type OneOnOneView } from '../../../extension/overlay/view';
import { overridesItem, seriesPeopleItem } from '../../../extension/storage';
import { createController } from '../../../extension/overlay/controller';
import { loadStore } from '../../../extension/overlay/store';
import type { CalendarEvent, Counterpart, Override } from '../../../shared/meeting/types';
import { DEV, devOneOnOne, eventId, KIM, ME, SAM, sprintPlanning, state, TODAY } from './helpers';
import { Harness, useLoaded } from './harness';

const SPRINT = '0c8s2jq6f1kb3a9g';
const kim: Counterpart = { name: 'Kim Park', email: 'kim.park@example.com' };
/** A meeting of two people that the user said is not a 1:1: one guest besides me. */
const pairing: CalendarEvent = { source: 'popup', id: eventId('p41r1ng0000000aa'), title: 'Pairing', guests: [ME, SAM] };

type Case = { what: string; overrides: Record<string, Override>; seriesPeople: Record<string, Counterpart>; name: string };

describe('buildView with a remembered person', () => {
  it.each<Case>([
    { what: 'made a 1:1 with Kim', overrides: { [SPRINT]: 'one-on-one' }, seriesPeople: { [SPRINT]: kim }, name: 'Kim Park' },
    {
      what: 'a name the page showed as an address',
      overrides: { [SPRINT]: 'one-on-one' },
      seriesPeople: { [SPRINT]: { name: 'ola.nowak@example.com', email: 'ola.nowak@example.com' } },
      name: 'ola.nowak@example.com',
    },
    {
      what: 'made a 1:1 before "With whom?" (no one remembered)',
      overrides: { [SPRINT]: 'one-on-one' },
      seriesPeople: {},
      name: 'Ola Nowak',
    },
    { what: "another series' person", overrides: { [SPRINT]: 'one-on-one' }, seriesPeople: { other: kim }, name: 'Ola Nowak' },
  ])('$what: 1:1 with $name', ({ overrides, seriesPeople, name }) => {
    const view = buildView(sprintPlanning, state({ overrides, seriesPeople }), TODAY) as OneOnOneView;
    expect(view.person.name).toBe(name);
  });

  it('lists the guests but me on a meeting that is not a 1:1, named as the page shows them', () => {
    const view = buildView(sprintPlanning, state(), TODAY);
    expect(view.kind === 'other' && view.guests).toEqual([DEV, SAM, KIM, { name: 'Ola Nowak', email: 'ola.nowak@example.com' }]);
  });
});

describe('"Treat as 1:1" in the panel', () => {
  const loaded = useLoaded();
  const open = (event: CalendarEvent) => {
    render(<Harness controller={loaded.controller} />);
    act(() => loaded.controller.show(event));
  };
  const treat = () => fireEvent.click(screen.getByRole('button', { name: 'Treat as 1:1' }));
  const header = () => screen.getByRole('region', { name: 'Trellis career conversation' }).querySelector('.who')?.textContent;

  it('asks "With whom?" on a meeting of five, with the four others, and the answer names the 1:1', async () => {
    open(sprintPlanning);
    treat();
    const question = screen.getByRole('group', { name: 'With whom?' });
    const choices = within(question)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(choices).toEqual(['Dev Patel', 'Sam Chen', 'Kim Park', 'Ola Nowak']);
    expect(document.activeElement?.textContent).toBe('Dev Patel');
    fireEvent.click(within(question).getByRole('button', { name: 'Sam Chen' }));
    expect(header()).toBe('1:1 with Sam Chen');
    await act(() => loaded.store.idle());
    expect(await seriesPeopleItem.getValue()).toEqual({ [SPRINT]: SAM });
    expect(await overridesItem.getValue()).toEqual({ [SPRINT]: 'one-on-one' });
  });

  it('remembers the answer for the series: a tab opened later names the same person', async () => {
    open(sprintPlanning);
    treat();
    fireEvent.click(screen.getByRole('button', { name: 'Kim Park' }));
    await act(() => loaded.store.idle());
    const later = createController({ store: await loadStore() });
    later.show({ ...sprintPlanning, id: eventId(SPRINT) });
    expect((later.state().view as OneOnOneView).person).toEqual(kim);
    later.close();
  });

  it.each([
    { how: 'Cancel', leave: () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' })) },
    { how: 'Escape', leave: () => fireEvent.keyDown(screen.getByRole('button', { name: 'Kim Park' }), { key: 'Escape' }) },
  ])('$how leaves the meeting as it was, with the keyboard back on "Treat as 1:1"', async ({ leave }) => {
    open(sprintPlanning);
    treat();
    leave();
    expect(screen.queryByRole('group', { name: 'With whom?' })).toBeNull();
    expect(document.activeElement?.textContent).toBe('Treat as 1:1');
    await act(() => loaded.store.idle());
    expect(await overridesItem.getValue()).toEqual({});
  });

  it('asks nothing on a meeting with one other guest', async () => {
    await overridesItem.setValue({ p41r1ng0000000aa: 'not-one-on-one' });
    open(pairing);
    treat();
    expect(screen.queryByRole('group', { name: 'With whom?' })).toBeNull();
    expect(header()).toBe('1:1 with Sam Chen');
    await act(() => loaded.store.idle());
    expect(await seriesPeopleItem.getValue()).toEqual({});
  });

  it('"Not a 1:1" forgets the person, so "Treat as 1:1" asks again', async () => {
    open(sprintPlanning);
    treat();
    fireEvent.click(screen.getByRole('button', { name: 'Kim Park' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not a 1:1' }));
    await act(() => loaded.store.idle());
    expect(await seriesPeopleItem.getValue()).toEqual({});
    treat();
    expect(screen.getByRole('group', { name: 'With whom?' })).toBeTruthy();
  });

  it('a 1:1 by its guests has "Not a 1:1", never the question', () => {
    open(devOneOnOne);
    expect(screen.queryByRole('button', { name: 'Treat as 1:1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Not a 1:1' })).toBeTruthy();
  });
});
