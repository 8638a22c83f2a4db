/**
 * Deterministic roster grids for the benchmark: a header row and `size` people, the same cells for the same
 * `size` and `seed` on every machine (a seeded PRNG, never Math.random). Every row is valid, so a roster of N rows
 * plans exactly N people; the values still cover what a real roster holds: unicode names, names with a comma or a
 * quote, every path value the contract accepts (several spellings each, and blank for undecided), roles on the
 * technical ladder and off it, some target roles, focus areas, managers with emails, and a column Trellis ignores.
 */

/** The header row: the contract's eight columns in a usual order, plus one column Trellis ignores. */
export const ROSTER_HEADER = [
  'Name',
  'Email',
  'Role',
  'Manager',
  'Manager email',
  'Path',
  'Target role',
  'Focus area',
  'Location',
] as const;

const FIRST_NAMES = [
  'Ana',
  'Dev',
  'Mei',
  'Tomás',
  'Grace',
  'Olu',
  'Lena',
  'Ravi',
  'Zoë',
  'Łukasz',
  'Søren',
  'Chloé',
  'José',
  'Ngozi',
  'Björn',
  'Aoife',
  'Siobhán',
  'Jürgen',
  'Amélie',
  'Kwame',
  'Priya',
  'Sam',
  'Yusuf',
  'Fatima',
  'Hiroshi',
  'Min-jun',
  'Ewa',
  'Mateo',
  'Ines',
  'Nikolai',
  'Ola',
  'Camille',
  'Thảo',
  'Émile',
  'Dagný',
  'Renée',
  'François',
  'Çağla',
  'Jean-Luc',
  'Mary Ann',
  '李',
  '王',
  'Анна',
  'Дмитрий',
  'Σοφία',
  'أحمد',
  'Ιωάννης',
  'Noa',
  'Kai',
  'Aarav',
] as const;

const LAST_NAMES = [
  'Lopez',
  'Patel',
  'Chen',
  'Ruiz',
  'Kim',
  'Adeyemi',
  'Novak',
  'Singh',
  'Nguyễn',
  'Kowalczyk',
  'Østergaard',
  'Müller',
  'García',
  "O'Brien",
  'Okafor',
  'Nair',
  'Dubois',
  'Yılmaz',
  'Sørensen',
  'Fernández',
  'Mensah',
  'Tanaka',
  'Haddad',
  'Van der Berg',
  'De la Cruz',
  'Johansson',
  'Ó Súilleabháin',
  'Kovačević',
  'Papadopoulos',
  'Wójcik',
  'Smith',
  'Brown',
  'Zhang',
  'Ivanova',
  'Silva',
  'Kaur',
  'Cohen',
  'Rossi',
  'Andersen',
  'Sato',
] as const;

/** Roles on the technical ladder (several spellings) and off it; blank for "not given". */
const ROLES = [
  'Developer',
  'Senior Developer',
  'Lead Developer',
  'Software Architect',
  'Software Engineer',
  'Sr. Backend Engineer',
  'Junior Developer',
  'Staff Engineer',
  'Tech Lead',
  'Front-end Developer',
  'Full Stack Engineer II',
  'Network Engineer',
  'Data Analyst',
  'Security Analyst',
  'QA Engineer',
  'DevOps Engineer',
  'Database Administrator',
  'UX Designer',
  'Site Reliability Engineer',
  '',
] as const;

/** Every path the contract knows, with the spellings a roster uses; '' is undecided. */
const PATH_VALUES = [
  ['technical', 'Technical ladder', 'IC', 'individual contributor', 'Engineering'],
  ['expert', 'Subject matter expert', 'SME', 'specialist'],
  ['Mentor', 'coach', 'Coaching'],
  ['Management', 'manager'],
  [''],
] as const;

const TARGET_ROLES = [
  'Senior Developer',
  'Lead Developer',
  'Software Architect',
  'Principal Engineer',
  'Lead Data Analyst',
  'Security Architect',
  'Staff Engineer',
  'Engineering Manager',
  'Senior QA Engineer',
  'Head of Data',
] as const;

const FOCUS_AREAS = [
  'network security',
  'data analytics',
  'cloud cost',
  'accessibility',
  'observability',
  'databases',
  'machine learning',
  'payments',
  'identity and access',
  'performance',
  'mobile release engineering',
] as const;

const LOCATIONS = ['Lisbon', 'Lagos', 'Kraków', 'São Paulo', 'Toronto', 'Remote', 'Zürich', '東京', ''] as const;

const DOMAINS = ['example.com', 'corp.example.org', 'eng.example.net'] as const;

/** mulberry32: a small 32-bit PRNG, the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ASCII local part an email would have for a name: accents dropped, other letters left out. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

interface Manager {
  name: string;
  email: string;
}

/**
 * A roster as a grid of text cells: `ROSTER_HEADER`, then `size` people. Teams are about eight people under one
 * manager; about one row in thirty has no manager email and one in fifty no manager at all.
 */
export function rosterGrid(size: number, seed = 20261128): string[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`roster size must be a positive integer, got ${size}`);
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const chance = (p: number) => random() < p;

  const managerCount = Math.max(1, Math.ceil(size / 8));
  const managers: Manager[] = [];
  for (let m = 0; m < managerCount; m++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    managers.push({
      name: `${first} ${last}`,
      email: `${slug(first) || 'mgr'}.${slug(last) || 'lead'}.m${m.toString(36)}@${pick(DOMAINS)}`,
    });
  }

  const rows: string[][] = [[...ROSTER_HEADER]];
  for (let i = 0; i < size; i++) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    // Most rosters write "First Last"; some write "Last, First" (a comma the CSV must quote).
    const name = chance(0.05) ? `${last}, ${first}` : `${first} ${last}`;
    // The index makes every email unique; some are written with capitals, which compare case-insensitively.
    const local = `${slug(first) || 'person'}.${slug(last) || 'x'}.${i.toString(36)}`;
    const email = `${chance(0.08) ? local.toUpperCase() : local}@${pick(DOMAINS)}`;
    const manager = managers[Math.floor(i / 8) % managerCount]!;
    const noManager = chance(0.02);
    const pathGroup = PATH_VALUES[Math.floor(random() * PATH_VALUES.length)]!;
    const path = pick(pathGroup);
    const isExpert = pathGroup === PATH_VALUES[1];
    rows.push([
      name,
      email,
      pick(ROLES),
      noManager ? '' : manager.name,
      noManager || chance(0.03) ? '' : manager.email,
      path,
      chance(0.25) ? pick(TARGET_ROLES) : '',
      isExpert ? (chance(0.85) ? pick(FOCUS_AREAS) : '') : chance(0.1) ? pick(FOCUS_AREAS) : '',
      pick(LOCATIONS),
    ]);
  }
  return rows;
}
