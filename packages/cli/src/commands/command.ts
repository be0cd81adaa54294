/** The contract of one CLI command: name, usage, flags for help and parsing, and run() returning the exit code. */
import type { Lang, Localized } from "@smm-risk/core";
import type { FlagSpec, ParsedArgs } from "../args";
import type { CliIo } from "../io";

export interface CommandContext {
  args: ParsedArgs;
  io: CliIo;
  /** Language from --lang or the environment (commands re-read --lang through langOf for validation). */
  lang: Lang;
}

export interface Command {
  name: string;
  /** Positional arguments as shown in usage, e.g. "<file...>". */
  operands: string;
  summary: Localized;
  /** Longer help paragraphs shown by `smm-risk help <command>`. */
  details: Localized;
  flags: readonly FlagSpec[];
  examples: string[];
  run(ctx: CommandContext): Promise<number>;
}
