/** The audit result: gauge and headline, the eight factors as bars, the money verdict, findings, not-assessed factors. */
import type { AuditResult, FactorResult, Lang } from "@smm-risk/core";
import type { AuditSuccess } from "../../shared/messages";
import type { Actions } from "../app";
import { el } from "../dom";
import { formatMoney, formatNumber, formatPercent, LEVELS, text, UI } from "../i18n";
import { gauge } from "./gauge";

const MAX_FINDINGS_SHOWN = 30;
const MAX_ROWS_LISTED = 12;

export function resultView(audit: AuditSuccess, lang: Lang, actions: Actions): HTMLElement {
  const { result } = audit;
  return el(
    "section",
    { className: "result" },
    summary(audit, lang),
    factors(result, lang),
    verdict(result, lang),
    findings(result, lang, actions),
    notAssessed(result, lang),
  );
}

function summary(audit: AuditSuccess, lang: Lang): HTMLElement {
  const { result } = audit;
  const number = result.risk === null ? "—" : formatNumber(result.risk, lang);
  const caption = result.grade
    ? `${text(UI.grade, lang)} ${result.grade} · ${text(LEVELS[result.level], lang)}`
    : text(LEVELS[result.level], lang);
  const facts = [
    `${audit.range.sheet}!${audit.range.a1}`,
    // "строк данных: 261", not "261 строк данных": the count stays apart from the noun it would have to agree with.
    lang === "ru"
      ? `${text(UI.dataRows, lang)}: ${formatNumber(result.inputs.rows, lang)}`
      : `${formatNumber(result.inputs.rows, lang)} ${text(UI.dataRows, lang)}`,
    result.inputs.period
      ? `${result.inputs.period.start} – ${result.inputs.period.end} (${result.inputs.period.days} ${text(UI.days, lang)})`
      : null,
    `${text(UI.confidence, lang)} ${formatPercent(result.confidence, lang)}`,
  ].filter((fact): fact is string => fact !== null);
  return el(
    "div",
    { className: "summary", attrs: { "data-testid": "summary" } },
    el("h2", {}, text(UI.overall, lang)),
    gauge(result.risk, result.level, number, caption),
    el(
      "p",
      { className: `headline level-${result.level}`, attrs: { "data-testid": "headline" } },
      text(result.headline, lang),
    ),
    el("p", { className: "facts" }, facts.join(" · ")),
  );
}

function factors(result: AuditResult, lang: Lang): HTMLElement {
  return el(
    "div",
    { className: "factors", attrs: { "data-testid": "factors" } },
    el("h2", {}, text(UI.factors, lang)),
    ...result.factors.map((factor) => factorRow(factor, lang)),
  );
}

function factorRow(factor: FactorResult, lang: Lang): HTMLElement {
  const width = factor.risk === null ? 0 : Math.max(2, Math.min(100, factor.risk));
  return el(
    "div",
    {
      className: `factor level-${factor.level}`,
      attrs: { "data-factor": factor.id },
      title: text(factor.recommendation, lang),
    },
    el(
      "div",
      { className: "factor-head" },
      el("span", { className: "factor-title" }, text(factor.title, lang)),
      el(
        "span",
        { className: `chip level-${factor.level}` },
        factor.risk === null
          ? text(LEVELS[factor.level], lang)
          : `${formatNumber(factor.risk, lang)} · ${text(LEVELS[factor.level], lang)}`,
      ),
    ),
    el(
      "div",
      { className: "bar" },
      el("div", { className: `bar-fill level-${factor.level}`, attrs: { style: `width:${width}%` } }),
    ),
  );
}

