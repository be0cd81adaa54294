/**
 * The audit as a Markdown report (for a wiki page, a ticket or an e-mail): summary, factor table, money verdict,
 * findings with files and row numbers, what to do first, and what was not assessed. Pure: (AuditResult, lang) → string.
 */
import { type AuditResult, formatMoney, formatNumber, formatPercent, type Lang, type Level } from "@smm-risk/core";
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

const LEVEL_MARKS: Record<Level, string> = { ok: "🟢", watch: "🟡", critical: "🔴", not_assessed: "⚪" };

/** Escapes Markdown syntax in user text (campaign names, captions) so it renders literally, also inside tables. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/([\\`*_{}[\]<>|#])/g, "\\$1");
}

function levelText(level: Level, lang: Lang): string {
  return `${LEVEL_MARKS[level]} ${LEVEL_LABELS[level][lang]}`;
}

function money(value: number | null, currency: string | null, lang: Lang): string {
  return value === null ? "—" : formatMoney(value, currency, lang);
}

export function renderMarkdown(result: AuditResult, lang: Lang): string {
  const e = escapeMarkdown;
  const out: string[] = [];
  const { inputs } = result;
  out.push(`# ${label("reportTitle", lang)}`, "");

  const facts = [
    `**${label("files", lang)}:** ${
      inputs.sources
        .filter((s): s is string => s !== null)
        .map(e)
        .join(", ") || "—"
    }`,
    `**${label("rowsHeading", lang)}:** ${formatNumber(inputs.rows, lang)} (${formatKinds(inputs.kinds, lang)})`,
    inputs.period ? `**${label("period", lang)}:** ${formatPeriod(inputs.period, lang)}` : null,
    inputs.currency ? `**${label("currency", lang)}:** ${inputs.currency}` : null,
    inputs.platform ? `**${label("platform", lang)}:** ${formatPlatform(inputs.platform)}` : null,
  ].filter(Boolean);
  out.push(facts.join(" · "), "");

  if (result.risk === null) out.push(`## ${label("overallRisk", lang)}: — (${label("noRisk", lang)})`, "");
  else
    out.push(
      `## ${label("overallRisk", lang)}: ${formatNumber(result.risk, lang)}/100 · ${label("grade", lang)} ${result.grade ?? "—"} · ${levelText(result.level, lang)}`,
      "",
    );
  out.push(
    `${e(result.headline[lang])} (${label("confidence", lang)} ${formatPercent(result.confidence, lang, 0)})`,
    "",
  );

  out.push(`## ${label("factors", lang)}`, "");
  out.push(
    `| ${label("factor", lang)} | ${label("risk", lang)} | ${label("level", lang)} | ${label("confidenceHeading", lang)} | ${label("mainSignal", lang)} |`,
    "|---|---:|---|---:|---|",
  );
  for (const f of result.factors) {
    const signal = mainSignal(f.signals);
    const detail = f.assessed
      ? signal
        ? e(formatSignal(signal, lang, result.verdict.currency))
        : ""
      : `${label("wouldEnable", lang)}: ${formatMissing(f.missing, lang, 2)}`;
    out.push(
      `| ${e(f.title[lang])} | ${f.risk === null ? "—" : formatNumber(f.risk, lang)} | ${levelText(f.level, lang)} | ${f.assessed ? formatPercent(f.confidence, lang, 0) : "—"} | ${detail} |`,
    );
  }
  out.push("");

  out.push(...moneySection(result, lang));
  out.push(...findingsSection(result, lang));

  const advice = fixFirst(result);
  if (advice.length) {
    out.push(`## ${label("fixFirst", lang)}`, "");
    for (const f of advice)
      out.push(`- **${e(f.title[lang])}** (${LEVEL_LABELS[f.level][lang]}): ${e(f.recommendation[lang])}`);
    out.push("");
  }

  const missing = result.factors.filter((f) => !f.assessed);
  if (missing.length) {
    out.push(`## ${label("notAssessed", lang)}`, "");
    for (const f of missing) out.push(`- **${e(f.title[lang])}**: ${notAssessedText(f, lang, (c) => `\`${c}\``, e)}`);
    out.push("");
  }

  const unreadable = result.diagnostics.filter((d) => d.severity === "error").length;
  if (result.warnings.length || unreadable) {
    out.push(`## ${label("warnings", lang)}`, "");
    for (const w of result.warnings) out.push(`- ${e(w[lang])}`);
    if (unreadable)
      out.push(
        `- ${label("unreadableCells", lang, { n: formatNumber(unreadable, lang), cells: plural(unreadable, lang, PLURALS.cells) })}`,
      );
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function moneySection(result: AuditResult, lang: Lang): string[] {
  const v = result.verdict;
  const e = escapeMarkdown;
  const out = [`## ${label("money", lang)}`, ""];
  if (!v.assessed) {
    out.push(e(v.message[lang]));
    if (v.missing.length) out.push("", `${label("wouldEnable", lang)}: ${formatMissing(v.missing, lang)}`);
    out.push("");
    return out;
  }
  const c = v.currency;
  const perMonth = label("perMonth", lang);
  const rows: [string, string][] = [];
  if (v.spend !== null)
    rows.push([
      label("spend", lang),
      `${money(v.spend, c, lang)}${v.periodDays ? ` · ${formatNumber(v.periodDays, lang)} ${plural(v.periodDays, lang, PLURALS.days)}` : ""}${v.monthlySpend !== null ? ` · ${money(v.monthlySpend, c, lang)} ${perMonth}` : ""}`,
    ]);
  if (v.revenue !== null) rows.push([label("revenue", lang), money(v.revenue, c, lang)]);
  if (v.roas !== null) rows.push(["ROAS", formatNumber(v.roas, lang, 2)]);
  if (v.romi !== null)
    rows.push([
      "ROMI",
      `${formatPercent(v.romi, lang, 0)}${v.margin !== null ? ` (${label("margin", lang)} ${formatPercent(v.margin, lang, 0)})` : ""}`,
    ]);
  if (v.conversions !== null) rows.push([label("conversions", lang), formatNumber(v.conversions, lang)]);
  if (v.cpa !== null) rows.push(["CPA", money(v.cpa, c, lang)]);
  if (v.monthlyResult !== null)
    rows.push([
      label("result", lang),
      `**${money(v.monthlyResult, c, lang)} ${perMonth}** (${v.monthlyResult < 0 ? label("loss", lang) : label("profit", lang)})`,
    ]);
  if (v.breakEvenMargin !== null)
    rows.push([label("breakEvenMargin", lang), formatPercent(v.breakEvenMargin, lang, 0)]);
  if (v.monthlySavings !== null && v.monthlySavings > 0)
    rows.push([
      label("savings", lang),
      `${money(v.monthlySavings, c, lang)} ${perMonth}, ${label("savingsHow", lang)}`,
    ]);
  out.push("| | |", "|---|---|", ...rows.map(([k, val]) => `| ${k} | ${val} |`), "");
  if (v.savingsUnits.length) {
    out.push(
      `| ${label("unit", lang)} | ${label("spend", lang)} | CPA / ROAS | ${label("savesHeading", lang)} | ${label("rowsHeading", lang)} |`,
    );
    out.push("|---|---:|---:|---:|---|");
    for (const u of v.savingsUnits)
      out.push(
        `| ${e(u.name)} | ${money(u.spend, c, lang)} | ${u.metric.toUpperCase()} ${u.metric === "roas" ? formatNumber(u.efficiency, lang, 2) : money(u.efficiency, c, lang)} | ${money(u.savings, c, lang)} | ${u.rows.join(", ")} |`,
      );
    out.push("");
  }
  out.push(`> ${e(v.message[lang])}`, "");
  return out;
}

function findingsSection(result: AuditResult, lang: Lang): string[] {
  const e = escapeMarkdown;
  const out = [`## ${label("findings", lang)}`, ""];
  if (result.findings.length === 0) return [...out, label("noFindings", lang), ""];
  result.findings.forEach((f, i) => {
    const title = result.factors.find((x) => x.id === f.factor)?.title[lang] ?? f.factor;
    const where = [f.source ? e(f.source) : null, formatRows(f.rows, lang, 20)].filter(Boolean).join(", ");
    out.push(
      `${i + 1}. ${LEVEL_MARKS[f.severity]} **${e(title)}**: ${e(f.message[lang])}${where ? ` _(${where})_` : ""}`,
    );
  });
  out.push("");
  return out;
}
