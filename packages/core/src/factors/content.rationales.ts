/**
 * Why each content signal's thresholds sit where they do: docs-only text (the methodology pages print it), kept out
 * of content.ts so that bundles which never print it (the Apps Script server, the playground worker) do not carry it.
 */
import { SHORT_CAPTION_WORDS } from "./content";
import type { SignalRationales } from "./rationales";

export const CONTENT_RATIONALES: SignalRationales = {
  duplicate_captions: {
    en: "Copy-paste content. Captions are compared after removing links, @mentions, #hashtags, emoji, punctuation and digits; a post counts when its text is identical to an earlier one or shares at least 80 % of its distinct words (token-set Jaccard, found through an index of each caption's rarest words, not by comparing all pairs). One post in ten repeating (watch) is a template habit; one in four (critical) is recycling instead of creating.",
    ru: "Копипаст. Подписи сравниваются без ссылок, @упоминаний, #хэштегов, эмодзи, пунктуации и цифр; пост считается повтором, если текст совпадает с более ранним или делит с ним не меньше 80 % разных слов (Жаккар по множествам слов, поиск через индекс самых редких слов каждой подписи, а не перебор всех пар). Каждый десятый пост — повтор (внимание): привычка к шаблонам; каждый четвёртый (критично): переработка вместо создания.",
  },
  below_bottom_quartile: {
    en: "Most posts underperform even weak brands. The bottom quartile of brands is estimated as half the published median ER by followers (only medians are published; cross-brand rates are roughly log-normal with a spread that puts the first quartile near 0.5× the median). A healthy account has about a quarter of posts there; over 40 % (watch) or 60 % (critical) is a content problem. Only ER by followers is compared (like-for-like).",
    ru: "Большинство постов слабее даже слабых брендов. Нижний квартиль брендов оценён как половина опубликованной медианы ER по подписчикам (публикуются только медианы; распределение по брендам близко к логнормальному, и первый квартиль около 0,5× медианы). У здорового аккаунта там около четверти постов; больше 40 % (внимание) или 60 % (критично) — проблема контента. Сравнивается только ER по подписчикам.",
  },
  amplification_vs_prior: {
    en: "Nobody passes it on. Shares per reach in the second half of the period against the first (pooled: total shares / total reach, because most posts have 0 shares and a per-post median would be 0). Halved (watch) or a quarter (critical), counted only when significant (Poisson rate-ratio test, p < 0.05). With no shares or saves at all (under 1 per 10 000 reached, over at least 10 000 reached) the value is 0.",
    ru: "Контентом никто не делится. Репосты на охват во второй половине периода относительно первой (по сумме: все репосты / весь охват, потому что у большинства постов 0 репостов и медиана была бы 0). Вдвое меньше (внимание) или вчетверо (критично), учитывается только значимое падение (тест отношения пуассоновских интенсивностей, p < 0,05). Если репостов и сохранений почти нет (меньше 1 на 10 000 охвата при охвате от 10 000), значение 0.",
  },
  short_captions: {
    en: `A caption carries the message and the call to action. Fewer than ${SHORT_CAPTION_WORDS} words after removing links, hashtags, emoji and digits counts as empty. Short captions are normal for some video formats, so the bar is high: half of all posts (watch), four in five (critical).`,
    ru: `Подпись несёт сообщение и призыв к действию. Меньше ${SHORT_CAPTION_WORDS} слов без ссылок, хэштегов, эмодзи и цифр считается пустой подписью. Для части видеоформатов короткие подписи нормальны, поэтому планка высокая: половина постов (внимание), четыре из пяти (критично).`,
  },
};
