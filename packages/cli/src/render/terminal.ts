/**
 * The audit as a terminal report: overall risk and grade, one bar per factor with its level, the money verdict,
 * the top findings with their files and row numbers, and what was not assessed. Pure: (AuditResult, lang) → string.
 */
import {
  type AuditResult,
  type FactorResult,
  formatMoney,
  formatNumber,
  formatPercent,
  type Lang,
  type MoneyVerdict,
} from "@smm-risk/core";
import { fixFirst } from "./advice";
import {
  formatKinds,
  formatMissing,
  formatPeriod,
  formatPlatform,
  formatRows,
  formatSignal,
  mainSignal,
  notAssessedText,
} from "./format";
import { LEVEL_LABELS, label, PLURALS, plural } from "./labels";
import { bar, columnsWrapped, displayWidth, PLAIN, padEnd, padStart, type Style, wrap, wrapParts } from "./text";

export interface TerminalOptions {
  style?: Style;
  /** Terminal width in columns; text wraps to it. Default 100. */
  width?: number;
  /** How many findings to list. Default 8. */
  maxFindings?: number;
}

const INDENT = "  ";
const BAR_WIDTH = 20;

export function renderTerminal(result: AuditResult, lang: Lang, options: TerminalOptions = {}): string {
  const style = options.style ?? PLAIN;
  const width = Math.max(60, options.width ?? 100);
  const blocks = [
    header(result, lang, style, width),
    overall(result, lang, style, width),
    factorsBlock(result, lang, style, width),
    moneyBlock(result.verdict, lang, style, width),
    findingsBlock(result, lang, style, width, options.maxFindings ?? 8),
    fixFirstBlock(result, lang, style, width),
    notAssessedBlock(result, lang, style, width),
    warningsBlock(result, lang, style, width),
  ];
  return `${blocks.filter((b) => b !== "").join("\n\n")}\n`;
}

function header(result: AuditResult, lang: Lang, style: Style, width: number): string {
  const sources = result.inputs.sources.filter((s): s is string => s !== null);
  const title = style.bold(label("auditTitle", lang)) + (sources.length ? ` · ${sources.join(", ")}` : "");
  const facts = [
    `${formatNumber(result.inputs.rows, lang)} ${plural(result.inputs.rows, lang, PLURALS.rows)} (${formatKinds(result.inputs.kinds, lang)})`,
    result.inputs.period ? formatPeriod(result.inputs.period, lang) : null,
    result.inputs.currency,
    result.inputs.platform ? formatPlatform(result.inputs.platform) : null,
  ].filter((x): x is string => Boolean(x));
  return `${title}\n${style.dim(wrapParts(facts, width))}`;
}

function overall(result: AuditResult, lang: Lang, style: Style, width: number): string {
  const levelText = style.level(result.level, LEVEL_LABELS[result.level][lang]);
  const risk =
    result.risk === null
      ? `${label("overallRisk", lang)}: — (${label("noRisk", lang)})`
      : [
          style.bold(`${label("overallRisk", lang)} ${formatNumber(result.risk, lang)}/100`),
          result.grade ? style.bold(`${label("grade", lang)} ${result.grade}`) : null,
          levelText,
          style.dim(`${label("confidence", lang)} ${formatPercent(result.confidence, lang, 0)}`),
        ]
          .filter(Boolean)
          .join("   ");
  return `${risk}\n${wrap(result.headline[lang], width)}`;
}

function factorsBlock(result: AuditResult, lang: Lang, style: Style, width: number): string {
  const titleWidth = Math.max(...result.factors.map((f) => displayWidth(f.title[lang])));
  const levelWidth = Math.max(...result.factors.map((f) => displayWidth(LEVEL_LABELS[f.level][lang])));
  const confWidth = Math.max(5, displayWidth(label("confidenceHeading", lang)));
  const fixed = displayWidth(INDENT) + titleWidth + 2 + 2 + 3 + 2 + levelWidth + 2 + confWidth;
  const barWidth = Math.max(10, Math.min(BAR_WIDTH, width - fixed));
  const riskWidth = barWidth + 2 + 3;
  const heading = [
    padEnd(label("factors", lang), displayWidth(INDENT) + titleWidth),
    padEnd(label("risk", lang), riskWidth),
    padEnd(label("level", lang), levelWidth),
    label("confidenceHeading", lang),
  ].join("  ");
  const lines = [style.bold(heading)];
  const detailIndent = INDENT + " ".repeat(titleWidth + 2);
  for (const f of result.factors) {
    const risk = f.risk === null ? "—" : formatNumber(f.risk, lang);
    const levelText = style.level(f.level, padEnd(LEVEL_LABELS[f.level][lang], levelWidth));
    const conf = f.assessed ? style.dim(formatPercent(f.confidence, lang, 0)) : "";
    const row = [
      padEnd(f.title[lang], titleWidth),
      style.level(f.level, bar(f.risk, barWidth)),
      padStart(risk, 3),
      levelText,
      conf,
    ];
    lines.push((INDENT + row.join("  ")).trimEnd());
    const signal = f.level === "watch" || f.level === "critical" ? mainSignal(f.signals) : null;
    if (signal) {
      const text = wrap(formatSignal(signal, lang, result.verdict.currency), width - displayWidth(detailIndent), "");
      lines.push(
        text
          .split("\n")
          .map((l) => style.dim(detailIndent + l))
          .join("\n"),
      );
    }
  }
  return lines.join("\n");
}

