// What an event title says: a 1:1 word, and the two names of an "A / B" title. Titles are written by whoever sends
// the invitation, so everything here is matching on text, never markup.

/** Title words that mark a 1:1 out of the box (users may add their own). */
export const DEFAULT_TITLE_PATTERNS: readonly string[] = ['1:1', '1-1', '1on1', '1 on 1', 'one-on-one', 'one on one', '1x1'];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern only counts as a whole token: no letter or digit may touch it, nor a digit joined by `:`, `.`, `/` or `-`,
 * so "11:15 sync", "Q1-1 review" and "2026-1-1" do not read as 1:1s.
 */
function patternRegex(patterns: readonly string[], flags = 'iu'): RegExp | null {
  const sources = patterns
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split(/\s+/).map(escapeRegExp).join('\\s+'));
  if (sources.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?<!\\p{N}[:./-])(?:${sources.join('|')})(?![\\p{L}\\p{N}])(?![:./-]\\p{N})`, flags);
}

/** Whether the title carries one of the patterns as a whole token, case-insensitively. */
export function titleMatches(title: string, patterns: readonly string[]): boolean {
  return patternRegex(patterns)?.test(title) ?? false;
}

// Words around names in 1:1 titles that are not names themselves.
const FILLER =
  /(?<![\p{L}\p{N}])(?:bi-?weekly|weekly|fortnightly|monthly|daily|sync|catch-?up|check-?in|chat|call|meeting|with|w\/)(?![\p{L}\p{N}])/giu;
const BRACKETS = /\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g;
const TWO_NAMES = /\s*(?:<>|<->|\||\/)\s*|\s+[x×]\s+/u;
const CLAUSE = /\s+[-–—]+\s+|[:,;]/;
const NAME = /^\p{L}[\p{L}\p{M}'’.\- ]*$/u;

/** The title with pattern words, bracketed asides and filler words taken out. */
function strip(title: string, patterns: readonly string[]): string {
  const words = patternRegex(patterns, 'giu');
  return (words ? title.replace(words, ' ') : title).replace(BRACKETS, ' ').replace(FILLER, ' ');
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a piece of title reads as a person's name: one to four words of letters, at least two letters. */
export function looksLikeName(text: string): boolean {
  const name = tidy(text);
  return name.length <= 50 && NAME.test(name) && name.split(' ').length <= 4 && (name.match(/\p{L}/gu) ?? []).length >= 2;
}

/**
 * The two names of an "A / B", "A <> B", "A | B" or "A x B" title (Reclaim's "Your Name / Their Name 1:1"), with
 * pattern and filler words stripped; [] when the title has no such shape or a side is not a name.
 */
export function namesFromTitle(title: string, patterns: readonly string[] = DEFAULT_TITLE_PATTERNS): string[] {
  const parts = strip(title, patterns).split(TWO_NAMES);
  if (parts.length !== 2) return [];
  // "Weekly: Maria / Dev - planning": the names are the clauses that touch the separator.
  const left = tidy(parts[0]!.split(CLAUSE).pop() ?? '');
  const right = tidy(parts[1]!.split(CLAUSE)[0] ?? '');
  return looksLikeName(left) && looksLikeName(right) ? [left, right] : [];
}

/** The name left in a "Dev Patel 1:1" or "1:1 with Dev" title once the 1:1 words are out; null when none is. */
export function nameBesidePattern(title: string, patterns: readonly string[]): string | null {
  const rest = tidy(strip(title, patterns).replace(/[-–—:,;|/<>]+/g, ' '));
  // A lone word must look like a name (capitalised): "1:1 prep" names nobody.
  return looksLikeName(rest) && /^\p{Lu}/u.test(rest) ? rest : null;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether a shown name is the owner of an address: `maria.lopez@…` is "Maria Lopez", "Maria" or "M Lopez";
 * `maria@…` is any "Maria …". A two-word name must match a two-part address in full ("Maria Chen" is someone else).
 */
export function nameIsAddress(name: string, email: string): boolean {
  if (name.includes('@')) return name.trim().toLowerCase() === email;
  const local = fold(email.split('@')[0] ?? '');
  const mine = local.split(/[._+\-\d]+/).filter(Boolean);
  const words = fold(name)
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  if (words.length === 0 || mine.length === 0) return false;
  if (words.join('') === mine.join('')) return true;
  if (words.length === 1) return words[0] === mine[0] && words[0]!.length >= 2;
  if (mine.length === 1) return words[0] === mine[0] || local === `${words[0]![0]}${words[words.length - 1]}`;
  return words[0]![0] === mine[0]![0] && words[words.length - 1] === mine[mine.length - 1];
}
