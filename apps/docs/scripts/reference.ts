/**
 * Renders the function reference from the core's formula catalogue: one page per function (signature, arguments,
 * return value, examples, errors) and an index page, in English and Russian. Nothing here is written by hand.
 */
import { type DocumentedFunction, formulaSignature, type Lang } from "@smm-risk/core";
import { localFormula } from "../playground/formula-locale";
import { code, escapeText, frontMatter, table } from "./markdown";

/** URL slug of a function page: SMM_REPLY_RATE → "smm-reply-rate". */
export function functionSlug(name: string): string {
  return name.toLowerCase().replace(/_/g, "-");
}

/** The formula as a user types it, optional arguments in brackets: `=SMM_RISK(data, [options])` (`;` in Russian). */
export function signature(fn: Pick<DocumentedFunction, "name" | "args">, lang: Lang = "en"): string {
  return `=${formulaSignature(fn, lang)}`;
}

const L = {
  en: {
    category: { audit: "Audit", metric: "Metrics", reference: "Reference data" },
    args: "Arguments",
    noArgs: "This function takes no arguments.",
    argHeader: ["Argument", "Type", "Required", "Description"],
    yes: "yes",
    no: "optional",
    type: { range: "range", column: "column", number: "number", text: "text", options: "options" },
    returns: "Returns",
    examples: "Examples",
    exampleHeader: ["Formula", "Result"],
    errors: "Errors and what to do",
    noErrors: "No function-specific errors.",
    indexTitle: "Function reference",
    indexIntro:
      "Every `SMM_` function the Google Sheets add-on adds, generated from the same catalogue that produces the add-on's autocomplete help. Metric functions take whole columns and return a column, so one formula serves a whole report.",
    seeAlso:
      "Ranges can hold a header row: the functions find it. Percent cells arrive as fractions, empty cells are skipped, and text that is not a number is reported, never counted as zero.",
    nameHeader: "Function",
    summaryHeader: "What it does",
  },
  ru: {
    category: { audit: "Аудит", metric: "Метрики", reference: "Справочные данные" },
    args: "Аргументы",
    noArgs: "У функции нет аргументов.",
    argHeader: ["Аргумент", "Тип", "Обязательный", "Описание"],
    yes: "да",
    no: "необязательный",
    type: { range: "диапазон", column: "столбец", number: "число", text: "текст", options: "параметры" },
    returns: "Возвращает",
    examples: "Примеры",
    exampleHeader: ["Формула", "Результат"],
    errors: "Ошибки и что с ними делать",
    noErrors: "Особых ошибок у функции нет.",
    indexTitle: "Справочник функций",
    indexIntro:
      "Все функции `SMM_`, которые добавляет дополнение Google Таблиц. Страницы собраны из того же каталога, из которого строятся подсказки автодополнения в таблице. Функции метрик принимают целые столбцы и возвращают столбец: одна формула на весь отчёт. Формулы записаны для таблиц с русской локалью: аргументы разделяются точкой с запятой, дробная часть — запятой.",
    seeAlso:
      "Диапазон может начинаться со строки заголовков: функции её находят. Проценты приходят долями, пустые ячейки пропускаются, а текст, который не число, выдаётся как ошибка и никогда не считается нулём.",
    nameHeader: "Функция",
    summaryHeader: "Что делает",
  },
} as const;

export function renderFunctionPage(fn: DocumentedFunction, lang: Lang): string {
  const t = L[lang];
  const parts = [
    frontMatter({ title: fn.name, outline: "deep" }),
    `# ${fn.name}`,
    `<Badge type="info" text="${t.category[fn.category]}" />`,
    escapeText(fn.summary[lang]),
    ["```text", signature(fn, lang), "```"].join("\n"),
    `## ${t.args}`,
    fn.args.length === 0
      ? t.noArgs
      : table(
          [...t.argHeader],
          fn.args.map((a) => [code(a.name), t.type[a.type], a.optional ? t.no : t.yes, escapeText(a.help[lang])]),
        ),
    `## ${t.returns}`,
    escapeText(fn.returns[lang]),
    `## ${t.examples}`,
    fn.examples.length === 0
      ? "—"
      : table(
          [...t.exampleHeader],
          fn.examples.map((e) => [code(localFormula(e.formula, lang)), escapeText(e.result[lang])]),
        ),
    `## ${t.errors}`,
    fn.errors.length === 0 ? t.noErrors : fn.errors.map((e) => `- ${escapeText(e[lang])}`).join("\n"),
  ];
  return `${parts.join("\n\n")}\n`;
}

const CATEGORY_ORDER = ["audit", "metric", "reference"] as const;

export function renderFunctionIndex(catalogue: readonly DocumentedFunction[], lang: Lang): string {
  const t = L[lang];
  const parts = [frontMatter({ title: t.indexTitle }), `# ${t.indexTitle}`, t.indexIntro, t.seeAlso];
  for (const category of CATEGORY_ORDER) {
    const fns = catalogue.filter((f) => f.category === category);
    if (fns.length === 0) continue;
    parts.push(`## ${t.category[category]}`);
    parts.push(
      table(
        [t.nameHeader, t.summaryHeader],
        fns.map((f) => [`[${f.name}](./${functionSlug(f.name)}.md)`, escapeText(f.summary[lang])]),
      ),
    );
  }
  return `${parts.join("\n\n")}\n`;
}

export function categoryLabel(category: DocumentedFunction["category"], lang: Lang): string {
  return L[lang].category[category];
}