function money(value: number | null, currency: string | null, lang: Lang): string {
  return value === null ? "—" : formatMoney(value, currency, lang);
}

function moneyBlock(v: MoneyVerdict, lang: Lang, style: Style, width: number): string {
  const head = style.bold(label("money", lang));
  if (!v.assessed) {
    const lines = [head, INDENT + wrap(v.message[lang], width - 2, INDENT)];
    if (v.missing.length)
      lines.push(INDENT + wrap(`${label("wouldEnable", lang)}: ${formatMissing(v.missing, lang)}`, width - 2, INDENT));
    return lines.join("\n");
  }
  const c = v.currency;
  const perMonth = label("perMonth", lang);
  const rows: string[][] = [];
  if (v.spend !== null) {
    const period = v.periodDays
      ? ` · ${formatNumber(v.periodDays, lang)} ${plural(v.periodDays, lang, PLURALS.days)}`
      : "";
    const monthly = v.monthlySpend !== null ? ` · ${money(v.monthlySpend, c, lang)} ${perMonth}` : "";
    rows.push([label("spend", lang), `${money(v.spend, c, lang)}${period}${monthly}`]);
  }
  if (v.revenue !== null) {
    const parts = [money(v.revenue, c, lang)];
    if (v.roas !== null) parts.push(`ROAS ${formatNumber(v.roas, lang, 2)}`);
    if (v.romi !== null)
      parts.push(
        `ROMI ${formatPercent(v.romi, lang, 0)}${v.margin !== null ? ` (${label("margin", lang)} ${formatPercent(v.margin, lang, 0)})` : ""}`,
      );
    rows.push([label("revenue", lang), parts.join(" · ")]);
  }
  if (v.conversions !== null) {
    const cpa = v.cpa !== null ? ` · CPA ${money(v.cpa, c, lang)}` : "";
    rows.push([label("conversions", lang), `${formatNumber(v.conversions, lang)}${cpa}`]);
  }
  if (v.monthlyResult !== null) {
    const kind = v.monthlyResult < 0 ? "critical" : "ok";
    const word = v.monthlyResult < 0 ? label("loss", lang) : label("profit", lang);
    rows.push([label("result", lang), style.level(kind, `${money(v.monthlyResult, c, lang)} ${perMonth} (${word})`)]);
  }
  if (v.breakEvenMargin !== null && (v.margin === null || v.monthlyResult === null || v.monthlyResult < 0))
    rows.push([label("breakEvenMargin", lang), formatPercent(v.breakEvenMargin, lang, 0)]);
  if (v.monthlySavings !== null && v.monthlySavings > 0)
    rows.push([
      label("savings", lang),
      `${money(v.monthlySavings, c, lang)} ${perMonth}, ${label("savingsHow", lang)}`,
    ]);
  const labelWidth = Math.max(...rows.map((r) => displayWidth(r[0] ?? "")));
  const lines = [head];
  const valueIndent = INDENT + " ".repeat(labelWidth + 2);
  for (const [name = "", value = ""] of rows)
    lines.push(`${INDENT + padEnd(name, labelWidth)}  ${wrap(value, width - displayWidth(valueIndent), valueIndent)}`);
  if (v.savingsUnits.length) {
    const units = v.savingsUnits.map((u) => [
      u.name,
      `${u.metric.toUpperCase()} ${u.metric === "roas" ? formatNumber(u.efficiency, lang, 2) : money(u.efficiency, c, lang)}`,
      v.periodDays
        ? `${label("saves", lang)} ${money(u.savings, c, lang)} / ${formatNumber(v.periodDays, lang)} ${plural(v.periodDays, lang, PLURALS.days)}`
        : `${label("saves", lang)} ${money(u.savings, c, lang)}`,
      formatRows(u.rows, lang, 3),
    ]);
    const widest = (k: number) => Math.max(...units.map((cells) => displayWidth(cells[k] ?? "")));
    const oneLine = displayWidth(INDENT + INDENT) + [0, 1, 2, 3].reduce((sum, k) => sum + widest(k) + 2, -2) <= width;
    // Long unit names (several files prefix theirs) would squeeze the row numbers into a wrapped sliver: then each
    // unit takes two lines, its name and its figures under it.
    if (oneLine) lines.push(columnsWrapped(units, width, INDENT + INDENT));
    else
      for (const [name = "", ...figures] of units) {
        lines.push(INDENT + INDENT + wrap(name, width - 4, INDENT + INDENT));
        lines.push(
          INDENT + INDENT + INDENT + wrapParts(figures, width - 6, " · ").replace(/\n/g, `\n${INDENT.repeat(3)}`),
        );
      }
  }
  lines.push(INDENT + wrap(v.message[lang], width - 2, INDENT));
  return lines.join("\n");
}

