/** Documentation of the audit formulas (SMM_RISK, SMM_AUDIT, SMM_FACTOR, SMM_VERDICT): docs, JSDoc and CLI help only. */
import { CRITICAL_RISK, WATCH_RISK } from "../../audit/score";
import { FACTOR_IDS } from "../../audit/types";
import type { Localized } from "../../i18n/localized";
import type { FunctionHelp } from "../types";

const DATA: Localized = {
  en: "The export with its header row: posts, ads or messages (e.g. A1:O500). Headers in English or Russian as exports spell them.",
  ru: "Выгрузка вместе со строкой заголовков: посты, реклама или сообщения (например, A1:O500). Заголовки на русском или английском, как в выгрузках.",
};

const OPTIONS: Localized = {
  en: 'Settings as "key=value; key=value" (e.g. "platform=instagram; margin=30%; currency=USD") or a two-column range of keys and values.',
  ru: "Настройки строкой «ключ=значение; ключ=значение» (например, «platform=instagram; margin=30%; currency=RUB») или диапазоном из двух столбцов: ключ и значение.",
};

const NO_HEADER: Localized = {
  en: '"no header row with a date, reach or spend column found in the range": include the header row in the range.',
  ru: "«в диапазоне нет строки заголовков со столбцами даты, охвата или расхода»: включите строку заголовков в диапазон.",
};
const BAD_OPTION: Localized = {
  en: '"margin must be a number between 0 and 1…": fix the named option; the message lists what is allowed.',
  ru: "«margin должна быть числом от 0 до 1…»: исправьте названный параметр — в сообщении перечислены допустимые значения.",
};

export const AUDIT_HELP: Readonly<Record<string, FunctionHelp>> = {
  SMM_RISK: {
    summary: {
      en: "Overall risk (0–100) that social-media marketing is losing money, from the eight failure causes weighted by confidence.",
      ru: "Общий риск (0–100) того, что SMM теряет деньги, по восьми причинам с учётом достоверности.",
    },
    args: { data: DATA, options: OPTIONS },
    returns: {
      en: `A number 0–100 (higher is worse): below ${WATCH_RISK} ok, ${WATCH_RISK}–${CRITICAL_RISK} watch, ${CRITICAL_RISK} and above critical.`,
      ru: `Число 0–100 (чем больше, тем хуже): до ${WATCH_RISK} — норма, ${WATCH_RISK}–${CRITICAL_RISK} — внимание, от ${CRITICAL_RISK} — критично.`,
    },
    examples: [
      { formula: "=SMM_RISK(A1:O500)", result: { en: "e.g. 72", ru: "например, 72" } },
      {
        formula: '=SMM_RISK(Posts!A1:O500, "platform=instagram; margin=30%")',
        result: { en: "e.g. 41", ru: "например, 41" },
      },
    ],
    errors: [NO_HEADER, BAD_OPTION],
  },
  SMM_AUDIT: {
    summary: {
      en: "The audit as a table: the overall risk, then each of the eight causes with its risk, level, confidence and main finding.",
      ru: "Аудит таблицей: общий риск, затем каждая из восьми причин с риском, уровнем, достоверностью и главной находкой.",
    },
    args: { data: DATA, options: OPTIONS },
    returns: {
      en: "A table with a header row (Factor, Risk, Level, Confidence, Main finding), an Overall row, and 8 factor rows. Risk 0–100; confidence 0–1; blank risk = not assessed.",
      ru: "Таблица со строкой заголовков (Фактор, Риск, Уровень, Достоверность, Главная находка), строкой «Итого» и 8 строками факторов. Риск 0–100; достоверность 0–1; пустой риск — не оценён.",
    },
    examples: [{ formula: "=SMM_AUDIT(A1:O500)", result: { en: "10 rows × 5 columns", ru: "10 строк × 5 столбцов" } }],
    errors: [NO_HEADER, BAD_OPTION],
  },
  SMM_FACTOR: {
    summary: {
      en: "One cause's risk (0–100), for dashboards and conditional formatting.",
      ru: "Риск одной причины (0–100) — для дашбордов и условного форматирования.",
    },
    args: {
      data: DATA,
      factor: { en: `One of ${FACTOR_IDS.join(", ")}.`, ru: `Одно из: ${FACTOR_IDS.join(", ")}.` },
      options: OPTIONS,
    },
    returns: {
      en: "A number 0–100 (higher is worse). A factor the columns cannot support is an error that names the columns it needs (a number would pretend it is 0).",
      ru: "Число 0–100 (чем больше, тем хуже). Если столбцов не хватает, функция возвращает ошибку с нужными столбцами (число выдавало бы это за 0).",
    },
    examples: [{ formula: '=SMM_FACTOR(A1:O500, "cadence")', result: { en: "e.g. 85", ru: "например, 85" } }],
    errors: [
      {
        en: `"factor must be one of ${FACTOR_IDS.join(", ")}": check the spelling.`,
        ru: `«factor должен быть одним из: ${FACTOR_IDS.join(", ")}»: проверьте написание.`,
      },
      {
        en: '"community is not assessed: needs columns replied or response_time": add those columns to the range.',
        ru: "«community не оценён: нужны столбцы replied или response_time»: добавьте эти столбцы в диапазон.",
      },
      NO_HEADER,
    ],
  },
  SMM_VERDICT: {
    summary: {
      en: "The money verdict: ROAS, ROMI, profit or loss per month, the spend that median efficiency would save, and the break-even margin.",
      ru: "Денежный вердикт: ROAS, ROMI, прибыль или убыток в месяц, экономия при медианной эффективности и маржа безубыточности.",
    },
    args: { data: DATA, options: OPTIONS },
    returns: {
      en: "A 2-column table (label | value) with fixed rows, so INDEX(…, row, 2) is stable: verdict text, currency, period (days), spend, revenue, conversions, CPA, ROAS, ROMI, margin, break-even margin, result per month, spend per month, savings per month. Blank = cannot be computed from these columns.",
      ru: "Таблица из 2 столбцов (показатель | значение) с постоянным набором строк, поэтому INDEX(…; строка; 2) стабилен: вывод, валюта, период (дней), расход, выручка, конверсии, CPA, ROAS, ROMI, маржа, маржа безубыточности, результат в месяц, расход в месяц, экономия в месяц. Пусто — по этим столбцам не посчитать.",
    },
    examples: [
      {
        formula: '=SMM_VERDICT(Ads!A1:H400, "margin=30%")',
        result: {
          en: "14 rows: e.g. ROAS 2.9, ROMI −0.13, Result per month −1 200",
          ru: "14 строк: например, ROAS 2,9; ROMI −0,13; результат в месяц −1 200",
        },
      },
    ],
    errors: [NO_HEADER, BAD_OPTION],
  },
};
