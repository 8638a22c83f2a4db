/**
 * The technical ladder (contract section 1): developer → senior developer → lead developer → software architect, and
 * past it staff and principal engineer, where senior engineers differ more in the shape of their work (tech lead,
 * architect, solver, right hand) than in title. Below senior the next rung keeps the person's own words
 * ("Software Engineer" → "Senior Software Engineer"); from senior up it is the ladder's title for that track.
 */
import type { LadderReach } from '../types';
import { nextTitleBelowSenior } from './titles';

/** How far up the ladder a role is; a software architect is at the staff level. */
export type LadderLevel = 'junior' | 'developer' | 'senior' | 'lead' | 'staff' | 'principal';

/** Optional speciality in front of "developer"/"engineer"; anything else (network, data…) is not on this ladder. */
const KIND = '(?:(?:software|web|back ?end|front ?end|full ?stack|mobile|application) )?';
const WORKER = '(?:developer|engineer|programmer)';
const NUMBER = '(?: (?:i|ii|1|2))?';

/** Role patterns per level, matched against the normalised role; checked top level first. */
const LEVEL_PATTERNS: readonly { level: LadderLevel; patterns: readonly RegExp[] }[] = [
  {
    level: 'principal',
    patterns: [/^(?:principal|distinguished) (?:software )?(?:engineer|developer|architect)$/, /^(?:engineering |technical )?fellow$/],
  },
  {
    level: 'staff',
    patterns: [new RegExp(`^(?:senior )?staff ${KIND}${WORKER}$`), /^(?:software |solutions? |technical |application )?architect$/],
  },
  {
    level: 'lead',
    patterns: [new RegExp(`^lead ${KIND}${WORKER}$`), /^tech(?:nical)? lead$/, new RegExp(`^team lead(?: ${KIND}${WORKER})?$`)],
  },
  { level: 'senior', patterns: [new RegExp(`^(?:senior|sr) (?:${KIND}${WORKER}|sde)$`)] },
  {
    level: 'developer',
    patterns: [new RegExp(`^${KIND}${WORKER}${NUMBER}$`), new RegExp(`^(?:sde|software development engineer)${NUMBER}$`)],
  },
  { level: 'junior', patterns: [new RegExp(`^(?:junior|jr|associate|graduate|trainee) ${KIND}${WORKER}$`)] },
];

/** Lower-case, with dots, dashes, slashes and underscores read as spaces and runs of spaces collapsed. */
function normalise(role: string): string {
  return role
    .toLowerCase()
    .replace(/[._\-/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ladder level a role matches, or undefined when it is not a software developer role. */
export function levelOf(role: string): LadderLevel | undefined {
  const text = normalise(role);
  if (!text) return undefined;
  return LEVEL_PATTERNS.find(({ patterns }) => patterns.some((p) => p.test(text)))?.level;
}

/** Developer-worded titles climb through lead developer and software architect; engineer-worded ones through staff. */
const saysDeveloper = (role: string) => /\b(?:developer|programmer)\b/i.test(role);

/** The rung above the current role; '' at the top (principal) or when the role is not on the ladder. */
export function nextRung(role: string): string {
  const level = levelOf(role);
  if (level === 'junior' || level === 'developer') return nextTitleBelowSenior(role);
  if (level === 'senior') return saysDeveloper(role) ? 'Lead Developer' : 'Staff Engineer';
  if (level === 'lead') return saysDeveloper(role) ? 'Software Architect' : 'Staff Engineer';
  if (level === 'staff') return 'Principal Engineer';
  return '';
}

/** What a plan grows toward, by the rung it is aimed at. */
const REACH_OF_TARGET: Readonly<Record<LadderLevel, LadderReach>> = {
  junior: 'to-senior',
  developer: 'to-senior',
  senior: 'to-senior',
  lead: 'to-lead',
  staff: 'staff-plus',
  principal: 'staff-plus',
};

/** What a plan grows toward, by the rung the person is on when the target is not a ladder title. */
const REACH_FROM_ROLE: Readonly<Record<LadderLevel, LadderReach>> = {
  junior: 'to-senior',
  developer: 'to-senior',
  senior: 'to-lead',
  lead: 'staff-plus',
  staff: 'staff-plus',
  principal: 'staff-plus',
};

/**
 * How far a technical plan reaches: growing into senior, into lead, or into staff and beyond. Read from the target
 * where it is a ladder title, else from the current role; neither known reads as growing into lead, the middle.
 */
export function ladderReach(role: string, targetRole: string): LadderReach {
  const target = levelOf(targetRole);
  if (target) return REACH_OF_TARGET[target];
  const current = levelOf(role);
  return current ? REACH_FROM_ROLE[current] : 'to-lead';
}
