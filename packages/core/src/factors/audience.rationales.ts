/**
 * Why each audience signal's thresholds sit where they do: docs-only text (the methodology pages print it), kept out
 * of audience.ts so that bundles which never print it (the Apps Script server, the playground worker) do not carry it.
 */
import type { SignalRationales } from "./rationales";

export const AUDIENCE_RATIONALES: SignalRationales = {
  er_vs_benchmark: {
    en: "Rival IQ / Socialinsider publish the median brand's engagement per post by followers; an account at under half of it (watch) or a quarter (critical) is talking past its audience. Compared by followers only, because published figures use that denominator and ERR by reach runs about 3–20× higher (organic reach is typically 5–30 % of followers).",
    ru: "Rival IQ и Socialinsider публикуют медианную вовлечённость поста по подписчикам; аккаунт ниже половины (внимание) или четверти (критично) этой нормы говорит мимо своей аудитории. Сравниваем только по подписчикам: опубликованные нормы считаны так, а ERR по охвату примерно в 3–20 раз выше (органический охват обычно 5–30 % подписчиков).",
  },
  engagement_action_correlation: {
    en: 'If the posts people like most are not the ones they click or buy from, the content entertains the wrong audience ("jokes without sales"). Spearman on rates per reach (or impressions), so that reach size alone cannot create the correlation; at least 20 posts.',
    ru: "Если посты, которые больше всего лайкают, не те, по которым кликают и покупают, контент развлекает не ту аудиторию («шутки без продаж»). Спирмен по долям от охвата (или показов), чтобы размер охвата сам по себе не создавал связь; не меньше 20 постов.",
  },
  follower_growth_without_reach: {
    en: "Real followers see and engage with posts, so reach grows with them. Followers +30 % with reach flat (watch) or +60 % with reach falling (critical) points to bought, bot or giveaway followers: a bigger number, the same audience. Both trends are robust Theil–Sen lines over the period.",
    ru: "Настоящие подписчики видят посты, и охват растёт вместе с ними. Подписчики +30 % при неизменном охвате (внимание) или +60 % при падающем (критично) указывают на купленных, ботов или «конкурсных» подписчиков: цифра больше, аудитория та же. Оба тренда — устойчивые линии Тейла–Сена за период.",
  },
};
