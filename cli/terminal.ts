// Cell text is whoever typed it: an escape sequence in a name could recolour, retitle or rewrite a person's terminal.

/** Control characters a terminal acts on (C0 but line breaks and tabs, DEL, C1) and the bidirectional overrides. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** Text for the terminal: lines and tabs kept, every other control character shown as U+FFFD. */
export function terminalText(text: string): string {
  // A carriage return on its own sends the cursor back to overwrite the line: only CRLF line ends are kept.
  return text.replace(CONTROL, '\uFFFD').replace(/\r(?!\n)/g, '\uFFFD');
}

/** One message line for the terminal: as terminalText, with line breaks and tabs inside it made spaces. */
export function terminalLine(line: string): string {
  return terminalText(line).replace(/\r\n|[\r\n\t]/g, ' ');
}
