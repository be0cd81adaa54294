/**
 * The injectable failure causes: exactly one per factor id, each a concrete, documented distortion of otherwise
 * healthy data. Tests, the bench and the demo inject one to check that the audit finds it.
 */
import { FACTOR_IDS, type FactorId } from "../audit/types";
import type { Localized } from "../i18n/localized";

/** A cause is named by the factor it should raise. */
export type ScenarioCause = FactorId;

export interface ScenarioCauseSpec {
  id: ScenarioCause;
  /** The factor this cause must raise (same as id). */
  factor: FactorId;
  title: Localized;
  /** What exactly is changed in the generated data. */
  description: Localized;
}

export const SCENARIO_CAUSES: readonly ScenarioCauseSpec[] = [
  {
    id: "audience",
    factor: "audience",
    title: { en: "Bought followers", ru: "Купленные подписчики" },
    description: {
      en: "Followers jump by about 80 % in three purchased batches while median reach falls by about 30 %, and link clicks no longer follow engagement (rank correlation ≈ 0).",
      ru: "Подписчики тремя закупками вырастают примерно на 80 %, а медианный охват падает примерно на 30 %; клики по ссылкам перестают следовать за вовлечённостью (ранговая корреляция ≈ 0).",
    },
  },
  {
    id: "segmentation",
    factor: "segmentation",
    title: { en: "Spend on a segment that does not buy", ru: "Бюджет на сегмент, который не покупает" },
    description: {
      en: "In every campaign 60 % of spend goes to the 18–24 age band, whose purchase rate per click is 5× lower than the other segments'.",
      ru: "В каждой кампании 60 % расхода уходит на возраст 18–24, у которого доля покупок на клик в 5 раз ниже, чем у остальных сегментов.",
    },
  },
  {
    id: "needs",
    factor: "needs",
    title: { en: "Audience losing interest", ru: "Аудитория теряет интерес" },
    description: {
      en: "Engagement per reached person falls steadily by 50 % from the first post to the last, and hides double.",
      ru: "Вовлечённость на охваченного человека равномерно падает на 50 % от первого поста к последнему, скрытия удваиваются.",
    },
  },
  {
    id: "content",
    factor: "content",
    title: { en: "Copy-paste captions", ru: "Копипаста в подписях" },
    description: {
      en: "About 30 % of captions are copies of earlier captions (half verbatim, half with trivial edits: case, punctuation, an emoji).",
      ru: "Около 30 % подписей — копии прежних (половина дословно, половина с мелкими правками: регистр, пунктуация, эмодзи).",
    },
  },
  {
    id: "cadence",
    factor: "cadence",
    title: { en: "Irregular posting", ru: "Нерегулярный постинг" },
    description: {
      en: "A 23-day gap with no posts in the middle of the period, and bursts of 3–4 posts a day between quiet weeks.",
      ru: "Пауза в 23 дня без постов в середине периода и всплески по 3–4 поста в день между тихими неделями.",
    },
  },
  {
    id: "analytics",
    factor: "analytics",
    title: { en: "Conversions not tracked", ru: "Конверсии не отслеживаются" },
    description: {
      en: "The ad report has no link click, purchase or conversion value columns, the post export has no conversions column, and only about 5 % of links carry UTM tags.",
      ru: "В рекламном отчёте нет столбцов кликов, покупок и дохода, в выгрузке постов нет конверсий, и только около 5 % ссылок размечены UTM-метками.",
    },
  },
  {
    id: "budget",
    factor: "budget",
    title: { en: "Ads losing money", ru: "Реклама в убыток" },
    description: {
      en: "About 90 % of spend goes to campaigns with ROAS ≈ 0.4 (fewer, cheaper purchases), so the portfolio ROAS falls to about 0.8.",
      ru: "Около 90 % расхода уходит на кампании с ROAS ≈ 0,4 (меньше покупок и дешевле чек), и ROAS всего портфеля опускается примерно до 0,8.",
    },
  },
  {
    id: "community",
    factor: "community",
    title: { en: "Questions left unanswered", ru: "Вопросы без ответа" },
    description: {
      en: "Only 10 % of questions and complaints get a reply, and those replies take about 30 hours (median).",
      ru: "Ответ получают только 10 % вопросов и жалоб, и отвечают на них примерно через 30 часов (медиана).",
    },
  },
];

export function isScenarioCause(value: unknown): value is ScenarioCause {
  return typeof value === "string" && (FACTOR_IDS as readonly string[]).includes(value);
}
