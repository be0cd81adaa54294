/** `smm-risk audit <file...>`: one audit over one or more exports (posts, ads, comments), as a table, Markdown or JSON. */
import { DELIMITER_FLAG, delimiterOf, FORMAT_FLAG, formatOf, HELP_FLAG, LANG_FLAG, langOf } from "../args";
import { usageError } from "../errors";
import type { Command } from "./command";
import { optionsFrom, runAudit } from "./report";

const FORMATS = ["table", "md", "json"] as const;

export const OPTIONS_FLAG = {
  name: "options",
  value: '"key=value; …"',
  help: {
    en: 'audit options, e.g. "margin=0.3; currency=RUB; platform=instagram"',
    ru: 'параметры аудита, например "margin=0.3; currency=RUB; platform=instagram"',
  },
};

export const auditCommand: Command = {
  name: "audit",
  operands: "<file...>",
  summary: {
    en: "audit one or more exports: overall risk, the eight causes, the money verdict, findings with row numbers",
    ru: "аудит одной или нескольких выгрузок: общий риск, восемь причин, деньги, находки с номерами строк",
  },
  details: {
    en: "Several files make one audit (for example posts.csv ads.csv comments.csv): each factor reads the file that has the columns it needs, and findings name the file and its rows. Factors whose columns are missing are reported as not assessed, with the columns that would enable them. Without a margin the money verdict states the margin needed to break even.",
    ru: "Несколько файлов — один аудит (например posts.csv ads.csv comments.csv): каждый фактор берёт файл с нужными ему столбцами, а находки называют файл и строки. Факторы без нужных столбцов помечаются как не оценённые, с перечнем столбцов, которые помогли бы. Без маржи денежный вердикт называет маржу безубыточности.",
  },
  flags: [FORMAT_FLAG([...FORMATS]), LANG_FLAG, OPTIONS_FLAG, DELIMITER_FLAG, HELP_FLAG],
  examples: [
    "smm-risk audit posts.csv",
    'smm-risk audit posts.csv ads.csv comments.csv --options "margin=0.3; currency=RUB"',
    "smm-risk audit ads.csv --format md --lang ru > report.md",
  ],
  async run({ args, io }) {
    const format = formatOf("audit", args.values.format, FORMATS);
    const lang = langOf(args.values.lang, io.env);
    const delimiter = delimiterOf("audit", args.values.delimiter);
    if (args.positionals.length === 0)
      throw usageError({
        en: "audit needs at least one file. Usage: smm-risk audit <file...>",
        ru: "audit нужен хотя бы один файл. Запуск: smm-risk audit <файл...>",
      });
    const optionsText = typeof args.values.options === "string" ? args.values.options : undefined;
    const options = optionsFrom(optionsText, lang, args.values.lang !== undefined);
    return runAudit(args.positionals, options, format, io, delimiter);
  },
};
