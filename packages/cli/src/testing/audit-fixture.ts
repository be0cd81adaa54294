/**
 * A hand-made, realistic AuditResult (three files, eight factors, two not assessed, a losing money verdict)
 * for renderer tests that must not depend on the audit engine's current numbers. Test-only.
 */
import type { AuditOptions, AuditResult, FactorResult, SignalResult } from "@smm-risk/core";

const options: AuditOptions = {
  platform: "instagram",
  currency: "RUB",
  margin: 0.3,
  targetCpa: null,
  averageOrderValue: null,
  lang: "en",
  benchmark: "rival-iq-2023",
  thresholds: {},
  mapping: {},
};

function signal(partial: Partial<SignalResult> & Pick<SignalResult, "id" | "title" | "unit" | "value">): SignalResult {
  return {
    direction: "higher_is_worse",
    watch: 0,
    critical: 0,
    level: "ok",
    risk: 0,
    confidence: 0.9,
    n: 60,
    ...partial,
  };
}

function notAssessed(
  id: FactorResult["id"],
  title: FactorResult["title"],
  missing: FactorResult["missing"],
): FactorResult {
  return {
    id,
    title,
    assessed: false,
    risk: null,
    level: "not_assessed",
    confidence: 0,
    signals: [],
    findings: [],
    recommendation: { en: "Add the missing columns.", ru: "Добавьте недостающие столбцы." },
    missing,
    reason: {
      en: `No ${missing.map((s) => s.join(" + ")).join(" or ")} columns in any file.`,
      ru: `Ни в одном файле нет столбцов ${missing.map((s) => s.join(" + ")).join(" или ")}.`,
    },
  };
}

const budgetFinding = {
  factor: "budget" as const,
  severity: "critical" as const,
  message: {
    en: "62% of spend went to campaigns with ROAS below 1: “Retargeting — cold” returned 0.41 per ruble.",
    ru: "62 % расхода ушло в кампании с ROAS ниже 1: «Retargeting — cold» вернула 0,41 на рубль.",
  },
  rows: [14, 15, 19, 22, 27, 31, 40, 44],
  source: "ads.csv",
};

const segmentFinding = {
  factor: "segmentation" as const,
  severity: "critical" as const,
  message: {
    en: "Segment “45+ / interests: travel” took 58% of spend and converts 5.2× worse than “25–34 / lookalike”.",
    ru: "Сегмент «45+ / interests: travel» получил 58 % расхода и конвертирует в 5,2 раза хуже, чем «25–34 / lookalike».",
  },
  rows: [12, 16, 21],
  source: "ads.csv",
};

const gapFinding = {
  factor: "cadence" as const,
  severity: "watch" as const,
  message: {
    en: "No posts for 19 days, from 2025-02-03 to 2025-02-22.",
    ru: "19 дней без публикаций: с 2025-02-03 по 2025-02-22.",
  },
  rows: [41, 42],
  source: "posts.csv",
};

const replyFinding = {
  factor: "community" as const,
  severity: "watch" as const,
  message: {
    en: "31% of questions and complaints got no reply.",
    ru: "31 % вопросов и жалоб остались без ответа.",
  },
  rows: [3, 8, 9, 17],
  source: "comments.csv",
};

