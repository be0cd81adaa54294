/**
 * Header rows of the three synthetic exports, spelled as real exports spell them (Meta Business Suite,
 * Meta Ads Manager, an inbox export; VK / Yandex-style Russian headers), so the table reader maps them by synonyms.
 */
import type { Lang } from "../i18n/localized";

export type PostColumn =
  | "date"
  | "format"
  | "topic"
  | "text"
  | "link"
  | "followers"
  | "impressions"
  | "reach"
  | "likes"
  | "comments"
  | "shares"
  | "saves"
  | "clicks"
  | "conversions"
  | "negative";

export type AdColumn = "date" | "campaign" | "segment" | "spend" | "impressions" | "clicks" | "conversions" | "revenue";

export type MessageColumn = "date" | "text" | "inbound" | "replied" | "response_time";

export const POST_HEADERS: Record<Lang, Record<PostColumn, string>> = {
  en: {
    date: "Date",
    format: "Post type",
    topic: "Topic",
    text: "Caption",
    link: "Link",
    followers: "Followers",
    impressions: "Impressions",
    reach: "Reach",
    likes: "Likes",
    comments: "Comments",
    shares: "Shares",
    saves: "Saves",
    clicks: "Link clicks",
    conversions: "Conversions",
    negative: "Hides",
  },
  ru: {
    date: "Дата",
    format: "Формат",
    topic: "Рубрика",
    text: "Текст",
    link: "Ссылка",
    followers: "Подписчики",
    impressions: "Показы",
    reach: "Охват",
    likes: "Лайки",
    comments: "Комментарии",
    shares: "Репосты",
    saves: "Сохранения",
    clicks: "Клики",
    conversions: "Конверсии",
    negative: "Скрытия",
  },
};

export const AD_HEADERS: Record<Lang, Record<AdColumn, string>> = {
  en: {
    date: "Date",
    campaign: "Campaign name",
    segment: "Ad set name",
    spend: "Amount spent (USD)",
    impressions: "Impressions",
    clicks: "Link clicks",
    conversions: "Purchases",
    revenue: "Purchases conversion value",
  },
  ru: {
    date: "Дата",
    campaign: "Кампания",
    segment: "Сегмент",
    spend: "Расход (руб.)",
    impressions: "Показы",
    clicks: "Клики",
    conversions: "Покупки",
    revenue: "Доход",
  },
};

export const MESSAGE_HEADERS: Record<Lang, Record<MessageColumn, string>> = {
  en: {
    date: "Date",
    text: "Message",
    inbound: "Inbound",
    replied: "Replied",
    response_time: "Response time (minutes)",
  },
  ru: {
    date: "Дата",
    text: "Сообщение",
    inbound: "Входящее",
    replied: "Ответили",
    response_time: "Время ответа (мин)",
  },
};

/** Yes/no as the exports write it. */
export const YES_NO: Record<Lang, { yes: string; no: string }> = {
  en: { yes: "Yes", no: "No" },
  ru: { yes: "Да", no: "Нет" },
};
