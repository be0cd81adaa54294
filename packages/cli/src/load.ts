/**
 * One input file → a read table: bytes (readBytes) → text (decodeBytes) → rows (parseDelimited) → core readTable,
 * keeping what each step detected (encoding, delimiter, parser warnings) for inspect to show.
 */
import { basename } from "node:path";
import { type CanonicalField, type ReadTable, readTable } from "@smm-risk/core";
import { type CsvProblem, parseDelimited } from "@smm-risk/csv";
import { decodeBytes, type Encoding } from "./decode";
import { CliError } from "./errors";
import { type ReadBytes, readBytes } from "./read-file";

export interface LoadedFile {
  path: string;
  /** The name findings cite: the file name, or the path when two inputs share a name. */
  source: string;
  encoding: Encoding;
  delimiter: string;
  problems: CsvProblem[];
  table: ReadTable;
}

export interface LoadOptions {
  readFile?: ReadBytes;
  delimiter?: string;
  mapping?: Partial<Record<CanonicalField, string | number | null>>;
}

/** Reads one file; `source` defaults to its base name. */
export async function loadFile(path: string, options: LoadOptions = {}, source = basename(path)): Promise<LoadedFile> {
  const bytes = await readBytes(path, options.readFile);
  const decoded = decodeBytes(bytes, source);
  const parsed = parseDelimited(decoded.text, options.delimiter ? { delimiter: options.delimiter } : {});
  if (parsed.rows.every((row) => row.every((cell) => cell.trim() === "")))
    throw new CliError({ en: `${source} is empty (no rows)`, ru: `${source}: файл пуст (нет строк)` });
  const table = readTable(parsed.rows, { source, ...(options.mapping ? { mapping: options.mapping } : {}) });
  return {
    path,
    source,
    encoding: decoded.encoding,
    delimiter: parsed.delimiter,
    problems: parsed.problems,
    table,
  };
}

/** Reads several files; inputs that share a base name are cited by their path instead. */
export async function loadFiles(paths: string[], options: LoadOptions = {}): Promise<LoadedFile[]> {
  const names = paths.map((p) => basename(p));
  const loaded: LoadedFile[] = [];
  for (const [i, path] of paths.entries()) {
    const name = names[i] ?? path;
    const clash = names.filter((n) => n === name).length > 1;
    loaded.push(await loadFile(path, options, clash ? path : name));
  }
  return loaded;
}