function verdict(result: AuditResult, lang: Lang): HTMLElement {
  const v = result.verdict;
  const figures: [string, string][] = [];
  const money = (value: number | null) => (value === null ? null : formatMoney(value, v.currency, lang));
  const push = (label: string, value: string | null) => {
    if (value !== null) figures.push([label, value]);
  };
  push(text(UI.spend, lang), money(v.spend));
  push(text(UI.revenue, lang), money(v.revenue));
  push(text(UI.cpa, lang), money(v.cpa));
  push(text(UI.roas, lang), v.roas === null ? null : formatNumber(v.roas, lang, 2));
  push(text(UI.romi, lang), v.romi === null ? null : formatPercent(v.romi, lang));
  push(text(UI.breakEven, lang), v.breakEvenMargin === null ? null : formatPercent(v.breakEvenMargin, lang));
  push(text(UI.monthlyResult, lang), money(v.monthlyResult));
  push(text(UI.monthlySavings, lang), money(v.monthlySavings));
  return el(
    "div",
    { className: `verdict ${v.assessed ? "assessed" : "not-assessed"}`, attrs: { "data-testid": "verdict" } },
    el("h2", {}, text(UI.verdict, lang)),
    el("p", {}, text(v.message, lang)),
    figures.length === 0
      ? null
      : el(
          "dl",
          { className: "figures" },
          ...figures.flatMap(([label, value]) => [el("dt", {}, label), el("dd", {}, value)]),
        ),
  );
}

function findings(result: AuditResult, lang: Lang, actions: Actions): HTMLElement {
  const titles = new Map(result.factors.map((factor) => [factor.id, text(factor.title, lang)]));
  const items = result.findings.slice(0, MAX_FINDINGS_SHOWN).map((finding, index) => {
    const rows =
      finding.rows.slice(0, MAX_ROWS_LISTED).join(", ") +
      (finding.rows.length > MAX_ROWS_LISTED ? ` … +${finding.rows.length - MAX_ROWS_LISTED}` : "");
    const body = [
      el("span", { className: `dot level-${finding.severity}`, attrs: { "aria-hidden": "true" } }),
      el("span", { className: "finding-factor" }, titles.get(finding.factor) ?? finding.factor),
      el("span", { className: "finding-message" }, text(finding.message, lang)),
      finding.rows.length > 0 ? el("span", { className: "finding-rows" }, `${text(UI.rows, lang)} ${rows}`) : null,
    ];
    return el(
      "li",
      {},
      finding.rows.length > 0
        ? el(
            "button",
            {
              className: `finding level-${finding.severity}`,
              attrs: { type: "button", "data-finding": index },
              title: text(UI.clickToSelect, lang),
              on: { click: () => actions.selectRows(finding.rows) },
            },
            ...body,
          )
        : el("div", { className: `finding level-${finding.severity}`, attrs: { "data-finding": index } }, ...body),
    );
  });
  return el(
    "div",
    { className: "findings", attrs: { "data-testid": "findings" } },
    el("h2", {}, `${text(UI.findings, lang)} (${result.findings.length})`),
    items.length === 0 ? el("p", { className: "muted" }, text(UI.noFindings, lang)) : el("ul", {}, ...items),
  );
}

function notAssessed(result: AuditResult, lang: Lang): HTMLElement | null {
  const missing = result.factors.filter((factor) => !factor.assessed);
  if (missing.length === 0) return null;
  return el(
    "div",
    { className: "not-assessed", attrs: { "data-testid": "not-assessed" } },
    el("h2", {}, `${text(UI.notAssessed, lang)} (${missing.length})`),
    el(
      "ul",
      {},
      ...missing.map((factor) =>
        el(
          "li",
          { attrs: { "data-factor": factor.id } },
          el("strong", {}, text(factor.title, lang)),
          // The reason usually lists the same columns: show it only when there are no column sets to add.
          factor.reason && factor.missing.length === 0
            ? el("span", { className: "muted" }, ` — ${text(factor.reason, lang)}`)
            : null,
          factor.missing.length === 0
            ? null
            : el(
                "div",
                { className: "needs" },
                `${text(UI.needs, lang)} `,
                ...factor.missing.flatMap((set, i) => [
                  i > 0 ? ` ${text(UI.or, lang)} ` : null,
                  el("code", {}, set.join(" + ")),
                ]),
              ),
        ),
      ),
    ),
  );
}
