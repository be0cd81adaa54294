/** `smm-risk inspect <file>`: shows how a CSV/TSV export is read (mapping, row kinds, currency, unreadable cells). */
import { DELIMITER_FLAG, delimiterOf, FORMAT_FLAG, formatOf, HELP_FLAG, LANG_FLAG, langOf } from "../args";
import { usageError } from "../errors";
import { loadFile } from "../load";
import { inspectJson, renderInspect } from "../render/inspect";
import { chooseStyle } from "../render/text";
import type { Command } from "./command";

const FORMATS = ["table", "json"] as const;

export const inspectCommand: Command = {
  name: "inspect",
  operands: "<file>",
  summary: {
    en: "show how a CSV/TSV export is read: columns → fields, row kinds, currency, unreadable cells",
    ru: "показать, как прочитан CSV/TSV: столбцы → поля, типы строк, валюта, нечитаемые ячейки",
  },
  details: {
    en: "Detects the encoding (UTF-8, UTF-16, Windows-1251/1252) and the delimiter, finds the header row, maps each column to a canonical field and lists every cell it could not read with its address. Use it before `audit` to check that the export was understood.",
    ru: "Определяет кодировку (UTF-8, UTF-16, Windows-1251/1252) и разделитель, находит строку заголовков, сопоставляет столбцы с полями и перечисляет каждую нечитаемую ячейку с её адресом. Запускайте перед `audit`, чтобы проверить, что выгрузка понята правильно.",
  },
  flags: [FORMAT_FLAG([...FORMATS]), LANG_FLAG, DELIMITER_FLAG, HELP_FLAG],
  examples: ["smm-risk inspect tweet_activity.csv", "smm-risk inspect ads.tsv --format json"],
  async run({ args, io }) {
    const format = formatOf("inspect", args.values.format, FORMATS);
    const lang = langOf(args.values.lang, io.env);
    const delimiter = delimiterOf("inspect", args.values.delimiter);
    if (args.positionals.length !== 1)
      throw usageError({
        en: `inspect takes one file (got ${args.positionals.length}). Usage: smm-risk inspect <file>`,
        ru: `inspect принимает один файл (указано: ${args.positionals.length}). Запуск: smm-risk inspect <файл>`,
      });
    const file = await loadFile(args.positionals[0] ?? "", { readFile: io.readFile, delimiter });
    if (format === "json") io.stdout(`${JSON.stringify(inspectJson(file), null, 2)}\n`);
    else io.stdout(renderInspect(file, lang, { style: chooseStyle(io.isTTY, io.env), width: io.columns }));
    return 0;
  },
};
