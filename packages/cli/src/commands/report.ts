/** Shared by `audit` and `demo`: reads files, runs the core audit and prints it as a table, Markdown or JSON. */
import { type AuditOptions, audit, type Lang, parseOptions } from "@smm-risk/core";
import type { Format } from "../args";
import { CliError, usageError } from "../errors";
import type { CliIo } from "../io";
import { loadFiles } from "../load";
import { renderMarkdown } from "../render/markdown";
import { renderTerminal } from "../render/terminal";
import { chooseStyle } from "../render/text";

/** Audit options from the --options text; a wrong key or value becomes a usage error naming it. */
export function optionsFrom(text: string | undefined, lang: Lang, langGiven: boolean): AuditOptions {
  let options: AuditOptions;
  try {
    options = parseOptions(text ?? "");
  } catch (error) {
    const localized = (error as { localized?: { en: string; ru: string } }).localized;
    if (localized) throw usageError({ en: `--options: ${localized.en}`, ru: `--options: ${localized.ru}` });
    throw error;
  }
  // --lang wins; otherwise a lang= inside --options; otherwise the environment's language.
  const langInOptions = text !== undefined && /(^|[;\n])\s*(lang|language|язык)\s*[=:]/i.test(text);
  return { ...options, lang: langGiven || !langInOptions ? lang : options.lang };
}

export async function runAudit(
  paths: string[],
  options: AuditOptions,
  format: Format,
  io: CliIo,
  delimiter?: string,
): Promise<number> {
  const files = await loadFiles(paths, { readFile: io.readFile, delimiter, mapping: options.mapping });
  for (const file of files) {
    if (file.table.mapping.length === 0) {
      const headers = file.table.headers.filter(Boolean).slice(0, 8).join(", ");
      throw new CliError({
        en: `${file.source}: no column matched a known field (date, reach, spend, …); headers seen: ${headers || "none"}. Run smm-risk inspect ${file.path}`,
        ru: `${file.source}: ни один столбец не распознан (дата, охват, расход, …); заголовки: ${headers || "нет"}. Проверьте: smm-risk inspect ${file.path}`,
      });
    }
  }
  const result = audit(
    files.map((f) => f.table),
    options,
  );
  const lang = options.lang;
  if (format === "json") io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else if (format === "md") io.stdout(renderMarkdown(result, lang));
  else io.stdout(renderTerminal(result, lang, { style: chooseStyle(io.isTTY, io.env), width: io.columns }));
  return 0;
}
