// Contract section 4 (OWASP CSV injection): a spreadsheet reads these leading characters as the start of a formula.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

/** A text field as it is safe to write into a CSV file or a sheet cell: a leading `'` where it would start a formula. */
export function guardText(value: string): string {
  return value.length > 0 && TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

/** The value a guarded field stood for: reading back what guardText wrote gives the original text. */
export function unguardText(value: string): string {
  return value.length > 1 && value[0] === "'" && TRIGGERS.has(value[1]!) ? value.slice(1) : value;
}
