/** The technical ladder, lowest rung first (contract section 1). */
export const LADDER = ['Developer', 'Senior Developer', 'Lead Developer', 'Software Architect'] as const;

export type LadderRung = (typeof LADDER)[number];

/** Optional speciality in front of "developer"/"engineer"; anything else (network, data…) is not on this ladder. */
const KIND = '(?:(?:software|web|back ?end|front ?end|full ?stack|mobile|application) )?';
const WORKER = '(?:developer|engineer)';

/** Role patterns per rung, matched against the normalised role; checked top rung first. */
const RUNG_PATTERNS: readonly { rung: LadderRung; patterns: readonly RegExp[] }[] = [
  {
    rung: 'Software Architect',
    patterns: [/^(?:software |solutions? |principal )?architect$/, /^principal (?:software )?engineer$/],
  },
  {
    rung: 'Lead Developer',
    patterns: [new RegExp(`^(?:lead|staff) ${KIND}${WORKER}$`), /^tech(?:nical)? lead$/, new RegExp(`^team lead(?: ${KIND}${WORKER})?$`)],
  },
  {
    rung: 'Senior Developer',
    patterns: [new RegExp(`^(?:senior|sr) ${KIND}${WORKER}$`)],
  },
  {
    rung: 'Developer',
    patterns: [new RegExp(`^(?:(?:junior|jr|associate|graduate) )?${KIND}(?:developer|engineer|programmer)(?: (?:i|ii|1|2))?$`)],
  },
];

/** Lower-case, with dots, dashes, slashes and underscores read as spaces and runs of spaces collapsed. */
function normalise(role: string): string {
  return role
    .toLowerCase()
    .replace(/[._\-/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The ladder rung a role matches, or undefined when it is not a software developer role. */
export function rungOf(role: string): LadderRung | undefined {
  const text = normalise(role);
  if (!text) return undefined;
  return RUNG_PATTERNS.find(({ patterns }) => patterns.some((p) => p.test(text)))?.rung;
}

/** The rung above the current role; '' at the top rung or when the role is not on the ladder. */
export function nextRung(role: string): string {
  const rung = rungOf(role);
  if (!rung) return '';
  return LADDER[LADDER.indexOf(rung) + 1] ?? '';
}
