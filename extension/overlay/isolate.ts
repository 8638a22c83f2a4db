/**
 * Keeps the overlay's keyboard and pointer events from reaching Calendar's page handlers: typing "c" in the note
 * must not create an event, and a click in the overlay must not read as a click outside the popup. Escape in the
 * panel gives focus back to the popup (keyboard.ts); the next Escape, in the popup, closes it as users expect.
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
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) container.addEventListener(type, stop);
  return () => {
    for (const type of ISOLATED_EVENTS) container.removeEventListener(type, stop);
  };
}
