/**
 * Why each cadence signal's thresholds sit where they do: docs-only text (the methodology pages print it), kept out
 * of cadence.ts so that bundles which never print it (the Apps Script server, the playground worker) do not carry it.
 */
import type { SignalRationales } from "./rationales";

export const CADENCE_RATIONALES: SignalRationales = {
  longest_gap_days: {
    en: "Audiences and feed ranking forget a silent page: feeds favour recent, consistent activity, so after two weeks without a post the page drops out of followers' feeds, and three weeks is a full lapse (METHODOLOGY starting thresholds).",
    ru: "Аудитория и алгоритмы ленты забывают молчащую страницу: ленты поднимают свежую и регулярную активность, поэтому после двух недель без постов страница выпадает из лент подписчиков, а три недели — полный перерыв (стартовые пороги METHODOLOGY).",
  },
  gap_variation: {
    en: "Coefficient of variation (SD / mean) of the days between consecutive posting days. A steady rhythm is near 0, random posting is about 1, above 1.5 the account alternates bursts and silences. Measured between posting days so that several posts a day (normal on X) are not mistaken for irregularity.",
    ru: "Коэффициент вариации (СКО / среднее) числа дней между соседними днями публикаций. Ровный ритм — около 0, случайный — около 1, выше 1,5 аккаунт чередует всплески и тишину. Считается между днями публикаций, чтобы несколько постов в день (норма для X) не выглядели нерегулярностью.",
  },
  empty_week_share: {
    en: "Share of 7-day blocks between the first and the last post with no post at all. One silent week in four means the audience regularly hears nothing; every other week is a page that is not being run (METHODOLOGY starting thresholds).",
    ru: "Доля 7-дневных отрезков между первым и последним постом без единого поста. Одна пустая неделя из четырёх — аудитория регулярно ничего не слышит; каждая вторая — страницу фактически не ведут (стартовые пороги METHODOLOGY).",
  },
  posts_per_week_vs_benchmark: {
    en: "Posts per week divided by the median brand's rate on the same platform (Rival IQ 2023: Instagram about 4.5, Facebook 5.0, X 3.9). Half the typical rate leaves the page under-represented in feeds; a quarter is about one post a week, too rare to build a habit.",
    ru: "Постов в неделю, делённое на медианный бренд той же площадки (Rival IQ 2023: Instagram около 4,5, Facebook 5,0, X 3,9). Половина типичного темпа — страница редко попадает в ленты; четверть — около поста в неделю, слишком редко, чтобы возникла привычка.",
  },
  weak_slot_share: {
    en: "Slots (weekday × hour, widened to 3 h, 6 h or whole days when posts are sparse) with at least 3 posts are ranked by their median interactions per post; the bottom third, if at least 20 % below the typical slot, are weak. By chance about a third of posts land there; over half means the schedule ignores when this account's own audience responds. Needs 30 posts with an engagement measure.",
    ru: "Слоты (день недели × час; при редких постах — 3 ч, 6 ч или целый день) с не менее чем 3 постами упорядочены по медиане взаимодействий на пост; нижняя треть, если она хотя бы на 20 % ниже типичного слота, — слабые. Случайно туда попадает около трети постов; больше половины — расписание не учитывает, когда отвечает собственная аудитория аккаунта. Нужно 30 постов с метрикой вовлечённости.",
  },
};
