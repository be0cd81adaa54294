/**
 * Keeps text from the user's cells as text: Sheets turns a written value that starts with `=`, `+`, `-` or `@`
 * into a formula, so such text gets a leading apostrophe (which Sheets hides and which forces plain text).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCellText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function escapeRow(row: (string | number)[]): (string | number)[] {
  return row.map((cell) => (typeof cell === "string" ? escapeCellText(cell) : cell));
}
