/**
 * The CLI entry as a function: main(argv, io) runs one command and returns its exit code, so tests call it
 * in-process. Every error becomes one line "smm-risk: <message>" on stderr (exit 1, or 2 for a wrong command line).
 */
import pkg from "../package.json" with { type: "json" };
import { earlyLang, parseCommandArgs } from "./args";
import { auditCommand } from "./commands/audit";
import type { Command } from "./commands/command";
import { demoCommand } from "./commands/demo";
import { commandHelp, generalHelp, helpCommand } from "./commands/help";
import { inspectCommand } from "./commands/inspect";
import { CliError, EXIT_FAILURE, oneLine, usageError } from "./errors";
import type { CliIo } from "./io";

export type { CliIo } from "./io";

export const VERSION: string = pkg.version;

const COMMANDS: readonly Command[] = [inspectCommand, auditCommand, demoCommand];
const ALL: readonly Command[] = [...COMMANDS, helpCommand(COMMANDS, VERSION)];

export async function main(argv: string[], io: CliIo): Promise<number> {
  const env = io.env ?? {};
  const lang = earlyLang(argv, env);
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h") {
      io.stdout(generalHelp(COMMANDS, lang, VERSION, io.columns));
      return 0;
    }
    if (first === "--version" || first === "-V" || first === "-v") {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (first.startsWith("--lang")) {
      // `smm-risk --lang ru` alone, or before the command: move it after the command.
      const skip = first.includes("=") ? 1 : 2;
      return main([...argv.slice(skip), ...argv.slice(0, skip)], io);
    }
    const command = ALL.find((c) => c.name === first);
    if (!command)
      throw usageError({
        en: `unknown command "${first}". Commands: ${ALL.map((c) => c.name).join(", ")}. See smm-risk --help`,
        ru: `неизвестная команда "${first}". Команды: ${ALL.map((c) => c.name).join(", ")}. Справка: smm-risk --help`,
      });
    const args = parseCommandArgs(command.name, rest, command.flags);
    if (args.values.help === true) {
      io.stdout(commandHelp(command, lang, io.columns));
      return 0;
    }
    return await command.run({ args, io, lang });
  } catch (error) {
    io.stderr(`smm-risk: ${oneLine(error, lang)}\n`);
    return error instanceof CliError ? error.exitCode : EXIT_FAILURE;
  }
}
