/**
 * Small recording fakes of the Apps Script services the add-on uses (SpreadsheetApp with Spreadsheet, Sheet,
 * Range, RangeList and EmbeddedChartBuilder; HtmlService; Session; PropertiesService; Charts; ScriptApp).
 * Every call is appended to `log`. Written values behave like Sheets: text starting with = + - @ becomes a
 * formula unless it starts with an apostrophe, which is dropped and forces text. Runs in Node and in a browser.
 */
import { type Box, formatA1, parseA1 } from "./a1";

export type FakeCell = string | number | boolean | Date;

export interface CallRecord {
  target: string;
  method: string;
  args: unknown[];
}

export interface FakeSheetInit {
  name: string;
  values: FakeCell[][];
}

export interface FakeOptions {
  sheets: FakeSheetInit[];
  /** Active sheet and selection, e.g. { sheet: "Posts", a1: "A1:N200" }. */
  active: { sheet: string; a1: string };
  locale?: string;
  spreadsheetLocale?: string;
  /** The spreadsheet's time zone (File → Settings), default "Etc/UTC". */
  timeZone?: string;
  /** Turns a Date into one of the realm the code under test runs in (vm contexts have their own Date). */
  adoptDate?: (date: Date) => Date;
}

export interface FakeWorld {
  globals: Record<string, unknown>;
  log: CallRecord[];
  spreadsheet: FakeSpreadsheet;
  ui: FakeUi;
  properties: Map<string, string>;
  sheet(name: string): FakeSheet;
}

const FORMULA = /^[=+\-@]/;

export class FakeSheet {
  readonly values: FakeCell[][];
  readonly formulas: (string | null)[][] = [];
  readonly backgrounds: (string | null)[][] = [];
  readonly fontWeights: (string | null)[][] = [];
  readonly fontColors: (string | null)[][] = [];
  readonly numberFormats: (string | null)[][] = [];
  readonly wraps: (boolean | null)[][] = [];
  readonly verticalAlignments: (string | null)[][] = [];
  readonly charts: Record<string, unknown>[] = [];
  readonly columnWidths = new Map<number, number>();

  constructor(
    public name: string,
    values: FakeCell[][],
    private readonly world: WorldInternals,
  ) {
    this.values = values.map((row) => [...row]);
  }

  private record(method: string, args: unknown[]): void {
    this.world.log.push({ target: `Sheet(${this.name})`, method, args });
  }

  getName(): string {
    this.record("getName", []);
    return this.name;
  }

  getLastRow(): number {
    this.record("getLastRow", []);
    return lastRow(this.values);
  }

  getLastColumn(): number {
    this.record("getLastColumn", []);
    return lastColumn(this.values);
  }

  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.record("getRange", [a1OrRow, column, numRows, numColumns]);
    const box: Box =
      typeof a1OrRow === "string" ? parseA1(a1OrRow) : { row: a1OrRow, column: column ?? 1, numRows, numColumns };
    return new FakeRange(this, box, this.world);
  }

  getDataRange(): FakeRange {
    this.record("getDataRange", []);
    return new FakeRange(
      this,
      {
        row: 1,
        column: 1,
        numRows: Math.max(1, lastRow(this.values)),
        numColumns: Math.max(1, lastColumn(this.values)),
      },
      this.world,
    );
  }

  getRangeList(a1s: string[]): FakeRangeList {
    this.record("getRangeList", [a1s]);
    return new FakeRangeList(
      a1s.map((a1) => new FakeRange(this, parseA1(a1), this.world)),
      this.world,
    );
  }

  activate(): FakeSheet {
    this.record("activate", []);
    this.world.activeSheet = this;
    return this;
  }

  newChart(): FakeChartBuilder {
    this.record("newChart", []);
    return new FakeChartBuilder(this.world);
  }

  insertChart(chart: Record<string, unknown>): void {
    this.record("insertChart", [chart]);
    this.charts.push(chart);
  }

  getCharts(): Record<string, unknown>[] {
    this.record("getCharts", []);
    return [...this.charts];
  }

  setColumnWidth(column: number, width: number): FakeSheet {
    this.record("setColumnWidth", [column, width]);
    this.columnWidths.set(column, width);
    return this;
  }

  setColumnWidths(start: number, count: number, width: number): FakeSheet {
    this.record("setColumnWidths", [start, count, width]);
    for (let i = 0; i < count; i++) this.columnWidths.set(start + i, width);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.record("setFrozenRows", [rows]);
  }

  /** Test helper (not recorded): a cell's stored value, 1-based. */
  cell(row: number, column: number): FakeCell | undefined {
    return this.values[row - 1]?.[column - 1];
  }
}

