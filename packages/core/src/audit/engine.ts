/**
 * The audit engine: runs every registered factor plugin over the read tables, isolates plugin failures (a factor
 * bug becomes a warning and a not-assessed factor, never a crash), and assembles the overall risk, the money
 * verdict, the top findings and the inputs summary into one plain-JSON AuditResult.
 */

import { notAssessed } from "../factors/common";
import { FACTORS } from "../factors/index";
import type { CanonicalField } from "../fields";
import type { Localized } from "../i18n/localized";
import { parseOptions } from "../options/parse";
import type { ReadTable, RowKind } from "../table/types";
import { leftOutNote, mergedAdRows } from "./ad-rows";
import { createContext } from "./context";
import { headline } from "./headline";
import { overallRisk, topFindings } from "./overall";
import { dateRange, periodOf } from "./period";
import { resolvePlatform } from "./platform";
import {
  type AuditData,
  type AuditResult,
  FACTOR_IDS,
  type FactorContext,
  type FactorPlugin,
  type FactorResult,
} from "./types";
import { moneyVerdict } from "./verdict";

/** Findings listed at the top of a report. */
export const TOP_FINDINGS = 10;

/**
 * Audits one or several read tables (e.g. posts + ads + comments exports). Options are parsed with parseOptions
 * (object, "key=value" text or a two-column range); invalid options throw OptionsError. `plugins` defaults to the
 * registry; results come back in FACTOR_IDS order.
 */
export function audit(
  tables: ReadTable | readonly ReadTable[],
  options?: unknown,
  plugins: readonly FactorPlugin[] = FACTORS,
): AuditResult {
  const list: ReadTable[] = Array.isArray(tables) ? [...tables] : [tables as ReadTable];
  const parsed = parseOptions(options, plugins);
  const warnings: Localized[] = [];
  const platform = resolvePlatform(list, parsed.platform);
  if (platform.seen.length > 1 && platform.source !== "options") {
    const names = platform.seen.map((s) => `${s.platform} (${s.rows})`).join(", ");
    warnings.push({
      en: `The data mixes platforms: ${names}. Benchmarks use ${platform.platform}; audit each platform separately or set platform=….`,
      ru: `В данных несколько платформ: ${names}. Бенчмарки взяты для ${platform.platform}; проверьте платформы по отдельности или задайте platform=….`,
    });
  }
  const currency = parsed.currency ?? list.find((t) => t.currency)?.currency ?? null;
  const currencies = [...new Set(list.map((t) => t.currency).filter((c): c is string => c !== null))];
  if (currencies.length > 1 || (parsed.currency && currencies.length === 1 && currencies[0] !== parsed.currency)) {
    warnings.push({
      en: `Currencies differ: the data says ${currencies.join(", ")}${parsed.currency ? `, options say ${parsed.currency}` : ""}. Amounts are not converted; ${currency} is used for display.`,
      ru: `Валюты различаются: в данных ${currencies.join(", ")}${parsed.currency ? `, в параметрах ${parsed.currency}` : ""}. Суммы не пересчитываются; для вывода используется ${currency}.`,
    });
  }
  const data: AuditData = { tables: list };
  const adRows = mergedAdRows(data, ["spend"], parsed.currency);
  const adNote = adRows ? leftOutNote(adRows) : null;
  if (adNote) warnings.push(adNote);
  for (const table of list) {
    if (table.rowCount === 0) {
      warnings.push({
        en: `${table.source ?? "The table"} has no data rows under its header.`,
        ru: `В ${table.source ?? "таблице"} нет строк данных под заголовком.`,
      });
    }
  }
  const ctx = createContext(parsed, platform.platform);
  const factors = runPlugins(plugins, data, ctx, warnings);
  const overall = overallRisk(factors);
  const kinds: Record<RowKind, number> = { post: 0, ad: 0, message: 0, unknown: 0 };
  for (const t of list) for (const k of Object.keys(kinds) as RowKind[]) kinds[k] += t.kinds[k] ?? 0;
  return {
    risk: overall.risk,
    grade: overall.grade,
    level: overall.level,
    confidence: overall.confidence,
    headline: headline(overall, factors, new Set(list.flatMap((t) => Object.keys(t.columns) as CanonicalField[]))),
    factors,
    verdict: moneyVerdict(data, parsed, currency),
    findings: topFindings(factors, TOP_FINDINGS),
    warnings,
    diagnostics: list.flatMap((t) => t.diagnostics),
    inputs: {
      sources: list.map((t) => t.source),
      rows: list.reduce((a, t) => a + t.rowCount, 0),
      kinds,
      mapping: list.map((t) => t.mapping),
      period: periodOf(list.map((t) => dateRange(t))),
      currency,
      platform: platform.platform,
    },
    options: parsed,
  };
}

/** Runs each plugin in isolation, in FACTOR_IDS order; a throw or a malformed result becomes a warning. */
function runPlugins(
  plugins: readonly FactorPlugin[],
  data: AuditData,
  ctx: FactorContext,
  warnings: Localized[],
): FactorResult[] {
  const order = (p: FactorPlugin) => {
    const i = (FACTOR_IDS as readonly string[]).indexOf(p.id);
    return i < 0 ? FACTOR_IDS.length : i;
  };
  return [...plugins]
    .sort((a, b) => order(a) - order(b))
    .map((plugin) => {
      try {
        const result = plugin.evaluate(data, ctx);
        const problem = malformed(plugin, result);
        if (problem) throw new Error(problem);
        return result;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        warnings.push({
          en: `The ${plugin.id} factor failed and was skipped: ${detail}`,
          ru: `Фактор ${plugin.id} завершился ошибкой и пропущен: ${detail}`,
        });
        return notAssessed(plugin, {
          en: `Not assessed: the factor failed on this data (${detail}).`,
          ru: `Не оценено: фактор завершился ошибкой на этих данных (${detail}).`,
        });
      }
    });
}

/** A result the report could not render faithfully: wrong id, or a risk outside 0–100. */
function malformed(plugin: FactorPlugin, result: FactorResult | null | undefined): string | null {
  if (!result || typeof result !== "object") return "it returned no result";
  if (result.id !== plugin.id) return `it returned the id "${String(result.id)}"`;
  if (result.assessed && (result.risk === null || !(result.risk >= 0 && result.risk <= 100)))
    return `it returned the risk ${String(result.risk)}`;
  if (!Array.isArray(result.signals) || !Array.isArray(result.findings)) return "it returned no signals or findings";
  return null;
}
