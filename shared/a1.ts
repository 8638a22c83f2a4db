/** The spreadsheet column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The A1 reference of a cell from its 0-based column index and 1-based row number. */
export function a1(columnIndex: number, row: number): string {
  return `${columnLetter(columnIndex)}${row}`;
}
