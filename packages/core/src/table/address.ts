/**
 * Sheet addresses for diagnostics: column letters and A1 cell names, computed from the range origin
 * so that a range starting at C5 reports its first cell as "C5".
 */

/** 1-based column number → letters: 1 → "A", 26 → "Z", 27 → "AA". Non-positive or non-finite input gives "". */
export function columnLetter(column: number): string {
  let n = Math.floor(column);
  if (!(n >= 1) || !Number.isFinite(n)) return "";
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based sheet row and column → "C5". */
export function a1Address(row: number, column: number): string {
  return `${columnLetter(column)}${Math.floor(row)}`;
}

/** A1 address of `values[rowIndex][columnIndex]` for a range whose first cell is at `origin` (1-based). */
export function cellAddress(origin: { row: number; column: number }, rowIndex: number, columnIndex: number): string {
  return a1Address(origin.row + rowIndex, origin.column + columnIndex);
}
