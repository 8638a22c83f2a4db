// What the options page downloads, caught: the file names its links were clicked with, and the Blobs behind them.
import { vi } from 'vitest';

/** Spies on the download helper's Blob URL and link click; call after the fake timers, restore with vi.restoreAllMocks. */
export function catchDownloads(): { names: string[]; blobs: Blob[] } {
  const caught = { names: [] as string[], blobs: [] as Blob[] };
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    caught.blobs.push(blob as Blob);
    return 'blob:trellis/download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    caught.names.push(this.download);
  });
  return caught;
}
