import { existsSync } from 'node:fs';
import { UserError } from '../shared/user-error';
import { formatFrom, outFrom } from './args';
import { type Format, formatOfOut, isDocument, namesTable } from './formats';
import { lockPathOf } from './io/output-lock';

// What `trellis plan` may write where. A plans table is refreshed, never replaced: a document written over it, or
// over a file whose name says it is one, would lose every edit a person made in it.

/** Where `trellis plan` writes, in which format, and where the written plans go, once checked. */
export interface PlanOutputs {
  out: string | undefined;
  format: Format;
  writtenPath: string | undefined;
}

const FORMATS = ['csv', 'json', 'md', 'text'] as const;

/** The plan command's --out, --format and --written, or a UserError when writing them could replace a plans table. */
export function planOutputs(values: Record<string, string | boolean | undefined>): PlanOutputs {
  const out = outFrom(values.out);
  const format = formatFrom<Format>(values.format, FORMATS, formatOfOut(out, FORMATS));
  if (out && isDocument(format) && existsSync(out) && namesTable(out)) {
    throw new UserError(
      `${out} already exists and --format ${format} would replace it with a document; it was left untouched: use --written FILE, or an --out ending .md or .txt`,
    );
  }
  const writtenPath = typeof values.written === 'string' ? values.written : undefined;
  if (writtenPath !== undefined && !/\.(md|markdown|txt)$/i.test(writtenPath)) {
    throw new UserError(`--written ${writtenPath}: the written plans are Markdown; give a file name ending .md`);
  }
  if (out && writtenPath && lockPathOf(out) === lockPathOf(writtenPath)) {
    throw new UserError(`--out and --written name the same file, ${out}: give --written a name of its own, such as plans.md`);
  }
  return { out, format, writtenPath };
}
