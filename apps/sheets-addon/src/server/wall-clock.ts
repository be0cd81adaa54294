/**
 * Sheets hands date cells over as instants of the wall-clock time in the SPREADSHEET's time zone, while the script
 * runs in the manifest's zone; the core reads a Date by its local (script-zone) fields. This rebuilds each Date so
 * its local fields show what the user sees in the cell. Copies only: the values read from the sheet stay as they were.
 */
import type { Cell } from "@smm-risk/core";

/** Minutes east of UTC of a zone at an instant (e.g. +180 for Europe/Moscow). */
export type OffsetAt = (time: number) => number;

const DAY = 86_400_000;

/** The spreadsheet zone's offset via Utilities.formatDate ("Z" → "+0300"), cached per day when it is constant. */
export function spreadsheetOffset(): OffsetAt | null {
  let zone: string;
  try {
    zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
  } catch (_) {
    return null;
  }
  if (!zone) return null;
  try {
    if (Session.getScriptTimeZone() === zone) return null;
  } catch (_) {
    // Not available here (e.g. a custom function): compare offsets cell by cell instead.
  }
  const exact = (time: number): number => parseOffset(Utilities.formatDate(new Date(time), zone, "Z"));
  const byDay = new Map<number, number | null>();
  return (time) => {
    const day = Math.floor(time / DAY);
    let offset = byDay.get(day);
    if (offset === undefined) {
      const start = exact(day * DAY);
      offset = start === exact(day * DAY + DAY - 1) ? start : null;
      byDay.set(day, offset);
    }
    return offset ?? exact(time);
  };
}

/** "+0300" / "-0530" → minutes east of UTC. */
export function parseOffset(text: string): number {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`wall-clock: unexpected offset "${text}"`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** The same Date re-expressed so that its local fields are the wall clock at `offsetAt`. */
export function toWallClock(date: Date, offsetAt: OffsetAt): Date {
  const time = date.getTime();
  if (Number.isNaN(time)) return date;
  const sheetOffset = offsetAt(time);
  if (sheetOffset === -date.getTimezoneOffset()) return date;
  const wall = new Date(time + sheetOffset * 60_000);
  return new Date(
    wall.getUTCFullYear(),
    wall.getUTCMonth(),
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
}

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** A copy of a 2D range with every Date cell moved to the sheet's wall clock (rows without dates are shared). */
export function rangeToWallClock<T extends Cell | unknown>(values: T[][], offsetAt: OffsetAt | null): T[][] {
  if (!offsetAt) return values;
  return values.map((row) =>
    row.some(isDate) ? row.map((cell) => (isDate(cell) ? (toWallClock(cell, offsetAt) as T) : cell)) : row,
  );
}

/** Custom function arguments: ranges and single Date values. */
export function argsToWallClock(args: unknown[], offsetAt: OffsetAt | null): unknown[] {
  if (!offsetAt) return args;
  return args.map((arg) => {
    if (isDate(arg)) return toWallClock(arg, offsetAt);
    if (Array.isArray(arg) && arg.every(Array.isArray)) return rangeToWallClock(arg as unknown[][], offsetAt);
    return arg;
  });
}
