/**
 * Reads an event surface into plain data: title, event id and guests, plus the plain phrases of what could not be
 * found (for the diagnostics line). Text only (textContent and input values), never markup; never throws.
 */
import { decodeEventId, eventIdFromJslog } from '../../shared/meeting/event-id';
import type { CalendarEvent, EventId, Guest } from '../../shared/meeting/types';
import type { EventSurface } from './find';
import { ATTRIBUTES, EVENT_PAGE_PATH, ROOM_ADDRESS, SELECTORS, UNSEEN_TEXT, queryAll, queryFirst } from './selectors';

export interface EventReading {
  event: CalendarEvent;
  /** What could not be found: 'event title', 'event id', 'guest list' (people shown, but not in a guest section). */
  missing: string[];
}

/** Reads the event a surface shows now. */
export function readEvent(surface: EventSurface): EventReading {
  const missing: string[] = [];
  const popup = surface.kind === 'popup';
  const title = attempt(() => (popup ? popupTitle(surface.dialog) : pageTitle(surface.root)), '');
  const id = attempt(() => (popup ? popupEventId(surface.body) : pageEventId(surface.root)), null);
  const section = popup ? queryFirst(surface.body, SELECTORS.guestSection) : surface.root;
  const guests = attempt(() => readGuests(section), []);
  if (!title) missing.push('event title');
  if (id === null) missing.push('event id');
  // An event without guests is normal; people shown outside any guest section we know means the section moved.
  if (guests.length === 0 && attempt(() => queryAll(popup ? surface.body : surface.root, SELECTORS.guestEntry).length > 0, false)) {
    missing.push('guest list');
  }
  return { event: { source: surface.kind, id, title, guests }, missing };
}

function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** #rAECCd, else the element the dialog is labelled by, else the dialog's heading. */
function popupTitle(dialog: HTMLElement): string {
  const [byId, ...rest] = SELECTORS.popupTitle;
  const labelId = dialog.getAttribute(ATTRIBUTES.labelledBy)?.trim();
  const labelled = labelId ? dialog.ownerDocument.getElementById(labelId) : null;
  const candidates = [
    byId ? dialog.querySelector(byId) : null,
    labelled && dialog.contains(labelled) ? labelled : null,
    ...rest.map((selector) => dialog.querySelector(selector)),
  ];
  for (const el of candidates) {
    const text = collapse(el?.textContent);
    if (text) return text;
  }
  return '';
}

/** The title field's current value, else the value it was loaded with. */
function pageTitle(root: HTMLElement): string {
  const input = queryFirst<HTMLInputElement>(root, SELECTORS.pageTitle);
  if (!input) return '';
  return collapse(input.value) || collapse(input.getAttribute(ATTRIBUTES.initialValue));
}

/** data-eventid of the event body, decoded; else the id in its jslog. */
function popupEventId(body: HTMLElement): EventId | null {
  const raw = body.getAttribute(ATTRIBUTES.eventId);
  const jslog = body.getAttribute(ATTRIBUTES.jslog);
  return (raw ? decodeEventId(raw) : null) ?? (jslog ? eventIdFromJslog(jslog) : null);
}

/**
 * The id in the page's path (`/r/eventedit/<eid>`), else a data-eventid on the page's root or an ancestor (not a
 * descendant: the page can show other events' chips, in "Find a time"); decoded.
 */
function pageEventId(root: HTMLElement): EventId | null {
  const fromPath = EVENT_PAGE_PATH.exec(root.ownerDocument.location?.pathname ?? '')?.[1];
  const decoded = fromPath ? decodeEventId(fromPath) : null;
  if (decoded) return decoded;
  const raw = root.closest(`[${ATTRIBUTES.eventId}]`)?.getAttribute(ATTRIBUTES.eventId);
  return raw ? decodeEventId(raw) : null;
}

/** Guest entries under `scope`, de-duplicated by address (the outermost entry of a nested pair wins). */
function readGuests(scope: ParentNode | null): Guest[] {
  if (!scope) return [];
  const byKey = new Map<string, Guest>();
  for (const entry of queryAll(scope, SELECTORS.guestEntry)) {
    const email = guestEmail(entry);
    const line = firstLine(entry);
    const room = ROOM_ADDRESS.test(email);
    const size = room ? null : (GROUP_SIZE.exec(line) ?? GROUP_SIZE.exec(collapse(entry.textContent)));
    const name = (room ? line : line.replace(GROUP_SIZE, '').trim()) || email;
    const key = email || `name:${name.toLowerCase()}`;
    if (!name || byKey.has(key)) continue;
    const guest: Guest = { email, name };
    if (size) guest.groupSize = Number(size[1]);
    byKey.set(key, guest);
  }
  return [...byKey.values()];
}

const GROUP_SIZE = /\s*\((\d{1,6})\)$/;

function guestEmail(entry: Element): string {
  const email = entry.getAttribute(ATTRIBUTES.email)?.trim() ?? '';
  if (email.includes('@')) return email.toLowerCase();
  const hovercard = entry.getAttribute(ATTRIBUTES.hovercard)?.trim() ?? '';
  return hovercard.includes('@') ? hovercard.toLowerCase() : email.toLowerCase();
}

/**
 * The entry's first line of text: the element holding its first visible text, or that text alone when the element
 * also holds other elements (a name followed by " · Organizer", say).
 */
function firstLine(entry: Element): string {
  const walker = entry.ownerDocument.createTreeWalker(entry, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = collapse(node.textContent);
    if (!text) continue;
    const parent = node.parentElement;
    const unseen = parent?.closest(UNSEEN_TEXT);
    if (unseen && entry.contains(unseen)) continue;
    if (parent && parent !== entry && parent.childElementCount === 0) return collapse(parent.textContent);
    return text;
  }
  return '';
}
