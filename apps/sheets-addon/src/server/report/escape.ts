/**
 * Keeps text as text when it is written to a sheet: Sheets turns a written value that starts with `=`, `+`, `-` or
 * `@` into a formula, and text that looks like a number, percentage, date or TRUE/FALSE into that value. Such text
 * gets a leading apostrophe (which Sheets hides and which forces plain text), so a header "2020", a row list
 * "12, 15" or a campaign called "=1+1" shows exactly as written.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER_LIKE = /^\s*[-+(]?[$€£₽]?\s*\d[\d\s.,\u00a0]*%?\s*[)₽]?\s*$/;
const DATE_LIKE = /^\s*\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?(?:[ T]\d{1,2}:\d{2}.*)?\s*$/;
const BOOLEAN_LIKE = /^\s*(?:true|false)\s*$/i;

export function escapeCellText(text: string): string {
  return FORMULA_START.test(text) || NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || BOOLEAN_LIKE.test(text)
    ? `'${text}`
    : text;
}

export function escapeRow(row: (string | number)[]): (string | number)[] {
  return row.map((cell) => (typeof cell === "string" ? escapeCellText(cell) : cell));
}
