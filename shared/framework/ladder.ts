import { nextRung } from '../paths/ladder';
import { nextTitleBelowSenior } from '../paths/titles';
import type { PathRef } from './path-ref';
import { roleKey } from './role-key';
import { BUILT_IN_TRACK, type Rung } from './types';

/** A framework's rungs ready for matching roles: the team's own, and whether Trellis's own ladder is kept. */
export interface Ladders {
  /** The team's rungs by the key of each Title and Also known as. */
  byName: ReadonlyMap<string, Rung>;
  /** The Built-in track's rungs by name: matched only for their Expectations (see BUILT_IN_TRACK). */
  builtInByName: ReadonlyMap<string, Rung>;
  /** Each track's rungs, lowest level first, by the track's key. */
  tracks: ReadonlyMap<string, readonly Rung[]>;
  builtIn: boolean;
}

const isBuiltIn = (rung: Rung) => roleKey(rung.track) === roleKey(BUILT_IN_TRACK);

/** Indexes a framework's Levels for matching; the first rung to claim a name keeps it. */
export function laddersOf(levels: readonly Rung[]): Ladders {
  const byName = new Map<string, Rung>();
  const builtInByName = new Map<string, Rung>();
  const tracks = new Map<string, Rung[]>();
  for (const rung of levels) {
    const names = isBuiltIn(rung) ? builtInByName : byName;
    for (const name of [rung.title, ...rung.aliases]) if (!names.has(roleKey(name))) names.set(roleKey(name), rung);
    const track = tracks.get(roleKey(rung.track)) ?? [];
    track.push(rung);
    tracks.set(roleKey(rung.track), track);
  }
  for (const track of tracks.values()) track.sort((a, b) => a.level - b.level);
  return { byName, builtInByName, tracks, builtIn: levels.some(isBuiltIn) };
}

/** The Title of the next Level in a rung's track; '' at the top rung. */
function nextTitle(rung: Rung, ladders: Ladders): string {
  return ladders.tracks.get(roleKey(rung.track))?.find((r) => r.level > rung.level)?.title ?? '';
}

/**
 * The target a path implies for a role (contract section 12): the next rung of the team's own ladder where the role
 * is on it; else, while the Built-in track is kept, Trellis's own reading (the ladder's next rung; on the mentor path
 * the next title for someone not yet senior); else blank, and the plan asks to agree one. Expert, management and
 * undecided plans name no title of their own, as before.
 */
export function impliedTarget(role: string, path: PathRef, ladders: Ladders): string {
  if (path.kind === 'all' || (path.kind === 'built-in' && path.id !== 'technical' && path.id !== 'mentor')) return '';
  const rung = ladders.byName.get(roleKey(role));
  if (rung) return nextTitle(rung, ladders);
  if (!ladders.builtIn) return '';
  return path.kind === 'built-in' && path.id === 'mentor' ? nextTitleBelowSenior(role) : nextRung(role);
}

/** What the rung a target title names expects, as one line; '' when no rung has that title or it says nothing. */
export function expectationsOf(target: string, ladders: Ladders): string {
  const key = roleKey(target);
  const rung = ladders.byName.get(key) ?? ladders.builtInByName.get(key);
  return rung ? rung.expectations.replace(/\s+/g, ' ').trim() : '';
}
