// Calendar fields of an instant in a named time zone, and the two date-pattern languages the add-on meets:
// Java's SimpleDateFormat (Utilities.formatDate) and Sheets number formats (display values).

export interface ZonedFields {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock fields of an instant in a time zone (throws RangeError for an unknown zone, as Intl does). */
export function zonedFields(ms: number, timeZone: string): ZonedFields {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
  };
}

/** How far the zone's wall clock is ahead of UTC at that instant, in ms. */
export function zoneOffset(ms: number, timeZone: string): number {
  const f = zonedFields(ms, timeZone);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.millisecond);
  return wall - ms;
}

const midnights = new Map<string, number>();
/** The instant of 00:00 on a calendar day in a zone: what Sheets hands a script for a date cell. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const key = `${timeZone}|${year}-${month}-${day}`;
  let ms = midnights.get(key);
  if (ms === undefined) {
    const wall = Date.UTC(year, month - 1, day);
    // First guess with the offset at the wall time, then correct with the offset at the guess (DST changes).
    ms = wall - zoneOffset(wall - zoneOffset(wall, timeZone), timeZone);
    midnights.set(key, ms);
  }
  return ms;
}

/** The calendar day an instant falls on in a zone, `YYYY-MM-DD`. */
export function zonedDay(ms: number, timeZone: string): string {
  const f = zonedFields(ms, timeZone);
  return `${f.year}-${pad(f.month)}-${pad(f.day)}`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function offsetText(ms: number, timeZone: string, colon: boolean): string {
  const minutes = Math.round(zoneOffset(ms, timeZone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${colon ? ':' : ''}${pad(abs % 60)}`;
}

/** Utilities.formatDate: Java SimpleDateFormat letters y M d E H h m s S a Z X, and 'quoted' literals. */
export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const f = zonedFields(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern[i]!;
    if (ch === "'") {
      // '' is a quote, in or out of a quoted run
      const m = /^'((?:[^']|'')*)'?/.exec(pattern.slice(i))!;
      out += m[1] === '' ? "'" : m[1]!.replace(/''/g, "'");
      i += m[0].length;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n += 1;
    i += n;
    const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(f.year % 100) : pad(f.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1]!.slice(0, 3) : pad(f.month, n);
        break;
      case 'd':
        out += pad(f.day, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[f.weekday] : DAYS[f.weekday]!.slice(0, 3);
        break;
      case 'H':
        out += pad(f.hour, n);
        break;
      case 'h':
        out += pad(h12, n);
        break;
      case 'm':
        out += pad(f.minute, n);
        break;
      case 's':
        out += pad(f.second, n);
        break;
      case 'S':
        out += pad(f.millisecond, 3).slice(0, Math.max(n, 3));
        break;
      case 'a':
        out += f.hour < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += offsetText(ms, timeZone, false);
        break;
      case 'X':
        out += n >= 3 ? offsetText(ms, timeZone, true) : offsetText(ms, timeZone, false).slice(0, n === 1 ? 3 : 5);
        break;
      default:
        throw new Error(`Utilities.formatDate: pattern letter "${ch}" is not supported by the fake`);
    }
  }
  return out;
}

/** Whether a Sheets number format shows a date (has a y, d or month letter outside quotes). */
export function isDateFormat(format: string): boolean {
  return /[ydm]/i.test(format.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

/**
 * A date as Sheets displays it under a number format such as `yyyy-mm-dd`, `M/d/yyyy H:mm:ss` or `d mmm yyyy`.
 * Letters are case-insensitive; `m` is minutes right after an hour or right before seconds, else month.
 */
export function formatSheetsDate(ms: number, timeZone: string, format: string): string {
  const f = zonedFields(ms, timeZone);
  const tokens = format.match(/"[^"]*"|\\.|am\/pm|a\/p|y+|m+|d+|h+|s+|[^ymdhsa"\\]+|a/gi) ?? [];
  const ampm = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const kinds = tokens.map((t) => t[0]!.toLowerCase());
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      if (lower === 'am/pm') return f.hour < 12 ? 'AM' : 'PM';
      if (lower === 'a/p') return f.hour < 12 ? 'A' : 'P';
      const n = t.length;
      switch (kinds[i]) {
        case 'y':
          return n <= 2 ? pad(f.year % 100) : String(f.year);
        case 'd':
          return n >= 4 ? DAYS[f.weekday] : n === 3 ? DAYS[f.weekday]!.slice(0, 3) : pad(f.day, n);
        case 'h':
          return pad(ampm ? (f.hour % 12 === 0 ? 12 : f.hour % 12) : f.hour, n);
        case 's':
          return pad(f.second, n);
        case 'm': {
          const prev = kinds
            .slice(0, i)
            .reverse()
            .find((k) => 'ymdhs'.includes(k));
          const next = kinds.slice(i + 1).find((k) => 'ymdhs'.includes(k));
          if (prev === 'h' || next === 's') return pad(f.minute, n);
          return n >= 4 ? MONTHS[f.month - 1] : n === 3 ? MONTHS[f.month - 1]!.slice(0, 3) : pad(f.month, n);
        }
        default:
          return t;
      }
    })
    .join('');
}
