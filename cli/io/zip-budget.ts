import yauzl from 'yauzl';

/** What inflating a workbook's parts found: within the budget, over it, or not a readable zip archive. */
export type ZipCheck = { ok: true; bytes: number } | { ok: false; reason: 'too-large' | 'damaged'; bytes: number };

/**
 * Inflates every part of a zip archive (an .xlsx is one) and counts the bytes, stopping as soon as they pass `budget`.
 * The sizes an archive declares can lie, so the bytes are counted as they come: a 4 MB file that would inflate to
 * 4 GB is stopped at the budget, before a workbook reader tries to hold it all in memory.
 */
export function inflatedWithin(bytes: Buffer, budget: number): Promise<ZipCheck> {
  return new Promise((resolve) => {
    let total = 0;
    let settled = false;
    const finish = (result: ZipCheck, zip?: yauzl.ZipFile) => {
      if (settled) return;
      settled = true;
      zip?.close();
      resolve(result);
    };
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (openError, zip) => {
      if (openError || !zip) return finish({ ok: false, reason: 'damaged', bytes: 0 });
      zip.on('error', () => finish({ ok: false, reason: 'damaged', bytes: total }, zip));
      zip.on('end', () => finish({ ok: true, bytes: total }, zip));
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        if (total + entry.uncompressedSize > budget)
          return finish({ ok: false, reason: 'too-large', bytes: total + entry.uncompressedSize }, zip);
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return finish({ ok: false, reason: 'damaged', bytes: total }, zip);
          stream.on('data', (data: Buffer) => {
            total += data.length;
            if (total > budget) {
              stream.destroy();
              finish({ ok: false, reason: 'too-large', bytes: total }, zip);
            }
          });
          stream.on('error', () => finish({ ok: false, reason: 'damaged', bytes: total }, zip));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.readEntry();
    });
  });
}
