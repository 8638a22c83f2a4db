/**
 * The overlay beside a Calendar event: a region with the 1:1's prompts, note and plan, or only the quiet "Treat as 1:1".
 * The person and the plan's next step head it; the body scrolls inside it while the footer (copy, "Not a 1:1") stays.
 */
import type { OverlayActions, OverlayState } from '../../overlay/controller';
import type { OneOnOneView } from '../../overlay/view';
import { CareerGoals } from './CareerGoals';
import { CopyAgenda } from './CopyAgenda';
import type { WriteClip } from './CopyButton';
import { MorePrompts } from './MorePrompts';
import { NextStep } from './NextStep';
import { NoteBox } from './NoteBox';
import { Nudge } from './Nudge';
import { OneOnOneToggle } from './OneOnOneToggle';
import { PlanSummary } from './PlanSummary';
import { PromptList } from './PromptList';
import { SaveProblemNotice } from './SaveProblem';

export interface OverlayProps {
  state: OverlayState;
  actions: OverlayActions;
  /** The clipboard seam for tests. */
  writeClipboard?: WriteClip;
}

const REGION_LABEL = 'Trellis career conversation';

function themeClass(dark: boolean | null): string {
  return dark === null ? 'trellis' : dark ? 'trellis dark' : 'trellis light';
}

function OneOnOne({
  view,
  collapsed,
  problem,
  actions,
  writeClipboard,
}: {
  view: OneOnOneView;
  collapsed: boolean;
  problem: OverlayState['saveProblem'];
  actions: OverlayActions;
  writeClipboard?: WriteClip;
}) {
  const toggle = (promptId: string, asked: boolean) => actions.setAsked(view, promptId, asked);
  // Read in five seconds: who, and what the plan says is next; then the body, which scrolls; the footer stays.
  return (
    <>
      <div class="header">
        <button
          type="button"
          class="header-button"
          aria-expanded={!collapsed}
          aria-controls="trellis-body"
          onClick={() => actions.toggleCollapsed()}
        >
          <span class="brand">Trellis</span>
          <span class="who">1:1 with {view.person.name}</span>
          <span class="chevron" aria-hidden="true">
            {collapsed ? '▸' : '▾'}
          </span>
        </button>
        <NextStep step={view.plan?.steps[0]} />
      </div>
      {/* Outside the collapsible body: an unsaved note is never hidden news. */}
      <SaveProblemNotice problem={problem} onRetry={actions.retrySave} />
      {!collapsed && (
        <>
          <div id="trellis-body" class="body">
            <Nudge name={view.person.name} due={view.nudge.due} daysSince={view.nudge.daysSince} />
            <PromptList name={view.person.name} prompts={view.prompts} asked={view.asked} onToggle={toggle} />
            <MorePrompts groups={view.more} asked={view.asked} onToggle={toggle} />
            <NoteBox note={view.note} onInput={(note) => actions.setNote(view, note)} onFlush={actions.flushNote} />
            <PlanSummary name={view.person.name} plan={view.plan} onMark={actions.markStep} />
            {view.goals && (
              <CareerGoals
                name={view.person.name}
                goals={view.goals}
                onInput={(field, value) => actions.setGoal(view, field, value)}
                onFlush={actions.flushNote}
                write={writeClipboard}
              />
            )}
          </div>
          <div class="footer">
            <CopyAgenda text={() => actions.agenda(view)} write={writeClipboard} />
            <OneOnOneToggle oneOnOne seriesId={view.seriesId} onChange={(v) => actions.setOneOnOne(view, v)} />
          </div>
        </>
      )}
    </>
  );
}

/** Renders nothing when no event is open; keyed by meeting so nothing of one event shows on the next. */
export function Overlay({ state, actions, writeClipboard }: OverlayProps) {
  const { view, placement, dark, collapsed, saveProblem } = state;
  if (!view) return null;
  const style = placement ? { top: `${placement.top}px`, left: `${placement.left}px`, maxHeight: `${placement.maxHeight}px` } : undefined;
  if (view.kind === 'other') {
    if (!view.seriesId) return null;
    return (
      <section key={view.meetingId} aria-label={REGION_LABEL} class={`${themeClass(dark)} small`} style={style}>
        <SaveProblemNotice problem={saveProblem} onRetry={actions.retrySave} />
        <OneOnOneToggle
          oneOnOne={false}
          seriesId={view.seriesId}
          guests={view.guests}
          onChange={(v, person) => actions.setOneOnOne(view, v, person)}
        />
      </section>
    );
  }
  return (
    <section key={view.meetingId} aria-label={REGION_LABEL} class={themeClass(dark)} style={style}>
      <OneOnOne
        key={view.meetingId}
        view={view}
        collapsed={collapsed}
        problem={saveProblem}
        actions={actions}
        writeClipboard={writeClipboard}
      />
    </section>
  );
}
