/**
 * Delimited text → 2D array of strings, on papaparse: strips a BOM, honours and drops an Excel `sep=;` line,
 * sniffs the delimiter among `,` `;` tab `|`, keeps quoted multi-line fields whole, and reports parser
 * problems as warnings (English in `warnings`, English and Russian in `problems`). No Node built-ins: runs in browsers too.
 */
import Papa from "papaparse";

/** Delimiters the sniffer chooses among, in tie-breaking order. */
export const DELIMITERS = [",", ";", "\t", "|"] as const;

export interface ParseOptions {
  /** Force a delimiter (one character); omit to sniff. */
  delimiter?: string;
}

/** A bilingual message, structurally the same as core's `Localized`. */
export interface CsvMessage {
  en: string;
  ru: string;
}

export interface CsvProblem {
  /** 1-based record number (as a spreadsheet shows the row after import), null for file-level problems. */
  row: number | null;
  message: CsvMessage;
}

export interface ParsedDelimited {
  /** One array of fields per record; empty lines inside the file are kept as `[""]` so row numbers match a spreadsheet. */
  rows: string[][];
  /** The delimiter used: from the options, the `sep=` line, or the sniffer. */
  delimiter: string;
  /** Problems in English, one line each (same order as `problems`). */
  warnings: string[];
  problems: CsvProblem[];
}

const SEP_LINE = /^"?sep=(.)"?[^\S\r\n]*(\r\n|\n|\r|$)/i;

const DELIMITER_NAMES: Record<string, CsvMessage> = {
  ",": { en: "comma", ru: "запятая" },
  ";": { en: "semicolon", ru: "точка с запятой" },
  "\t": { en: "tab", ru: "табуляция" },
  "|": { en: "vertical bar", ru: "вертикальная черта" },
};

/** Human name of a delimiter ("semicolon"), for messages. */
export function delimiterName(delimiter: string): CsvMessage {
  return DELIMITER_NAMES[delimiter] ?? { en: JSON.stringify(delimiter), ru: JSON.stringify(delimiter) };
}

function isEmptyRecord(row: string[]): boolean {
  return row.length === 0 || (row.length === 1 && row[0] === "");
}

function problemFor(error: Papa.ParseError, delimiter: string): CsvProblem {
  const row = typeof error.row === "number" ? error.row + 1 : null;
  switch (error.code) {
    case "MissingQuotes":
      return {
        row,
        message: {
          en: `Row ${row}: a quoted field is never closed; everything after it was read into one cell. Check for a stray " in that row.`,
          ru: `Строка ${row}: кавычка в поле не закрыта, всё после неё попало в одну ячейку. Проверьте лишнюю " в этой строке.`,
        },
      };
    case "InvalidQuotes":
      return {
        row,
        message: {
          en: `Row ${row}: a quote inside a quoted field is not doubled (""); the field was read as written.`,
          ru: `Строка ${row}: кавычка внутри поля в кавычках не удвоена (""); поле прочитано как есть.`,
        },
      };
    case "UndetectableDelimiter":
      return {
        row: null,
        message: {
          en: "No delimiter (comma, semicolon, tab, |) separates the lines into the same number of columns; read as one column per line.",
          ru: "Ни один разделитель (запятая, точка с запятой, табуляция, |) не делит строки на одинаковое число столбцов; файл прочитан как один столбец.",
        },
      };
    default: {
      const name = delimiterName(delimiter);
      return {
        row,
        message: {
          en: `Row ${row ?? "?"}: ${error.message} (delimiter: ${name.en}).`,
          ru: `Строка ${row ?? "?"}: ошибка разбора «${error.message}» (разделитель: ${name.ru}).`,
        },
      };
    }
  }
}

/**
 * Parses CSV/TSV/semicolon/pipe text. Every field stays a string (typing is the table reader's job);
 * a trailing line break or trailing blank lines do not produce rows.
 */
export function parseDelimited(text: string, options: ParseOptions = {}): ParsedDelimited {
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let delimiter = options.delimiter;
  const problems: CsvProblem[] = [];

  const sep = SEP_LINE.exec(body);
  if (sep) {
    body = body.slice(sep[0].length);
    const declared = sep[1] ?? ",";
    if (delimiter === undefined) delimiter = declared;
  }

  if (delimiter !== undefined && delimiter.length !== 1) {
    throw new Error(`parseDelimited: the delimiter must be one character, got ${JSON.stringify(delimiter)}`);
  }

  const result = Papa.parse<string[]>(body, {
    delimiter: delimiter ?? "",
    delimitersToGuess: [...DELIMITERS],
    skipEmptyLines: false,
    header: false,
    dynamicTyping: false,
  });

  const used = result.meta.delimiter || delimiter || ",";
  for (const error of result.errors) problems.push(problemFor(error, used));

  const rows = result.data;
  while (rows.length > 0 && isEmptyRecord(rows[rows.length - 1] ?? [])) rows.pop();

  return { rows, delimiter: used, warnings: problems.map((p) => p.message.en), problems };
}
