/**
 * Why each analytics signal's thresholds sit where they do: docs-only text (the methodology pages print it), kept out
 * of analytics.ts so that bundles which never print it (the Apps Script server, the playground worker) do not carry it.
 */
import type { SignalRationales } from "./rationales";

export const ANALYTICS_RATIONALES: SignalRationales = {
  untracked_key_metrics: {
    en: "The number of key metrics missing or mostly empty (under half filled) across all tables: reach (or impressions/views), clicks, conversions (or revenue). It is set to 3 when money is spent on rows that track neither clicks nor conversions, because then nobody can tell what the spend bought. One missing metric is worth a look; 3 is spend without any result measure, or an account measuring none of the three (METHODOLOGY: one missing = watch, conversions and clicks both missing while spend exists = critical).",
    ru: "Число ключевых метрик, отсутствующих или почти пустых (заполнены меньше чем наполовину) во всех таблицах: охват (или показы/просмотры), клики, конверсии (или выручка). Значение становится 3, если деньги тратятся на строки без кликов и без конверсий: никто не видит, что куплено за эти деньги. Одна пропущенная метрика заслуживает внимания; 3 — расход без какой-либо меры результата или не измеряется ни одна из трёх (METHODOLOGY: одна пропущена = внимание, нет кликов и конверсий при расходе = критично).",
  },
  utm_share: {
    en: "Share of outbound links (links to the platforms' own pages excluded) carrying utm_ parameters. Without them web analytics books the visits as generic referral or direct traffic and no sale can be traced to a post or campaign: under half tagged leaves most traffic unattributed, under a tenth means tagging is not practised (METHODOLOGY starting thresholds).",
    ru: "Доля внешних ссылок (кроме ссылок на страницы самих соцсетей) с параметрами utm_. Без них веб-аналитика записывает визиты как обычные переходы или прямой трафик, и продажу нельзя связать с постом или кампанией: меньше половины размеченных — большая часть трафика без атрибуции, меньше десятой — разметкой не пользуются (стартовые пороги METHODOLOGY).",
  },
  weak_share_change: {
    en: "Formats and topics whose median engagement (per reach when reach is tracked) is at least 30 % below the account median are weak. The value is their share of posts in the second half of the period minus the first half, in fractions (−0.10 = fell by 10 points). A team that reads its analytics cuts them: a share that does not fall by at least 5 points is 'not falling' (watch), one that grows by 5 points or more is 'rising' (critical), per METHODOLOGY.",
    ru: "Слабые форматы и темы — те, чья медианная вовлечённость (на охват, если он есть) хотя бы на 30 % ниже медианы аккаунта. Значение — их доля постов во второй половине периода минус в первой, в долях (−0,10 = упала на 10 п. п.). Команда, которая читает аналитику, их сокращает: доля, не упавшая хотя бы на 5 п. п., — «не снижается» (внимание), выросшая на 5 п. п. и больше — «растёт» (критично), по METHODOLOGY.",
  },
};