export class FakeRange {
  constructor(
    readonly sheet: FakeSheet,
    readonly box: Box,
    private readonly world: WorldInternals,
  ) {}

  private record(method: string, args: unknown[]): void {
    this.world.log.push({ target: `Range(${this.sheet.name}!${formatA1(this.box)})`, method, args });
  }

  private checkShape(method: string, data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.box.numRows) {
      throw new Error(
        `${method}: the data has ${Array.isArray(data) ? data.length : "no"} rows but the range has ${this.box.numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.box.numColumns) {
        throw new Error(
          `${method}: the data has ${Array.isArray(row) ? row.length : "no"} columns but the range has ${this.box.numColumns}.`,
        );
      }
    }
  }

  getSheet(): FakeSheet {
    this.record("getSheet", []);
    return this.sheet;
  }

  getA1Notation(): string {
    this.record("getA1Notation", []);
    return formatA1(this.box);
  }

  getRow(): number {
    this.record("getRow", []);
    return this.box.row;
  }

  getColumn(): number {
    this.record("getColumn", []);
    return this.box.column;
  }

  getNumRows(): number {
    this.record("getNumRows", []);
    return this.box.numRows;
  }

  getNumColumns(): number {
    this.record("getNumColumns", []);
    return this.box.numColumns;
  }

  getValues(): FakeCell[][] {
    this.record("getValues", []);
    const out: FakeCell[][] = [];
    for (let r = 0; r < this.box.numRows; r++) {
      const source = this.sheet.values[this.box.row - 1 + r] ?? [];
      const row: FakeCell[] = [];
      for (let c = 0; c < this.box.numColumns; c++) {
        const value = source[this.box.column - 1 + c];
        row.push(value === undefined ? "" : value instanceof Date ? this.world.adoptDate(value) : value);
      }
      out.push(row);
    }
    return out;
  }

  getFormulas(): string[][] {
    this.record("getFormulas", []);
    return this.grid((r, c) => this.sheet.formulas[r]?.[c] ?? "");
  }

  setValues(data: unknown[][]): FakeRange {
    this.record("setValues", [data]);
    this.checkShape("setValues", data);
    this.write(data, (r, c, value) => {
      const formulas = rowOf(this.sheet.formulas, r);
      if (typeof value === "string" && value.startsWith("'")) {
        setCell(this.sheet.values, r, c, value.slice(1));
        formulas[c] = null;
      } else if (typeof value === "string" && FORMULA.test(value) && !Number.isFinite(Number(value))) {
        setCell(this.sheet.values, r, c, "#FORMULA");
        formulas[c] = value;
      } else {
        setCell(this.sheet.values, r, c, value === null || value === undefined ? "" : (value as FakeCell));
        formulas[c] = null;
      }
    });
    return this;
  }

  setBackgrounds(data: string[][]): FakeRange {
    this.record("setBackgrounds", [data]);
    this.checkShape("setBackgrounds", data);
    this.write(data, (r, c, value) => {
      rowOf(this.sheet.backgrounds, r)[c] = value as string;
    });
    return this;
  }

  setFontWeights(data: string[][]): FakeRange {
    this.record("setFontWeights", [data]);
    this.checkShape("setFontWeights", data);
    this.write(data, (r, c, value) => {
      rowOf(this.sheet.fontWeights, r)[c] = value as string;
    });
    return this;
  }

  setFontColors(data: string[][]): FakeRange {
    this.record("setFontColors", [data]);
    this.checkShape("setFontColors", data);
    this.write(data, (r, c, value) => {
      rowOf(this.sheet.fontColors, r)[c] = value as string;
    });
    return this;
  }

  setNumberFormats(data: string[][]): FakeRange {
    this.record("setNumberFormats", [data]);
    this.checkShape("setNumberFormats", data);
    this.write(data, (r, c, value) => {
      rowOf(this.sheet.numberFormats, r)[c] = value as string;
    });
    return this;
  }

  setWraps(data: boolean[][]): FakeRange {
    this.record("setWraps", [data]);
    this.checkShape("setWraps", data);
    this.write(data, (r, c, value) => {
      rowOf(this.sheet.wraps, r)[c] = value === true;
    });
    return this;
  }

  setVerticalAlignment(alignment: string): FakeRange {
    this.record("setVerticalAlignment", [alignment]);
    for (let r = 0; r < this.box.numRows; r++)
      for (let c = 0; c < this.box.numColumns; c++)
        rowOf(this.sheet.verticalAlignments, this.box.row - 1 + r)[this.box.column - 1 + c] = alignment;
    return this;
  }

  setValue(value: unknown): FakeRange {
    this.record("setValue", [value]);
    return this.setValues([[value]]);
  }

  activate(): FakeRange {
    this.record("activate", []);
    this.world.activeSheet = this.sheet;
    this.world.activeRanges = [this];
    return this;
  }

  private grid<T>(fn: (r: number, c: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.box.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < this.box.numColumns; c++) row.push(fn(this.box.row - 1 + r, this.box.column - 1 + c));
      out.push(row);
    }
    return out;
  }

  private write(data: unknown[][], put: (r: number, c: number, value: unknown) => void): void {
    data.forEach((row, r) => {
      row.forEach((value, c) => {
        put(this.box.row - 1 + r, this.box.column - 1 + c, value);
      });
    });
  }
}

export class FakeRangeList {
  constructor(
    readonly ranges: FakeRange[],
    private readonly world: WorldInternals,
  ) {}

  getRanges(): FakeRange[] {
    this.world.log.push({ target: "RangeList", method: "getRanges", args: [] });
    return [...this.ranges];
  }

  activate(): FakeRangeList {
    this.world.log.push({
      target: "RangeList",
      method: "activate",
      args: [this.ranges.map((range) => formatA1(range.box))],
    });
    const last = this.ranges[this.ranges.length - 1];
    if (last) this.world.activeSheet = last.sheet;
    this.world.activeRanges = [...this.ranges];
    return this;
  }
}

export class FakeChartBuilder {
  private readonly spec: {
    type: string | null;
    ranges: string[];
    position: number[];
    options: Record<string, unknown>;
  } = {
    type: null,
    ranges: [],
    position: [],
    options: {},
  };

  constructor(private readonly world: WorldInternals) {}

  private record(method: string, args: unknown[]): FakeChartBuilder {
    this.world.log.push({ target: "EmbeddedChartBuilder", method, args });
    return this;
  }

  setChartType(type: string): FakeChartBuilder {
    this.spec.type = type;
    return this.record("setChartType", [type]);
  }

  addRange(range: FakeRange): FakeChartBuilder {
    this.spec.ranges.push(`${range.sheet.name}!${formatA1(range.box)}`);
    return this.record("addRange", [formatA1(range.box)]);
  }

  setPosition(row: number, column: number, offsetX: number, offsetY: number): FakeChartBuilder {
    this.spec.position = [row, column, offsetX, offsetY];
    return this.record("setPosition", [row, column, offsetX, offsetY]);
  }

  setOption(name: string, value: unknown): FakeChartBuilder {
    this.spec.options[name] = value;
    return this.record("setOption", [name, value]);
  }

  build(): Record<string, unknown> {
    this.record("build", []);
    if (!this.spec.type) throw new Error("EmbeddedChartBuilder: no chart type set");
    if (this.spec.ranges.length === 0) throw new Error("EmbeddedChartBuilder: no data range added");
    return JSON.parse(JSON.stringify(this.spec)) as Record<string, unknown>;
  }
}

export class FakeSpreadsheet {
  constructor(private readonly world: WorldInternals) {}

  private record(method: string, args: unknown[]): void {
    this.world.log.push({ target: "Spreadsheet", method, args });
  }

  getSheets(): FakeSheet[] {
    this.record("getSheets", []);
    return [...this.world.sheets];
  }

  getNumSheets(): number {
    this.record("getNumSheets", []);
    return this.world.sheets.length;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.record("getSheetByName", [name]);
    return this.world.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  getActiveSheet(): FakeSheet {
    this.record("getActiveSheet", []);
    return this.world.activeSheet;
  }

  getActiveRange(): FakeRange | null {
    this.record("getActiveRange", []);
    return this.world.activeRanges[this.world.activeRanges.length - 1] ?? null;
  }

  insertSheet(name: string, index?: number): FakeSheet {
    this.record("insertSheet", [name, index]);
    if (this.world.sheets.some((sheet) => sheet.name === name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = new FakeSheet(name, [], this.world);
    this.world.sheets.splice(index ?? this.world.sheets.length, 0, sheet);
    this.world.activeSheet = sheet;
    this.world.activeRanges = [new FakeRange(sheet, { row: 1, column: 1, numRows: 1, numColumns: 1 }, this.world)];
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    this.record("deleteSheet", [sheet.name]);
    const index = this.world.sheets.indexOf(sheet);
    if (index < 0) throw new Error("deleteSheet: no such sheet");
    if (this.world.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.world.sheets.splice(index, 1);
    if (this.world.activeSheet === sheet) this.world.activeSheet = this.world.sheets[0] as FakeSheet;
  }

  getSpreadsheetLocale(): string {
    this.record("getSpreadsheetLocale", []);
    return this.world.spreadsheetLocale;
  }

  getSpreadsheetTimeZone(): string {
    this.record("getSpreadsheetTimeZone", []);
    return this.world.timeZone;
  }

  toast(message: string): void {
    this.record("toast", [message]);
  }
}

export class FakeUi {
  readonly menus: { items: { caption: string; fn: string }[]; addedToUi: boolean }[] = [];
  readonly sidebars: { title: string | null; file: string }[] = [];
  readonly alerts: unknown[][] = [];
  readonly ButtonSet = { OK: "OK", OK_CANCEL: "OK_CANCEL", YES_NO: "YES_NO" };

  constructor(private readonly world: WorldInternals) {}

  createAddonMenu() {
    this.world.log.push({ target: "Ui", method: "createAddonMenu", args: [] });
    const menu = { items: [] as { caption: string; fn: string }[], addedToUi: false };
    this.menus.push(menu);
    const api = {
      addItem: (caption: string, fn: string) => {
        this.world.log.push({ target: "Menu", method: "addItem", args: [caption, fn] });
        menu.items.push({ caption, fn });
        return api;
      },
      addSeparator: () => {
        this.world.log.push({ target: "Menu", method: "addSeparator", args: [] });
        return api;
      },
      addToUi: () => {
        this.world.log.push({ target: "Menu", method: "addToUi", args: [] });
        menu.addedToUi = true;
      },
    };
    return api;
  }

  createMenu(caption: string): never {
    this.world.log.push({ target: "Ui", method: "createMenu", args: [caption] });
    throw new Error("fake: an add-on must use createAddonMenu()");
  }

  showSidebar(html: { title: string | null; file: string }): void {
    this.world.log.push({ target: "Ui", method: "showSidebar", args: [html.file] });
    this.sidebars.push({ title: html.title, file: html.file });
  }

  alert(...args: unknown[]): string {
    this.world.log.push({ target: "Ui", method: "alert", args });
    this.alerts.push(args);
    return "OK";
  }
}

interface WorldInternals {
  log: CallRecord[];
  sheets: FakeSheet[];
  activeSheet: FakeSheet;
  activeRanges: FakeRange[];
  spreadsheetLocale: string;
  timeZone: string;
  adoptDate: (date: Date) => Date;
}

export function createFakeWorld(options: FakeOptions): FakeWorld {
  const internals = {
    log: [],
    sheets: [],
    activeRanges: [],
    spreadsheetLocale: options.spreadsheetLocale ?? options.locale ?? "en_US",
    timeZone: options.timeZone ?? "Etc/UTC",
    adoptDate: options.adoptDate ?? ((date: Date) => new Date(date.getTime())),
  } as unknown as WorldInternals;
  internals.sheets = options.sheets.map((sheet) => new FakeSheet(sheet.name, sheet.values, internals));
  const active = internals.sheets.find((sheet) => sheet.name === options.active.sheet);
  if (!active) throw new Error(`fake: no sheet named ${options.active.sheet}`);
  internals.activeSheet = active;
  internals.activeRanges = [new FakeRange(active, parseA1(options.active.a1), internals)];

  const spreadsheet = new FakeSpreadsheet(internals);
  const ui = new FakeUi(internals);
  const properties = new Map<string, string>();
  const log = internals.log;
  const store = (kind: string) => ({
    getProperty: (key: string) => {
      log.push({ target: kind, method: "getProperty", args: [key] });
      return properties.get(`${kind}:${key}`) ?? null;
    },
    setProperty: (key: string, value: string) => {
      log.push({ target: kind, method: "setProperty", args: [key, value] });
      properties.set(`${kind}:${key}`, String(value));
    },
    deleteProperty: (key: string) => {
      log.push({ target: kind, method: "deleteProperty", args: [key] });
      properties.delete(`${kind}:${key}`);
    },
  });

  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => {
        log.push({ target: "SpreadsheetApp", method: "getActiveSpreadsheet", args: [] });
        return spreadsheet;
      },
      getActiveSheet: () => spreadsheet.getActiveSheet(),
      getActiveRange: () => spreadsheet.getActiveRange(),
      getUi: () => {
        log.push({ target: "SpreadsheetApp", method: "getUi", args: [] });
        return ui;
      },
    },
    HtmlService: {
      createHtmlOutputFromFile: (file: string) => {
        log.push({ target: "HtmlService", method: "createHtmlOutputFromFile", args: [file] });
        const output = {
          file,
          title: null as string | null,
          setTitle(title: string) {
            log.push({ target: "HtmlOutput", method: "setTitle", args: [title] });
            output.title = title;
            return output;
          },
          setWidth(width: number) {
            log.push({ target: "HtmlOutput", method: "setWidth", args: [width] });
            return output;
          },
        };
        return output;
      },
    },
    Session: {
      getActiveUserLocale: () => {
        log.push({ target: "Session", method: "getActiveUserLocale", args: [] });
        return options.locale ?? "en";
      },
      getScriptTimeZone: () => "Etc/UTC",
    },
    PropertiesService: {
      getUserProperties: () => store("UserProperties"),
      getDocumentProperties: () => store("DocumentProperties"),
      getScriptProperties: () => store("ScriptProperties"),
    },
    Utilities: {
      formatDate: (date: Date, zone: string, pattern: string) => {
        log.push({ target: "Utilities", method: "formatDate", args: [date.getTime(), zone, pattern] });
        if (pattern !== "Z")
          throw new Error(`fake Utilities.formatDate: only the "Z" pattern is supported, got ${pattern}`);
        return formatOffset(zoneOffsetMinutes(zone, date.getTime()));
      },
    },
    Charts: { ChartType: { BAR: "BAR", COLUMN: "COLUMN", PIE: "PIE", LINE: "LINE" } },
    ScriptApp: { AuthMode: { NONE: "NONE", CUSTOM_FUNCTION: "CUSTOM_FUNCTION", LIMITED: "LIMITED", FULL: "FULL" } },
  };

  return {
    globals,
    log,
    spreadsheet,
    ui,
    properties,
    sheet: (name) => {
      const sheet = internals.sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw new Error(`fake: no sheet named ${name}`);
      return sheet;
    },
  };
}

/** Minutes east of UTC of an IANA zone at an instant, from Intl (the fake's stand-in for Java's time zones). */
export function zoneOffsetMinutes(zone: string, time: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(time));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const wall = Date.UTC(
    field("year"),
    field("month") - 1,
    field("day"),
    field("hour"),
    field("minute"),
    field("second"),
  );
  return Math.round((wall - Math.floor(time / 1000) * 1000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}

function rowOf<T>(grid: (T | null)[][], r: number): (T | null)[] {
  let row = grid[r];
  if (!row) {
    row = [];
    grid[r] = row;
  }
  return row;
}

function setCell(values: FakeCell[][], r: number, c: number, value: FakeCell): void {
  while (values.length <= r) values.push([]);
  const row = values[r] as FakeCell[];
  while (row.length < c) row.push("");
  row[c] = value;
}

function lastRow(values: FakeCell[][]): number {
  for (let r = values.length - 1; r >= 0; r--) if ((values[r] ?? []).some((cell) => cell !== "")) return r + 1;
  return 0;
}

function lastColumn(values: FakeCell[][]): number {
  let last = 0;
  for (const row of values)
    for (let c = row.length - 1; c >= last; c--) if (row[c] !== "") last = Math.max(last, c + 1);
  return last;
}
