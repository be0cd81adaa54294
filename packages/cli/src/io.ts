/**
 * What a command may touch of the outside world, passed in so tests run commands in-process:
 * output sinks, a file reader, whether stdout is a terminal, the environment and the terminal width.
 */
import type { ReadBytes } from "./read-file";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file's bytes; defaults to the filesystem. */
  readFile?: ReadBytes;
  /** Whether stdout is a terminal (colour is used only then). */
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** Terminal width in columns, when known. */
  columns?: number;
}
