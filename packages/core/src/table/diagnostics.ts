/**
 * Per-cell diagnostics for one column: the A1 address from the range origin, the header, the field, the raw value
 * (truncated to 60 characters) and a bilingual reason. A cap keeps a column of garbage from producing 100 000
 * entries: past it, one summary diagnostic counts the rest.
 */
import type { CanonicalField } from "../fields";
import { type Localized, loc } from "../i18n/localized";
import { cellAddress } from "./address";
import type { Cell, Diagnostic, DiagnosticCode } from "./types";

export const DEFAULT_MAX_DIAGNOSTICS_PER_COLUMN = 100;

/** The raw cell as text for a diagnostic, truncated to 60 characters. */
export function rawText(cell: Cell): string {
  let text: string;
  if (cell instanceof Date) text = Number.isNaN(cell.getTime()) ? "Invalid Date" : cell.toISOString();
  else text = String(cell);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export class ColumnDiagnostics {
  private count = 0;
  private suppressed = 0;

  constructor(
    private readonly sink: Diagnostic[],
    private readonly origin: { row: number; column: number },
    private readonly columnIndex: number,
    private readonly header: string,
    private readonly field: CanonicalField | null,
    private readonly cap: number,
  ) {}

  /** Records a problem at `values[rowIndex][columnIndex]`. */
  add(code: DiagnosticCode, severity: Diagnostic["severity"], rowIndex: number, cell: Cell, message: Localized): void {
    if (this.count >= this.cap) {
      this.suppressed++;
      return;
    }
    this.count++;
    this.sink.push({
      code,
      severity,
      cell: cellAddress(this.origin, rowIndex, this.columnIndex),
      row: this.origin.row + rowIndex,
      header: this.header,
      field: this.field,
      value: rawText(cell),
      message,
    });
  }

  /** Adds the summary of cells past the cap, if any. */
  finish(code: DiagnosticCode, severity: Diagnostic["severity"]): void {
    if (this.suppressed === 0) return;
    this.sink.push({
      code,
      severity,
      cell: null,
      row: null,
      header: this.header,
      field: this.field,
      value: null,
      message: loc(
        `${this.suppressed} more problem cells in column "${this.header}" are not listed one by one`,
        `Ещё ${this.suppressed} проблемных ячеек в столбце «${this.header}» не перечислены по отдельности`,
      ),
    });
  }
}
