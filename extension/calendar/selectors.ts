/**
 * Every Google Calendar selector Trellis relies on, each list in the order tried: roles, then ids, then data
 * attributes; never hashed class names, never aria-label text (it follows the user's language). A Google change
 * should be one edit here. Sources for each fact: shared/handbook/calendar-dom.md.
 */

export const SELECTORS = {
  /** Containers Calendar shows as dialogs: the event popup, but also quick-create, tasks, menus and loaders. */
  dialog: ['[role="dialog"]', '[aria-modal="true"]', '[data-chips-dialog="true"]'],
  /** The body of an existing event's details; only events have it (not tasks, reminders or quick-create). */
  eventBody: ['#xDetDlg'],
  /** The popup's title, looked up inside the dialog; the dialog's aria-labelledby target is tried second. */
  popupTitle: ['#rAECCd', '[role="heading"]'],
  /** The popup's guest section. */
  guestSection: ['#xDetDlgAtt'],
  /** One guest entry (a person, a room or a group); the address is in data-email or data-hovercard-id. */
  guestEntry: ['[data-email]', '[data-hovercard-id*="@"]'],
  /** The full event page's container for an existing event ("More options"); a new event has data-is-create="true". */
  pageRoot: ['[data-is-create="false"]'],
  /** The full event page's title field; its value is the title. */
  pageTitle: ['input[data-initial-value]'],
} as const;

/** Attributes read from Calendar's elements. */
export const ATTRIBUTES = {
  eventId: 'data-eventid',
  jslog: 'jslog',
  email: 'data-email',
  hovercard: 'data-hovercard-id',
  initialValue: 'data-initial-value',
  labelledBy: 'aria-labelledby',
} as const;

/** Attribute changes that can switch the event a surface shows. */
export const IDENTITY_ATTRIBUTES = [ATTRIBUTES.eventId, ATTRIBUTES.jslog, 'data-is-create'];

/** Attribute changes that can show or hide a surface (on it or on an ancestor). */
export const VISIBILITY_ATTRIBUTES = ['hidden', 'aria-hidden', 'style', 'class'];

/** The full event page's path (`/calendar/u/0/r/eventedit/<eid>`); group 1 is the base64url event id when present. */
export const EVENT_PAGE_PATH = /\/r\/eventedit(?:\/([A-Za-z0-9_-]+))?(?:[/?#]|$)/;

/** A room's address: rooms are guest entries too, and a capacity in a room's name is not a group's size. */
export const ROOM_ADDRESS = /@resource\.calendar\.google\.com$/i;

/** Text inside a guest entry that is not part of what it shows (avatars' hidden initials, say). */
export const UNSEEN_TEXT = '[aria-hidden="true"], script, style';

/** Our own overlay host (contract section 7): never read as Calendar's, never a reason to re-read the page. */
export const OVERLAY_HOST = '[data-trellis="overlay"]';

/** Any element that is, or holds, an event surface: used by the watcher to tell relevant mutations apart. */
export const SURFACE_MARKERS = [...SELECTORS.dialog, ...SELECTORS.eventBody, ...SELECTORS.pageRoot].join(',');

/** The first element under `root` matching the first selector of `selectors` that matches anything. */
export function queryFirst<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E | null {
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** Every element under `root` matching any of `selectors`, in document order. */
export function queryAll<E extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): E[] {
  return Array.from(root.querySelectorAll<E>(selectors.join(',')));
}
