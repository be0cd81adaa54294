/**
 * Command-line parsing on node:util parseArgs: the options every command shares (--format, --lang, --help),
 * per-command extras, and validation with bilingual usage errors that name the bad flag and list what is allowed.
 */
import { parseArgs } from "node:util";
import { LANGS, type Lang, langFromLocale } from "@smm-risk/core";
import { usageError } from "./errors";

export type Format = "table" | "json" | "md";

export interface FlagSpec {
  name: string;
  short?: string;
  /** Placeholder for the value ("table|json"), absent for a boolean flag. */
  value?: string;
  help: { en: string; ru: string };
}

export const FORMAT_FLAG = (formats: readonly Format[]): FlagSpec => ({
  name: "format",
  value: formats.join("|"),
  help: { en: `output format (default ${formats[0]})`, ru: `формат вывода (по умолчанию ${formats[0]})` },
});

export const LANG_FLAG: FlagSpec = {
  name: "lang",
  value: "en|ru",
  help: {
    en: "language of the report (default from LANG, else en)",
    ru: "язык отчёта (по умолчанию из LANG, иначе en)",
  },
};

export const DELIMITER_FLAG: FlagSpec = {
  name: "delimiter",
  value: ",|;|tab|pipe",
  help: { en: "force the delimiter instead of detecting it", ru: "задать разделитель вместо автоопределения" },
};

export const HELP_FLAG: FlagSpec = { name: "help", short: "h", help: { en: "show this help", ru: "показать справку" } };

export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** Parses the arguments after the command name against the command's flags. */
export function parseCommandArgs(command: string, argv: string[], flags: readonly FlagSpec[]): ParsedArgs {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const f of flags)
    options[f.name] = { type: f.value ? "string" : "boolean", ...(f.short ? { short: f.short } : {}) };
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { positionals, values: values as ParsedArgs["values"] };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const allowed = flags.map((f) => `--${f.name}`).join(", ");
    const flag = /'(-{1,2}[^'\s]+)/.exec(error instanceof Error ? error.message : "")?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw usageError({
        en: `${command}: unknown option ${flag}. Allowed: ${allowed}`,
        ru: `${command}: неизвестный параметр ${flag}. Допустимые: ${allowed}`,
      });
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE")
      throw usageError({
        en: `${command}: option ${flag} needs a value (see smm-risk help ${command})`,
        ru: `${command}: параметру ${flag} нужно значение (см. smm-risk help ${command})`,
      });
    throw usageError({ en: `${command}: ${String(error)}`, ru: `${command}: ${String(error)}` });
  }
}

/** --format value checked against the command's formats; the first one is the default. */
export function formatOf(command: string, value: unknown, formats: readonly Format[]): Format {
  if (value === undefined) return formats[0] ?? "table";
  if (typeof value === "string" && (formats as readonly string[]).includes(value)) return value as Format;
  throw usageError({
    en: `${command}: unknown format "${String(value)}". Allowed: ${formats.join(", ")}`,
    ru: `${command}: неизвестный формат "${String(value)}". Допустимые: ${formats.join(", ")}`,
  });
}

/** --lang value, else the locale from the environment (LC_ALL, LC_MESSAGES, LANG), else English. */
export function langOf(value: unknown, env: Record<string, string | undefined> = {}): Lang {
  if (value === undefined) return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
  if (typeof value === "string" && (LANGS as readonly string[]).includes(value)) return value as Lang;
  throw usageError({
    en: `unknown language "${String(value)}". Allowed: ${LANGS.join(", ")}`,
    ru: `неизвестный язык "${String(value)}". Допустимые: ${LANGS.join(", ")}`,
  });
}

/** The language for messages before the command line is parsed: a valid --lang anywhere in argv, else the environment. */
export function earlyLang(argv: string[], env: Record<string, string | undefined> = {}): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const value = arg.startsWith("--lang=") ? arg.slice(7) : arg === "--lang" ? argv[i + 1] : undefined;
    if (value === "en" || value === "ru") return value;
  }
  return langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

const DELIMITER_NAMES: Record<string, string> = {
  ",": ",",
  ";": ";",
  tab: "\t",
  "\\t": "\t",
  "\t": "\t",
  pipe: "|",
  "|": "|",
};

/** --delimiter value: "," ";" "tab" "pipe" (or the character itself). */
export function delimiterOf(command: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const delimiter = typeof value === "string" ? DELIMITER_NAMES[value.toLowerCase()] : undefined;
  if (delimiter) return delimiter;
  throw usageError({
    en: `${command}: unknown delimiter "${String(value)}". Allowed: , ; tab pipe`,
    ru: `${command}: неизвестный разделитель "${String(value)}". Допустимые: , ; tab pipe`,
  });
}
