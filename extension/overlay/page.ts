/**
 * Keeps the overlay in step with Calendar's page: finds the event now open, reads it, places the overlay beside it
 * and puts our host back if Calendar removed it. Called on every coalesced page change; never throws.
 */
import type { CalendarEvent } from '../../shared/meeting/types';
import type { EventSurface } from '../calendar/find';
import { findEventSurface } from '../calendar/find';
import { readEvent } from '../calendar/read';
import type { OverlayController } from './controller';
import { besidePopup, onEventPage } from './placement';
import { isDarkBehind } from './theme';

export interface PageSyncOptions {
  doc: Document;
  win: Pick<Window, 'innerWidth' | 'innerHeight' | 'getComputedStyle'> & Partial<Pick<Window, 'matchMedia'>>;
  controller: OverlayController;
  /** Our overlay host: put back at the end of <body> whenever Calendar removes it. */
  host: HTMLElement;
  find?: (doc: Document) => EventSurface | null;
  read?: (surface: EventSurface) => { event: CalendarEvent; missing: string[] };
  onError?: (error: unknown) => void;
}

/** Whether an event as read has anything to decide on. */
export function usable(event: CalendarEvent): boolean {
  return Boolean(event.title.trim() || event.guests.length > 0);
}

/** Returns the function to call whenever the page may have changed. */
export function createPageSync(options: PageSyncOptions): () => void {
  const { doc, win, controller, host, find = findEventSurface, read = readEvent, onError = () => {} } = options;
  let themedFor: Element | null = null;
  let dark: boolean | null = null;

  return () => {
    try {
      if (!host.isConnected && doc.body) doc.body.append(host);
      const surface = find(doc);
      if (!surface) {
        themedFor = null;
        controller.show(null);
        return;
      }
      const { event, missing } = read(surface);
      if (missing.length > 0) controller.reportMissing(surface.kind, missing);
      if (!usable(event)) {
        controller.show(null);
        return;
      }
      const viewport = { width: win.innerWidth, height: win.innerHeight };
      const anchor = surface.kind === 'popup' ? surface.dialog : surface.root;
      // The theme is read once per popup or page shown, not on every change.
      if (themedFor !== anchor) {
        themedFor = anchor;
        // Calendar's own theme, read from the page; where nothing paints a background, the system's setting.
        dark = isDarkBehind(anchor, win) ?? win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? null;
      }
      const placement = surface.kind === 'popup' ? besidePopup(surface.dialog.getBoundingClientRect(), viewport) : onEventPage(viewport);
      controller.show(event, placement, dark);
    } catch (error) {
      onError(error);
      try {
        controller.show(null);
      } catch {
        // Nothing more to do: stay out of the way.
      }
    }
  };
}
