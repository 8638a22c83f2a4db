/// <reference types="google-apps-script" />
import type { Problem } from '../../shared/types';
import { marksProperties, notesWithProblems, readMarks } from './problem-notes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A sheet whose problems get notes: its data's width, and the document property keeping the marks of our notes. */
export interface NotedSheet {
  sheet: Sheet;
  width: number;
  problems: readonly Problem[];
  property: string;
}

/**
 * Notes on each sheet's problem cells, down to the sheet's last row (a row fixed by clearing it leaves our old note
 * below the data). The marks of our notes are saved, in one call, before any note is written, so a run stopped in
 * between still knows its notes next time; a sheet with no problem and no note of ours has its notes not even read.
 */
export function noteProblems(sheets: readonly NotedSheet[]): void {
  const store = PropertiesService.getDocumentProperties();
  const properties = store.getProperties();
  const marks: Record<string, string> = {};
  const writes: (() => void)[] = [];
  for (const { sheet, width, problems, property } of sheets) {
    const before = readMarks(properties, property);
    if (problems.length === 0 && before.size === 0) continue;
    const range = sheet.getRange(1, 1, sheet.getMaxRows(), Math.max(1, width));
    const next = notesWithProblems(range.getNotes(), problems, before);
    if (next.marks.size !== before.size || [...next.marks].some((m) => !before.has(m)))
      Object.assign(marks, marksProperties(next.marks, properties, property));
    const notes = next.notes;
    if (notes) writes.push(() => range.setNotes(notes));
  }
  if (Object.keys(marks).length > 0) store.setProperties(marks);
  for (const write of writes) write();
}
