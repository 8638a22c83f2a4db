// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildView, type OneOnOneView } from '../../../extension/overlay/view';
import { PROMPTS } from '../../../shared/prompts/bank';
import { personKey } from '../../../shared/meeting/person-key';
import type { CalendarEvent } from '../../../shared/meeting/types';
import {
  DEV,
  DEV_INSTANCE,
  DEV_SERIES,
  devOneOnOne,
  hostile,
  ME,
  plans,
  eventId,
  samCatchUp,
  sprintPlanning,
  state,
  TODAY,
} from './helpers';

const oneOnOne = (event: CalendarEvent, s = state()) => {
  const view = buildView(event, s, TODAY);
  if (view.kind !== 'one-on-one') throw new Error(`expected a 1:1, got ${view.kind}`);
  return view as OneOnOneView;
};

describe('buildView', () => {
  it.each([
    ['a 1:1 title with two people', 'one-on-one', devOneOnOne],
    ['two people, plain title', 'one-on-one', samCatchUp],
    ['five people', 'other', sprintPlanning],
    ['a hostile 1:1 title', 'one-on-one', hostile],
  ] as const)('%s is %s', (_name, kind, event) => {
    expect(buildView(event, state(), TODAY).kind).toBe(kind);
  });

  it.each([
    ['"Treat as 1:1" on a team meeting', sprintPlanning, 'one-on-one', 'one-on-one'],
    ['"Not a 1:1" on a 1:1', devOneOnOne, 'not-one-on-one', 'other'],
  ] as const)('an override wins: %s', (_name, event, override, kind) => {
    const id = buildView(event, state(), TODAY).seriesId!;
    expect(buildView(event, state({ overrides: { [id]: override } }), TODAY).kind).toBe(kind);
  });

  it.each([
    { calendarOwner: null, myEmail: '', other: 'Maria Lopez' },
    { calendarOwner: 'maria.lopez@example.com', myEmail: '', other: 'Dev Patel' },
    { calendarOwner: null, myEmail: 'maria.lopez@example.com', other: 'Dev Patel' },
  ])(
    'on a shared calendar (no owner in the id), "me" is the setting, else the owner last seen: $calendarOwner $myEmail',
    ({ calendarOwner, myEmail, other }) => {
      const shared: CalendarEvent = { source: 'popup', id: eventId('s7h4r3d', 'team@g'), title: 'Dev / Maria', guests: [DEV, ME] };
      expect(oneOnOne(shared, state({ calendarOwner }, { myEmail })).person.name).toBe(other);
    },
  );

  it('keys the meeting by the instance id and overrides by the series id', () => {
    const view = oneOnOne(devOneOnOne);
    expect(view).toMatchObject({ meetingId: DEV_INSTANCE, seriesId: DEV_SERIES, day: '2026-12-01', personKey: 'dev.patel@example.com' });
    expect(view.person).toEqual({ name: 'Dev Patel', email: 'dev.patel@example.com' });
  });

  it('keys a meeting without an event id by person and day, and offers no override', () => {
    const view = oneOnOne({ ...samCatchUp, id: null }, state({}, { myEmail: 'maria.lopez@example.com' }));
    expect(view.meetingId).toBe(`sam.chen@example.com|${TODAY}`);
    expect(view.seriesId).toBeNull();
  });

  it.each([1, 3, 5])('shows settings.promptCount (%i) prompts, one per category first', (count) => {
    const view = oneOnOne(devOneOnOne, state({}, { promptCount: count }));
    expect(view.prompts).toHaveLength(count);
    expect(new Set(view.prompts.map((p) => p.category)).size).toBe(count);
  });

  it('leaves skipped categories out of today and of "More prompts"', () => {
    const view = oneOnOne(devOneOnOne, state({}, { skippedCategories: ['job-satisfaction', 'career-progress'] }));
    const categories = [...view.prompts, ...view.more.flatMap((g) => g.prompts)].map((p) => p.category);
    expect(categories).not.toContain('job-satisfaction');
    expect(categories).not.toContain('career-progress');
  });

  it('offers the user\'s own prompts among "More prompts"', () => {
    const view = oneOnOne(
      devOneOnOne,
      state({ ownPrompts: [{ id: 'own-1', text: 'What is one thing I could do better?', category: 'manager-support' }] }),
    );
    const group = view.more.find((g) => g.category === 'manager-support')!;
    expect(group.prompts.map((p) => p.id)).toContain('own-1');
  });

  it("keeps today's prompts stable while they are ticked, and rotates them at the next meeting", () => {
    const first = oneOnOne(devOneOnOne);
    const ticked = first.prompts.map((p) => p.id);
    const meetings = { [DEV_INSTANCE]: { person: 'dev.patel@example.com', day: TODAY, asked: ticked, note: '', updatedAt: '' } };
    const again = oneOnOne(devOneOnOne, state({ meetings }));
    expect(again.prompts.map((p) => p.id)).toEqual(ticked);
    expect(again.asked).toEqual(ticked);
    const next = oneOnOne({ ...devOneOnOne, id: null }, state({ meetings }));
    expect(next.prompts.map((p) => p.id)).not.toEqual(ticked);
  });

  it('never puts today\'s prompts in "More prompts" too', () => {
    const view = oneOnOne(devOneOnOne);
    const more = new Set(view.more.flatMap((g) => g.prompts.map((p) => p.id)));
    expect(view.prompts.some((p) => more.has(p.id))).toBe(false);
    expect(more.size + view.prompts.length).toBe(PROMPTS.length);
  });

  it.each([
    ['no meeting ever', {}, { due: true, daysSince: null }],
    [
      'a conversation 10 days ago',
      { old: { person: 'dev.patel@example.com', day: '2026-11-21', asked: ['x'], note: '', updatedAt: '' } },
      { due: false, daysSince: 10 },
    ],
    [
      'a conversation 45 days ago',
      { old: { person: 'dev.patel@example.com', day: '2026-10-17', asked: [], note: 'talked', updatedAt: '' } },
      { due: true, daysSince: 45 },
    ],
    [
      'a prompt ticked in this meeting, held ahead of its day',
      { [DEV_INSTANCE]: { person: 'dev.patel@example.com', day: '2026-12-08', asked: ['x'], note: '', updatedAt: '' } },
      { due: false },
    ],
    [
      'only an empty record for this meeting',
      { [DEV_INSTANCE]: { person: 'dev.patel@example.com', day: TODAY, asked: [], note: ' ', updatedAt: '' } },
      { due: true },
    ],
  ])('nudge with %s', (_name, meetings, nudge) => {
    expect(oneOnOne(devOneOnOne, state({ meetings })).nudge).toMatchObject(nudge);
  });

  it("shows the plan's open steps, overdue marked, when a plan has this person", () => {
    const view = oneOnOne(devOneOnOne, state({ plans }));
    expect(view.plan).toMatchObject({ path: 'Technical ladder', targetRole: 'Staff engineer' });
    expect(view.plan!.steps.map((s) => [s.step, s.overdue])).toEqual([
      ['Choose a path', true],
      ['Write the plan down', false],
    ]);
    expect(oneOnOne(samCatchUp, state({ plans })).plan).toBeNull();
  });

  it('falls back to the title for the person of a meeting made a 1:1 by hand', () => {
    const view = oneOnOne(sprintPlanning, state({ overrides: { '0c8s2jq6f1kb3a9g': 'one-on-one' } }));
    expect(view.personKey).toBe(personKey(view.person));
    expect(view.person.name.length).toBeGreaterThan(0);
  });
});
