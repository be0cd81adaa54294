/**
 * Hand-made content plans often split the moment of posting into "Дата" and "Время" columns. When the date column
 * holds whole days and a competing date-like column holds only times of day ("14:05", "2:05 PM", a Sheets time
 * cell, a day fraction), the time is added to each date so weekday × hour analyses still work.
 */
import type { Cell } from "./types";

const DAY_MS = 86_400_000;
const TIME_TEXT = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i;
/** Sheets time-only cells arrive as Dates on 1899-12-30 (wall clock). */
const SHEETS_EPOCH_YEAR = 1899;

/** Milliseconds since midnight for a time-of-day cell; null when empty; NaN when it is not a time of day. */
export function timeOfDayMs(cell: Cell): number | null {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "string") {
    const t = cell.trim();
    if (t === "") return null;
    const m = TIME_TEXT.exec(t);
    if (!m) return Number.NaN;
    let hour = Number(m[1]);
    const minute = Number(m[2]);
    const second = m[3] ? Number(m[3]) : 0;
    if (m[4]) {
      if (hour < 1 || hour > 12) return Number.NaN;
      hour = (hour % 12) + (m[4].toLowerCase().startsWith("p") ? 12 : 0);
    }
    if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
    return ((hour * 60 + minute) * 60 + second) * 1000;
  }
  if (typeof cell === "number") return cell >= 0 && cell < 1 ? Math.round(cell * DAY_MS) : Number.NaN;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime()) || cell.getFullYear() !== SHEETS_EPOCH_YEAR) return Number.NaN;
    return ((cell.getHours() * 60 + cell.getMinutes()) * 60 + cell.getSeconds()) * 1000;
  }
  return Number.NaN;
}

/**
 * Times of day for the data rows of one column, or null when the column is not a time-of-day column
 * (fewer than 80 % of its non-empty cells are times of day, or it is empty).
 */
export function readTimeOfDayColumn(
  rows: readonly (readonly Cell[])[],
  dataRows: readonly number[],
  index: number,
): (number | null)[] | null {
  const times: (number | null)[] = new Array(dataRows.length);
  let filled = 0;
  let good = 0;
  for (let i = 0; i < dataRows.length; i++) {
    const ms = timeOfDayMs((rows[dataRows[i] as number] as readonly Cell[])[index]);
    if (ms === null) {
      times[i] = null;
      continue;
    }
    filled++;
    if (Number.isNaN(ms)) times[i] = null;
    else {
      good++;
      times[i] = ms;
    }
  }
  return filled > 0 && good >= filled * 0.8 ? times : null;
}

/** Adds times of day to whole-day dates, in place; returns how many dates gained a time. */
export function addTimeOfDay(dates: (number | null)[], times: readonly (number | null)[]): number {
  let added = 0;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const t = times[i];
    if (d === null || d === undefined || t === null || t === undefined) continue;
    if (((d % DAY_MS) + DAY_MS) % DAY_MS !== 0) continue;
    dates[i] = d + t;
    added++;
  }
  return added;
}
