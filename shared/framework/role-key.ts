/**
 * How a roster Role is compared with a rung's Title and Also known as (contract section 12): case-insensitive,
 * punctuation read as a space, runs of spaces as one, and a Roman numeral word as its Arabic number (`II` = `2`).
 */

/** Roman numerals from I to XX; a longer one is no job title's level. */
const ROMAN = /^(x{0,2})(ix|iv|v?i{0,3})$/;
const UNITS: Readonly<Record<string, number>> = { '': 0, i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9 };

/** A word as its number when it is a Roman numeral (`iv` → `4`); any other word as it is. */
function arabic(word: string): string {
  const match = ROMAN.exec(word);
  if (!match || word === '') return word;
  const [, tens = '', units = ''] = match;
  return String(tens.length * 10 + (UNITS[units] ?? 0));
}

/** The form two titles are compared in: `Software Engineer II`, `software-engineer 2` and `SOFTWARE ENGINEER (2)` are one. */
export function roleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map(arabic)
    .join(' ');
}
