/** A hint for a roster saved with semicolons or tabs, which reads as one column whose header names every field. */
export function delimiterHint(grid: readonly (readonly unknown[])[]): string {
  const header = grid.find((row) => row.some((cell) => String(cell ?? '').trim() !== ''));
  if (header?.length !== 1) return '';
  const text = String(header[0]);
  if (text.includes(';')) return '; the file seems to use semicolons between columns: save it as CSV with commas';
  if (text.includes('\t')) return '; the file seems to use tabs between columns: save it as CSV with commas';
  return '';
}