function factorTitle(result: AuditResult, id: FactorResult["id"], lang: Lang): string {
  return result.factors.find((f) => f.id === id)?.title[lang] ?? id;
}

function findingsBlock(result: AuditResult, lang: Lang, style: Style, width: number, max: number): string {
  const head = style.bold(label("findings", lang));
  if (result.findings.length === 0) return `${head}\n${INDENT}${label("noFindings", lang)}`;
  const shown = result.findings.slice(0, max);
  const severityWidth = Math.max(...shown.map((f) => displayWidth(LEVEL_LABELS[f.severity][lang])));
  const indent = `${INDENT}    `;
  const textWidth = width - displayWidth(indent);
  const lines = [head];
  shown.forEach((f, i) => {
    const number = padStart(`${i + 1}.`, 3);
    const severity = style.level(f.severity, padEnd(LEVEL_LABELS[f.severity][lang], severityWidth));
    lines.push(`${INDENT}${number} ${severity}  ${style.bold(factorTitle(result, f.factor, lang))}`);
    lines.push(indent + wrap(f.message[lang], textWidth, indent));
    const where = [f.source, formatRows(f.rows, lang)].filter(Boolean).join(", ");
    if (where) lines.push(style.dim(indent + wrap(where, textWidth, indent)));
  });
  if (result.findings.length > max)
    lines.push(style.dim(`${INDENT}… ${label("more", lang, { n: result.findings.length - max })} (--format json)`));
  return lines.join("\n");
}

function fixFirstBlock(result: AuditResult, lang: Lang, style: Style, width: number): string {
  const factors = fixFirst(result);
  if (factors.length === 0) return "";
  const indent = `${INDENT}   `;
  const lines = [style.bold(label("fixFirst", lang))];
  factors.forEach((f, i) => {
    lines.push(`${INDENT}${i + 1}. ${style.level(f.level, f.title[lang])}`);
    lines.push(indent + wrap(f.recommendation[lang], width - displayWidth(indent), indent));
  });
  return lines.join("\n");
}

function notAssessedBlock(result: AuditResult, lang: Lang, style: Style, width: number): string {
  const missing = result.factors.filter((f) => !f.assessed);
  if (missing.length === 0) return "";
  const indent = INDENT + INDENT;
  const lines = [style.bold(label("notAssessed", lang))];
  for (const f of missing) {
    lines.push(INDENT + f.title[lang]);
    lines.push(indent + wrap(notAssessedText(f, lang), width - displayWidth(indent), indent));
  }
  return lines.join("\n");
}

function warningsBlock(result: AuditResult, lang: Lang, style: Style, width: number): string {
  const lines: string[] = [];
  for (const w of result.warnings) lines.push(`${INDENT}- ${wrap(w[lang], width - 4, `${INDENT}  `)}`);
  const unreadable = result.diagnostics.filter((d) => d.severity === "error").length;
  if (unreadable > 0)
    lines.push(
      `${INDENT}- ${label("unreadableCells", lang, { n: formatNumber(unreadable, lang), cells: plural(unreadable, lang, PLURALS.cells) })}`,
    );
  if (lines.length === 0) return "";
  return [style.bold(label("warnings", lang)), ...lines].join("\n");
}
