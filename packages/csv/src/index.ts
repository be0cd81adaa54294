/** @smm-risk/csv: delimited text to the 2D cell array smm-risk reads, and back. Runs in Node and browsers. */
export {
  type CsvMessage,
  type CsvProblem,
  DELIMITERS,
  delimiterName,
  type ParsedDelimited,
  type ParseOptions,
  parseDelimited,
} from "./parse";
export { toDelimited, type UnparseCell, type UnparseOptions } from "./unparse";
