/**
 * Everything Trellis stores as one JSON file, and back: export, checked import, and delete all.
 * The file: { "trellis": "backup", "version": 1, "exportedAt": ISO timestamp, "items": { <name>: value } }.
 */
import { Invalid, isObject, readItems } from './backup-items';
import { ALL_ITEMS, ITEM_NAMES, readAll, saveProblemItem, type StoredValues } from './storage';

/** The `trellis` field that marks a file as a Trellis backup. */
export const BACKUP_MARKER = 'backup';
/** The backup format this Trellis writes and reads. */
export const BACKUP_VERSION = 1;

/** A backup file, as written and once checked. */
export interface BackupFile {
  trellis: typeof BACKUP_MARKER;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  items: StoredValues;
}

/** Reads every stored item (its fallback where nothing is stored) into one backup. */
export async function exportAll(now: Date = new Date()): Promise<BackupFile> {
  const items = await readAll();
  return { trellis: BACKUP_MARKER, version: BACKUP_VERSION, exportedAt: now.toISOString(), items };
}

/** The file name an export is saved under: trellis-backup-YYYY-MM-DD.json (the local day). */
export function backupFileName(day: string): string {
  return `trellis-backup-${day}.json`;
}

/** Replaces everything stored with a checked backup (see parseBackup); an item the file lacks is removed. */
export async function importAll(data: BackupFile): Promise<void> {
  await Promise.all(
    ITEM_NAMES.map((name) => {
      const value = data.items[name];
      const item = ALL_ITEMS[name] as { setValue(v: unknown): Promise<void>; removeValue(): Promise<void> };
      return value == null ? item.removeValue() : item.setValue(value);
    }),
  );
}

/**
 * Removes every stored value. The small version markers (`settings$`: { v: 2 }) stay: they hold no data, and without
 * them a value written later in this session would be read as version 1 next time and migrated again.
 */
export async function deleteAll(): Promise<void> {
  // The last save problem is no backup item, but "delete everything" means everything.
  await Promise.all([...ITEM_NAMES.map((name) => ALL_ITEMS[name].removeValue()), saveProblemItem.removeValue()]);
}

/** A checked backup, or what is wrong with the file. */
export type ParseResult = { ok: true; data: BackupFile } | { ok: false; message: string };

/** Checks a backup file's text: the marker, the version and the shape of every item; says what is wrong otherwise. */
export function parseBackup(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not a Trellis backup: it is not JSON. Choose the trellis-backup-….json file that "Export everything" saved.',
    };
  }
  if (!isObject(json) || json.trellis !== BACKUP_MARKER) {
    return {
      ok: false,
      message: 'This file is not a Trellis backup. Choose the trellis-backup-….json file that "Export everything" saved.',
    };
  }
  if (json.version !== BACKUP_VERSION) {
    const newer = typeof json.version === 'number' && json.version > BACKUP_VERSION;
    return {
      ok: false,
      message: newer
        ? `This backup was made by a newer Trellis (format ${json.version}). Update Trellis, then import it again.`
        : `This backup's format (${String(json.version)}) is not one Trellis can read. Nothing was changed.`,
    };
  }
  try {
    const data: BackupFile = {
      trellis: BACKUP_MARKER,
      version: BACKUP_VERSION,
      exportedAt: typeof json.exportedAt === 'string' ? json.exportedAt : '',
      items: readItems(json.items),
    };
    return { ok: true, data };
  } catch (err) {
    if (!(err instanceof Invalid)) throw err;
    return { ok: false, message: `This backup is damaged: ${err.message}. Nothing was changed; try an earlier backup.` };
  }
}
