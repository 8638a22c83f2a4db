import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDay, localDay } from '../shared/dates';
import { UserError } from '../shared/user-error';
import { closestName } from './suggest';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a command's arguments; an unknown option (with the likeliest meant one) or a missing value is a one-line
 * UserError pointing to --help. Main puts the command's name before it, so the message does not repeat it.
 */
export function parse(argv: string[], options: Options): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    const names = [...Object.keys(options), 'help'];
    throw new UserError(`${usageProblem(error as Error & { code?: string }, names)} (--help lists the options)`);
  }
}

/** What parseArgs found wrong, in our words: `unknown option --ouT. Did you mean --out?`. */
function usageProblem(error: Error & { code?: string }, names: readonly string[]): string {
  const unknown = error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec(error.message)?.[1] : undefined;
  if (!unknown) return error.message.split('\n')[0]!.replace(/\. To specify a positional.*$/, '');
  const meant = unknown.startsWith('--')
    ? closestName(
        unknown,
        names.map((name) => `--${name}`),
      )
    : undefined;
  return `unknown option ${unknown}${meant ? `. Did you mean ${meant}?` : ''}`;
}

/** The options of a command that writes a table: where to, as of which day, in which format. */
export const OUTPUT_OPTIONS = {
  out: { type: 'string', short: 'o' },
  today: { type: 'string' },
  format: { type: 'string', short: 'f' },
} as const satisfies Options;

/** The one file a command reads (`what`: roster, plans), or a UserError that says what it needs. */
export function oneFile(positionals: readonly string[], what: string, example: string): string {
  const [path, ...extra] = positionals;
  if (!path) throw new UserError(`needs a ${what} file, like ${example} (--help shows how)`);
  if (extra.length > 0) throw new UserError(`takes one ${what} file; also got ${extra.join(' ')}`);
  return path;
}

/** The --today option as an ISO day, defaulting to the local date. */
export function todayFrom(value: string | boolean | undefined): string {
  if (value === undefined) return localDay(new Date());
  if (typeof value !== 'string' || !isIsoDay(value)) {
    throw new UserError(`--today must be a date written YYYY-MM-DD, like ${localDay(new Date())}`);
  }
  return value;
}

/** The --format option, checked against what the command can write. */
export function formatFrom<T extends string>(value: string | boolean | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError(`--format must be one of ${allowed.join(', ')}`);
}

/**
 * The --out option. Trellis writes text (CSV, JSON, Markdown), so an Excel name is refused: CSV bytes in a .xlsx file
 * open in no spreadsheet, and the next run could not read that file back to refresh it.
 */
export function outFrom(value: string | boolean | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(value)) {
    throw new UserError(
      `--out ${value}: Trellis writes text files, not Excel workbooks; use --out ${value.replace(/\.[^.]+$/, '.csv')} (Excel opens it)`,
    );
  }
  return value;
}
