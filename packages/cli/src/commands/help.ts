/**
 * `smm-risk help [command]` and `--help`: usage, commands, flags and the spreadsheet functions. The function list
 * is generated from core's documented formula catalogue (name, arguments, one-line summary), never written here by hand.
 */
import { documentedCatalogue, formulaSignature, type Lang, type Localized } from "@smm-risk/core";
import type { FlagSpec } from "../args";
import { HELP_FLAG, LANG_FLAG, langOf } from "../args";
import { usageError } from "../errors";
import { columnsWrapped, wrap } from "../render/text";
import type { Command } from "./command";

const TEXT = {
  tagline: {
    en: "is your social-media marketing losing money, why, and what to fix first",
    ru: "теряет ли ваш SMM деньги, почему и что исправить первым",
  },
  usage: { en: "Usage", ru: "Запуск" },
  usageLine: { en: "smm-risk <command> [options]", ru: "smm-risk <команда> [параметры]" },
  commands: { en: "Commands", ru: "Команды" },
  options: { en: "Options", ru: "Параметры" },
  examples: { en: "Examples", ru: "Примеры" },
  functions: {
    en: "Spreadsheet functions (Google Sheets add-on)",
    ru: "Функции для таблиц (дополнение Google Таблиц)",
  },
  version: { en: "print the version", ru: "показать версию" },
  more: {
    en: "Run `smm-risk help <command>` for a command's options.",
    ru: "Параметры команды: `smm-risk help <команда>`.",
  },
  helpSummary: { en: "show help for a command", ru: "справка по команде" },
  category: {
    audit: { en: "audit", ru: "аудит" },
    metric: { en: "metrics", ru: "метрики" },
    reference: { en: "reference", ru: "справочные" },
  },
} satisfies Record<string, Localized | Record<string, Localized>>;

/** The call signature as the function list shows it (core's `formulaSignature`). */
export const signature = formulaSignature;

function flagLines(flags: readonly FlagSpec[], lang: Lang): string[][] {
  return flags.map((f) => [
    `${f.short ? `-${f.short}, ` : "    "}--${f.name}${f.value ? ` ${f.value}` : ""}`,
    f.help[lang],
  ]);
}

export function generalHelp(commands: readonly Command[], lang: Lang, version: string, width = 100): string {
  const out: string[] = [];
  out.push(`smm-risk ${version}: ${TEXT.tagline[lang]}`, "");
  out.push(TEXT.usage[lang], `  ${TEXT.usageLine[lang]}`, "");
  out.push(
    TEXT.commands[lang],
    columnsWrapped(
      [
        ...commands.map((c) => [`${c.name}${c.operands ? ` ${c.operands}` : ""}`, c.summary[lang]]),
        ["help [command]", TEXT.helpSummary[lang]],
      ],
      width,
      "  ",
    ),
    "",
  );
  out.push(
    TEXT.options[lang],
    columnsWrapped([...flagLines([HELP_FLAG, LANG_FLAG], lang), ["-V, --version", TEXT.version[lang]]], width, "  "),
    "",
  );
  out.push(TEXT.functions[lang]);
  for (const category of ["audit", "metric", "reference"] as const) {
    const fns = documentedCatalogue().filter((fn) => fn.category === category);
    if (fns.length === 0) continue;
    out.push(`  ${TEXT.category[category][lang]}`);
    out.push(
      columnsWrapped(
        fns.map((fn) => [signature(fn, lang), fn.summary[lang]]),
        width,
        "    ",
      ),
    );
  }
  out.push("", TEXT.more[lang]);
  return `${out.join("\n")}\n`;
}

export function commandHelp(command: Command, lang: Lang, width = 100): string {
  const out: string[] = [];
  out.push(
    `${TEXT.usage[lang]}: smm-risk ${command.name}${command.operands ? ` ${command.operands}` : ""} [options]`,
    "",
  );
  out.push(
    wrap(
      command.summary[lang].replace(/^./, (c) => c.toUpperCase()),
      width,
    ),
    "",
  );
  out.push(wrap(command.details[lang], width), "");
  out.push(TEXT.options[lang], columnsWrapped(flagLines(command.flags, lang), width, "  "), "");
  out.push(TEXT.examples[lang], ...command.examples.map((e) => `  ${e}`));
  return `${out.join("\n")}\n`;
}

/** The `help` command needs the command list, so it is built from it. */
export function helpCommand(commands: readonly Command[], version: string): Command {
  return {
    name: "help",
    operands: "[command]",
    summary: TEXT.helpSummary,
    details: TEXT.more,
    flags: [LANG_FLAG, HELP_FLAG],
    examples: ["smm-risk help audit"],
    async run({ args, io }) {
      const lang = langOf(args.values.lang, io.env);
      const name = args.positionals[0];
      if (name === undefined || name === "help") {
        io.stdout(generalHelp(commands, lang, version, io.columns));
        return 0;
      }
      const command = commands.find((c) => c.name === name);
      if (!command) {
        const names = [...commands.map((c) => c.name), "help"].join(", ");
        throw usageError({
          en: `no command "${name}". Commands: ${names}`,
          ru: `нет команды "${name}". Команды: ${names}`,
        });
      }
      io.stdout(commandHelp(command, lang, io.columns));
      return 0;
    },
  };
}
