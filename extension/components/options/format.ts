import { localDay, longDay } from '../../../shared/dates';

/** An ISO timestamp as the reader's local day and time: "5 Jul 2026 at 14:02"; the text itself when unreadable. */
export function when(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${longDay(localDay(date))} at ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The first file chosen in a file input, and the input cleared so choosing the same file again fires again. */
export function takeFile(event: Event): File | null {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0] ?? null;
  input.value = '';
  return file;
}
