// A zip archive written by hand, for workbooks no spreadsheet would save: a 4 MB file that inflates to 4 GiB.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The bytes the entry inflates to (deflated here once, however many entries share them). */
  data: Buffer;
}

/** A zip archive of deflated entries; entries that share a `data` Buffer share its compressed bytes. */
export function zipArchive(entries: readonly ZipEntry[]): Buffer {
  const deflated = new Map<Buffer, { bytes: Buffer; crc: number }>();
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    let packed = deflated.get(entry.data);
    if (!packed) deflated.set(entry.data, (packed = { bytes: deflateRawSync(entry.data), crc: crc32(entry.data) }));
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.crc, 14);
    local.writeUInt32LE(packed.bytes.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(packed.crc, 16);
    header.writeUInt32LE(packed.bytes.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    locals.push(local, name, packed.bytes);
    central.push(header, name);
    offset += local.length + name.length + packed.bytes.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
