/**
 * Why each needs signal's thresholds sit where they do: docs-only text (the methodology pages print it), kept out
 * of needs.ts so that bundles which never print it (the Apps Script server, the playground worker) do not carry it.
 */
import type { SignalRationales } from "./rationales";

export const NEEDS_RATIONALES: SignalRationales = {
  engagement_trend: {
    en: "The audience is losing interest. Relative change from start to end of a Theil–Sen line through per-post engagement rates (outliers cannot fake it); it counts only when the Mann–Kendall test finds the trend significant (p < 0.05), otherwise it is reported as no change. −20 % is a clear loss of interest (watch), −40 % is a collapse (critical).",
    ru: "Аудитория теряет интерес. Относительное изменение от начала к концу линии Тейла–Сена по вовлечённости постов (выбросы её не подделают); учитывается, только если тест Манна–Кендалла находит тренд значимым (p < 0,05), иначе считается, что изменения нет. −20 % — явная потеря интереса (внимание), −40 % — обвал (критично).",
  },
  weak_topic_share: {
    en: "Effort goes where the audience responds least. A topic (or, without topics, a format) whose median engagement rate is at least 30 % below the median of the account's other posts is weak (compared with the rest, so a weak topic holding most posts cannot set the norm itself); over 40 % of posts in weak topics is a content plan ignoring its own data (watch), over 60 % means most of the work (critical). Topics need at least 5 posts to be judged.",
    ru: "Усилия уходят туда, где аудитория откликается меньше всего. Тема (или, без тем, формат) с медианной вовлечённостью на 30 % и более ниже медианы остальных постов аккаунта — слабая (сравнение с остальными, чтобы слабая тема с большинством постов не задавала норму сама); больше 40 % постов в слабых темах — контент-план игнорирует собственные данные (внимание), больше 60 % — основная часть работы (критично). Тема оценивается при 5 постах и более.",
  },
  negative_feedback_growth: {
    en: "Complaints, hides and unfollows rising: ×1.5 per 1000 reached (watch), doubled (critical). Halves are split by post count in time order, the rate is pooled (total negatives / total reach), and a rise counts only when a Poisson rate-ratio test finds it significant (p < 0.05).",
    ru: "Жалобы, скрытия и отписки растут: ×1,5 на 1000 охвата (внимание), вдвое (критично). Половины делятся по числу постов во времени, доля считается по сумме (весь негатив / весь охват), рост учитывается, только если тест отношения пуассоновских интенсивностей находит его значимым (p < 0,05).",
  },
};
