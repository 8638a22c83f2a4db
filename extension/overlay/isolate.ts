/**
 * Keeps the overlay's keyboard and pointer events from reaching Calendar's page handlers: typing "c" in the note
 * must not create an event, and a click in the overlay must not read as a click outside the popup (which closes it).
 * Escape still reaches Calendar, so it closes the popup as users expect.
 */

/** Events stopped at the overlay's container (bubble phase: the overlay's own handlers have run already). */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'click',
  'focusin',
  'focusout',
] as const;

/** Stops those events at `container`; returns the function that lets them through again. */
export function isolateEvents(container: EventTarget): () => void {
  const stop = (event: Event) => {
    if (event.type.startsWith('key') && (event as KeyboardEvent).key === 'Escape') return;
    event.stopPropagation();
  };
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, stop);
  return () => {
    for (const type of ISOLATED_EVENTS) container.removeEventListener(type, stop);
  };
}
