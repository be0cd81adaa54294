/** Every message the server shows a user (menus, alerts, failures), in English and Russian. */
import { formatNumber, type Localized } from "@smm-risk/core";

export const MENU = {
  auditSelection: { en: "Audit selection", ru: "Аудит выделенного" },
  auditSheet: { en: "Audit whole sheet", ru: "Аудит всего листа" },
  insertReport: { en: "Insert report sheet", ru: "Вставить лист отчёта" },
  help: { en: "Help", ru: "Справка" },
} satisfies Record<string, Localized>;

export const SIDEBAR_TITLE: Localized = { en: "SMM risk audit", ru: "Аудит рисков SMM" };

export const HELP_TITLE: Localized = { en: "smm-risk help", ru: "Справка smm-risk" };

export const HELP_TEXT: Localized = {
  en:
    "Select an export (posts, ads or messages, with its header row) and choose Audit selection. " +
    "The sidebar shows the overall risk, the eight factors, the money verdict and findings with row numbers; " +
    "click a finding to select its rows. Insert report sheet writes the result to a new sheet and never changes your data. " +
    "In cells: =SMM_RISK(A1:N200), =SMM_AUDIT(A1:N200), =SMM_ER(likes; followers) and other SMM_ functions.",
  ru:
    "Выделите выгрузку (посты, реклама или сообщения, со строкой заголовков) и выберите «Аудит выделенного». " +
    "Боковая панель покажет общий риск, восемь факторов, денежный вердикт и находки с номерами строк; " +
    "щелчок по находке выделяет её строки. «Вставить лист отчёта» пишет результат на новый лист и не меняет ваши данные. " +
    "В ячейках: =SMM_RISK(A1:N200), =SMM_AUDIT(A1:N200), =SMM_ER(likes; followers) и другие функции SMM_.",
};

export const REPORT_DONE: Localized = { en: "Report written to sheet", ru: "Отчёт записан на лист" };

export function tooBig(size: { rows: number; cells: number }, limit: { rows: number; cells: number }): Localized {
  const en = (n: number) => formatNumber(n, "en");
  const ru = (n: number) => formatNumber(n, "ru");
  return {
    en: `The range has ${en(size.rows)} rows and ${en(size.cells)} cells; the add-on audits up to ${en(limit.rows - 1)} data rows and ${en(limit.cells)} cells at once (Apps Script time limits). Select fewer rows or columns, or use the smm-risk CLI on an export.`,
    ru: `В диапазоне строк: ${ru(size.rows)}, ячеек: ${ru(size.cells)}; дополнение проверяет не больше ${ru(limit.rows - 1)} строк данных и ${ru(limit.cells)} ячеек за раз (ограничения времени Apps Script). Выделите меньше строк или столбцов или проверьте выгрузку через CLI smm-risk.`,
  };
}

export const NO_SELECTION: Localized = {
  en: "Nothing is selected: select the export's cells (with the header row) and try again.",
  ru: "Ничего не выделено: выделите ячейки выгрузки (вместе со строкой заголовков) и повторите.",
};

export function emptyRange(a1: string): Localized {
  return {
    en: `The range ${a1} is empty: select the export's cells, including the header row.`,
    ru: `Диапазон ${a1} пуст: выделите ячейки выгрузки вместе со строкой заголовков.`,
  };
}

export function sheetMissing(sheet: string): Localized {
  return {
    en: `The sheet "${sheet}" no longer exists: select the data again.`,
    ru: `Листа «${sheet}» больше нет: выделите данные заново.`,
  };
}

export function reportOnSource(sheet: string): Localized {
  return {
    en: `The data is on the report sheet "${sheet}", which a report would replace: select the source data instead.`,
    ru: `Данные находятся на листе отчёта «${sheet}», который отчёт заменит: выделите исходные данные.`,
  };
}

export function badOptions(message: Localized): Localized {
  return { en: `Options: ${message.en}`, ru: `Параметры: ${message.ru}` };
}

export function failed(message: string): Localized {
  return { en: `The audit failed: ${message}`, ru: `Аудит не удался: ${message}` };
}
