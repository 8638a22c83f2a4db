// Zip archives and workbooks written by hand, for the ones no spreadsheet would save: a 4 MB file that inflates to 4 GiB.
import { crc32, deflateRawSync } from 'node:zlib';
import { a1 } from '../../shared/a1';

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

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`, 'utf8');
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** A real one-sheet workbook (sheet "Roster", inline strings) with `rows`, written part by part: no spreadsheet needed. */
export function workbook(rows: readonly (readonly string[])[]): Buffer {
  const cells = (row: readonly string[], r: number) =>
    row.map((v, c) => `<c r="${a1(c, r)}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`).join('');
  const sheetRows = rows.map((row, i) => `<row r="${i + 1}">${cells(row, i + 1)}</row>`).join('');
  return zipArchive([
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', data: xml(`<worksheet xmlns="${MAIN}"><sheetData>${sheetRows}</sheetData></worksheet>`) },
  ]);
}

/** A 4 MB archive that inflates to 4 GiB: 256 parts of 16 MB of spaces, each deflated once and shared. */
export function zipBomb(): Buffer {
  const block = Buffer.alloc(16 * 1024 * 1024, 0x20);
  return zipArchive(Array.from({ length: 256 }, (_, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: block })));
}