const factors: FactorResult[] = [
  {
    id: "audience",
    title: { en: "Audience", ru: "Аудитория" },
    assessed: true,
    risk: 48,
    level: "watch",
    confidence: 0.82,
    signals: [
      signal({
        id: "err_vs_benchmark",
        title: { en: "Median ERR vs benchmark", ru: "Медианный ERR к бенчмарку" },
        unit: "ratio",
        direction: "lower_is_worse",
        value: 0.42,
        watch: 0.5,
        critical: 0.25,
        level: "watch",
        risk: 48,
      }),
    ],
    findings: [],
    recommendation: {
      en: "Talk to buyers; rebuild the content plan around their questions.",
      ru: "Поговорите с покупателями; перестройте контент-план вокруг их вопросов.",
    },
    missing: [],
  },
  {
    id: "segmentation",
    title: { en: "Segmentation", ru: "Сегментация" },
    assessed: true,
    risk: 78,
    level: "critical",
    confidence: 0.74,
    signals: [
      signal({
        id: "weak_segment_spend_share",
        title: { en: "Spend on weak segments", ru: "Расход на слабые сегменты" },
        unit: "fraction",
        value: 0.58,
        watch: 0.25,
        critical: 0.5,
        level: "critical",
        risk: 78,
        n: 5,
      }),
    ],
    findings: [segmentFinding],
    recommendation: {
      en: "Move budget from the weak segments to the best one.",
      ru: "Перенесите бюджет из слабых сегментов в лучший.",
    },
    missing: [],
  },
  notAssessed("needs", { en: "Customer needs", ru: "Потребности клиентов" }, [["topic"], ["format"]]),
  notAssessed("content", { en: "Content quality", ru: "Качество контента" }, [
    ["text", "shares"],
    ["text", "saves"],
  ]),
  {
    id: "cadence",
    title: { en: "Cadence", ru: "Регулярность" },
    assessed: true,
    risk: 52,
    level: "watch",
    confidence: 0.9,
    signals: [
      signal({
        id: "longest_gap_days",
        title: { en: "Longest gap", ru: "Самый длинный перерыв" },
        unit: "days",
        value: 19,
        watch: 14,
        critical: 21,
        level: "watch",
        risk: 52,
      }),
      signal({
        id: "posts_per_week",
        title: { en: "Posts per week", ru: "Постов в неделю" },
        unit: "per_week",
        direction: "lower_is_worse",
        value: 3.1,
        watch: 2.25,
        critical: 1.125,
        risk: 20,
      }),
    ],
    findings: [gapFinding],
    recommendation: { en: "Plan posts a month ahead.", ru: "Планируйте публикации на месяц вперёд." },
    missing: [],
  },
  {
    id: "analytics",
    title: { en: "Analytics", ru: "Аналитика" },
    assessed: true,
    risk: 18,
    level: "ok",
    confidence: 0.7,
    signals: [
      signal({
        id: "utm_share",
        title: { en: "Links with UTM tags", ru: "Ссылки с UTM-метками" },
        unit: "fraction",
        direction: "lower_is_worse",
        value: 0.86,
        watch: 0.5,
        critical: 0.1,
        risk: 18,
      }),
    ],
    findings: [],
    recommendation: { en: "Keep tracking.", ru: "Продолжайте отслеживать." },
    missing: [],
  },
  {
    id: "budget",
    title: { en: "Ad budget", ru: "Рекламный бюджет" },
    assessed: true,
    risk: 84.5,
    level: "critical",
    confidence: 0.88,
    signals: [
      signal({
        id: "spend_share_roas_below_1",
        title: { en: "Spend on campaigns with ROAS < 1", ru: "Расход на кампании с ROAS < 1" },
        unit: "fraction",
        value: 0.62,
        watch: 0.2,
        critical: 0.4,
        level: "critical",
        risk: 84.5,
      }),
    ],
    findings: [budgetFinding],
    recommendation: {
      en: "Pause campaigns with ROAS below 1 and move their budget to the best ones.",
      ru: "Остановите кампании с ROAS ниже 1 и переложите их бюджет в лучшие.",
    },
    missing: [],
  },
  {
    id: "community",
    title: { en: "Community", ru: "Работа с аудиторией" },
    assessed: true,
    risk: 44,
    level: "watch",
    confidence: 0.6,
    signals: [
      signal({
        id: "reply_rate",
        title: { en: "Reply rate", ru: "Доля ответов" },
        unit: "fraction",
        direction: "lower_is_worse",
        value: 0.69,
        watch: 0.8,
        critical: 0.5,
        level: "watch",
        risk: 44,
        n: 36,
      }),
    ],
    findings: [replyFinding],
    recommendation: {
      en: "Answer every question within 4 hours.",
      ru: "Отвечайте на каждый вопрос в течение 4 часов.",
    },
    missing: [],
  },
];

export const AUDIT_FIXTURE: AuditResult = {
  risk: 71.3,
  grade: "D",
  level: "critical",
  confidence: 0.8,
  headline: {
    en: "Likely losing money: the ad budget and segmentation are critical.",
    ru: "Скорее всего, деньги теряются: рекламный бюджет и сегментация в критическом состоянии.",
  },
  factors,
  verdict: {
    assessed: true,
    message: {
      en: "At a 30% margin the ads lose money: every ruble returns 0.84 in revenue.",
      ru: "При марже 30 % реклама убыточна: каждый рубль возвращает 0,84 выручки.",
    },
    currency: "RUB",
    periodDays: 90,
    spend: 450000,
    revenue: 378000,
    conversions: 315,
    cpa: 1428.57,
    roas: 0.84,
    romi: -0.748,
    margin: 0.3,
    breakEvenMargin: 1.19,
    monthlyResult: -112200,
    monthlySpend: 150000,
    monthlySavings: 41000,
    savingsUnits: [
      {
        name: "Retargeting — cold",
        spend: 186000,
        efficiency: 3488,
        metric: "cpa",
        savings: 31000,
        rows: [14, 19, 27],
      },
      { name: "Stories — reach", spend: 64000, efficiency: 2100, metric: "cpa", savings: 10000, rows: [22, 31] },
    ],
    missing: [],
  },
  findings: [budgetFinding, segmentFinding, gapFinding, replyFinding],
  warnings: [
    {
      en: "ads.csv: 2 cells in “Spend, ₽” could not be read.",
      ru: "ads.csv: 2 ячейки в «Расход, ₽» не прочитаны.",
    },
  ],
  diagnostics: [
    {
      code: "unreadable_number",
      severity: "error",
      cell: "C18",
      row: 18,
      header: "Spend, ₽",
      field: "spend",
      value: "n/a",
      message: { en: "Not a number: “n/a”", ru: "Не число: «n/a»" },
    },
    {
      code: "unreadable_number",
      severity: "error",
      cell: "C33",
      row: 33,
      header: "Spend, ₽",
      field: "spend",
      value: "12..5",
      message: { en: "Not a number: “12..5”", ru: "Не число: «12..5»" },
    },
  ],
  inputs: {
    sources: ["posts.csv", "ads.csv", "comments.csv"],
    rows: 312,
    kinds: { post: 180, ad: 96, message: 36, unknown: 0 },
    mapping: [],
    period: { start: "2025-01-01", end: "2025-03-31", days: 90 },
    currency: "RUB",
    platform: "instagram",
  },
  options,
};
