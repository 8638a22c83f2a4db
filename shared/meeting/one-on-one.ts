import { plural } from '../plural';
import { nameBesidePattern, nameIsAddress, namesFromTitle, titleMatches } from './title';
import type { CalendarEvent, Counterpart, Guest, Override, Verdict } from './types';

export { DEFAULT_TITLE_PATTERNS, namesFromTitle, titleMatches } from './title';

export interface ClassifyOptions {
  titlePatterns: readonly string[];
  /** The user's address from the settings; null to take the calendar owner from the event id. */
  myEmail: string | null;
  override?: Override;
}

const ROOM = /@resource\.calendar\.google\.com$/i;
const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
/** Whether a title name is this guest: by the guest's address, else by the shown name. */
const isGuest = (name: string, g: Guest) => (g.email ? nameIsAddress(name, g.email) : fold(name) === fold(g.name));

/** Who "me" is: the settings' address, else the owner of the calendar the event id names. */
function whoAmI(event: CalendarEvent, myEmail: string | null, reasons: string[]): string | null {
  const set = myEmail?.trim().toLowerCase();
  if (set) return set;
  const owner = event.id?.ownerEmail ?? null;
  reasons.push(owner ? `you are ${owner} (calendar owner)` : 'your address is unknown: set it in the options');
  return owner;
}

/** The guest list without rooms and repeated addresses. */
function people(guests: readonly Guest[], reasons: string[]): Guest[] {
  const rooms = guests.filter((g) => ROOM.test(g.email)).length;
  if (rooms > 0) reasons.push(`left out ${plural(rooms, 'room', 'rooms')}`);
  const seen = new Set<string>();
  return guests.filter((g) => {
    if (ROOM.test(g.email)) return false;
    if (!g.email) return true;
    if (seen.has(g.email)) return false;
    seen.add(g.email);
    return true;
  });
}

/**
 * Whether an event is a 1:1 and with whom. Two people, one of them me, make a 1:1; so does a 1:1 title or a two-name
 * title when no more than two people are invited. More than two people is never a 1:1 unless the user says so.
 */
export function classifyEvent(event: CalendarEvent, options: ClassifyOptions): Verdict {
  const reasons: string[] = [];
  const me = whoAmI(event, options.myEmail, reasons);
  const isMeName = (name: string) => me !== null && nameIsAddress(name, me);
  const isMe = (g: Guest) => (g.email ? g.email === me : isMeName(g.name));

  const guests = people(event.guests, reasons);
  for (const g of guests)
    if (g.groupSize !== undefined) reasons.push(`group ${g.name.replace(/\s*\(\d+\)\s*$/, '')} counted as ${g.groupSize}`);
  const count = guests.reduce((n, g) => n + (g.groupSize ?? 1), 0);
  const persons = guests.filter((g) => g.groupSize === undefined);
  const others = persons.filter((g) => !isMe(g));

  const patterned = titleMatches(event.title, options.titlePatterns);
  const titleNames = namesFromTitle(event.title, options.titlePatterns);
  const titleOthers = titleNames.filter((n) => !isMeName(n));
  // Without knowing me, a two-name title is mine to take; knowing me, one side must be me or a guest.
  const shaped =
    titleNames.length === 2 && (me === null || titleOthers.length < 2 || titleNames.some((n) => persons.some((g) => isGuest(n, g))));

  const other = counterpart(others, titleOthers, patterned ? nameBesidePattern(event.title, options.titlePatterns) : null, reasons);
  // "Maria 1:1" on Maria's own calendar names nobody else.
  const mine = other !== null && !other.email && isMeName(other.name);
  if (mine) reasons.push('the only name in the title is yours');
  const found = mine ? null : other;

  const named = others.map((g) => ({ name: g.name.trim() || g.email, email: g.email || null }));
  if (event.id?.recurring) reasons.push('recurring series');
  if (options.override) {
    const forced = options.override === 'one-on-one';
    reasons.unshift(forced ? 'you marked it as a 1:1' : 'you marked it as not a 1:1');
    return { oneOnOne: forced, other: forced ? found : null, guests: named, reasons, overridden: true };
  }

  const verdict = (oneOnOne: boolean, why: string): Verdict => {
    reasons.unshift(why);
    return { oneOnOne, other: oneOnOne ? found : null, guests: named, reasons, overridden: false };
  };
  if (count > 2) return verdict(false, `${count} people invited: more than two${patterned || shaped ? ', whatever the title says' : ''}`);
  const meInvited = persons.some(isMe);
  if (count === 2 && meInvited && found) return verdict(true, `two people: you and ${found.name}`);
  if (!patterned && !shaped) {
    return verdict(false, count === 0 ? 'no guests and no 1:1 title' : `${plural(count, 'person', 'people')} invited and no 1:1 title`);
  }
  const why = patterned ? 'title says 1:1' : 'title names two people';
  if (!found) return verdict(false, `${why}, but no other person was found`);
  return verdict(true, count === 0 ? `${why}, no guest list` : `${why}, ${plural(count, 'person', 'people')} invited`);
}

/** The other person: the one guest who is not me, else the title's name that is not me. */
function counterpart(
  others: readonly Guest[],
  titleOthers: readonly string[],
  beside: string | null,
  reasons: string[],
): Counterpart | null {
  const titleName = titleOthers.length === 1 ? titleOthers[0]! : titleOthers.length === 2 ? titleOthers[1]! : beside;
  if (others.length > 0) {
    // Calendar lists the organizer first; not knowing me, the second person is likelier the one I meet.
    const guest = others.length === 1 ? others[0]! : others[others.length - 1]!;
    if (others.length > 1) reasons.push(`took ${guest.name || guest.email} as the other person`);
    const shown = guest.name.trim();
    const name = shown && !shown.includes('@') ? shown : (titleName ?? (guest.email || shown));
    return { name, email: guest.email || null };
  }
  if (titleOthers.length === 2) reasons.push(`took ${titleOthers[1]} as the other person (your name is unknown)`);
  return titleName ? { name: titleName, email: null } : null;
}
