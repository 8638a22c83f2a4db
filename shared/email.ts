import punycode from 'punycode.js';

// The same address reaches Trellis typed, pasted from a chat (with a zero-width space), decomposed by a Mac file
// system (NFD) or with its domain in punycode. Each must still be the same person and the same Key.

/** Characters that show as nothing: zero-width spaces and joiners, direction marks, soft hyphens, the BOM. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** An email as it is kept and written: Unicode NFC, invisible characters removed, trimmed; case as typed. */
export function emailText(raw: string): string {
  return raw.replace(INVISIBLE, '').normalize('NFC').trim();
}

/** Who an email stands for: emailText lower-cased, its domain in ASCII (punycode), so equal people compare equal. */
export function emailIdentity(raw: string): string {
  // Printable ASCII has nothing to normalise, remove or encode: most addresses stop here, a table's worth at a time.
  if (/^[\x21-\x7E]*$/.test(raw)) return raw.toLowerCase();
  const text = emailText(raw).toLowerCase().normalize('NFC');
  const at = text.lastIndexOf('@');
  if (at < 0) return text;
  try {
    return `${text.slice(0, at + 1)}${punycode.toASCII(text.slice(at + 1)).toLowerCase()}`;
  } catch {
    return text;
  }
}

// `#` ends the email part of a Key (`<email>#<step-id>`), so an address holding one could not be told apart from it.
const EMAIL = /^[^\s@<>(),;:"[\]#]+@[^\s@<>(),;:"[\]#]+\.[^\s@<>(),;:"[\].#]{2,}$/;

/** Whether text has the shape of an email address (one @, a dotted domain, no spaces, no `#`). */
export function isEmail(text: string): boolean {
  return EMAIL.test(text) && !text.includes('..');
}
