import { isEmail } from '../email';
import type { EventId } from './types';

const INSTANCE = /^(.+)_(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/;
const SHORT_GROUP = /@g$/;

/** Decodes base64url without padding to text; null when it is not valid base64url or not UTF-8. */
function fromBase64Url(value: string): string | null {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
  try {
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Reads a decoded "<eventId>[_<instance>] <calendarId>" pair. */
export function parseEventIdText(eventPart: string, calendarPart = ''): EventId | null {
  const instanceId = eventPart.trim();
  if (!instanceId || /\s/.test(instanceId)) return null;
  const calendarId = calendarPart.trim().replace(SHORT_GROUP, '@group.calendar.google.com');
  const m = INSTANCE.exec(instanceId);
  const isPerson = isEmail(calendarId) && !/\.calendar\.google\.com$/i.test(calendarId);
  return {
    instanceId,
    seriesId: m ? m[1]! : instanceId,
    recurring: Boolean(m),
    instanceDay: m ? `${m[2]}-${m[3]}-${m[4]}` : null,
    calendarId,
    ownerEmail: isPerson ? calendarId.toLowerCase() : null,
  };
}

/** Decodes Calendar's data-eventid; null when it is not one. */
export function decodeEventId(raw: string): EventId | null {
  const text = fromBase64Url(raw.trim());
  if (text === null) return null;
  const [eventPart = '', calendarPart = '', ...rest] = text.split(' ');
  if (rest.length > 0) return null;
  return parseEventIdText(eventPart, calendarPart);
}

/** Reads the id from #xDetDlg's jslog (`… 2:["<eventId>","<calendarId>"] …`), the fallback when data-eventid is missing. */
export function eventIdFromJslog(jslog: string): EventId | null {
  const m = /(?:^|[;\s])2:(\[[^\]]*\])/.exec(jslog);
  if (!m) return null;
  try {
    const parsed: unknown = JSON.parse(m[1]!);
    if (!Array.isArray(parsed) || typeof parsed[0] !== 'string') return null;
    return parseEventIdText(parsed[0], typeof parsed[1] === 'string' ? parsed[1] : '');
  } catch {
    return null;
  }
}
