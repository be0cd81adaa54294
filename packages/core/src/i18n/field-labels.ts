/**
 * What each canonical field is called on screen, in English and Russian: mapping dropdowns, "add a column"
 * advice and coverage notes show these words, never the field ids (`post_id`, `response_time`).
 */
import type { CanonicalField } from "../fields";
import type { Localized } from "./localized";

export const FIELD_LABELS: Readonly<Record<CanonicalField, Localized>> = {
  date: { en: "Date", ru: "Дата" },
  platform: { en: "Platform", ru: "Платформа" },
  campaign: { en: "Campaign", ru: "Кампания" },
  segment: {
    en: "Segment (age, gender, interest, region, ad set)",
    ru: "Сегмент (возраст, пол, интересы, регион, группа)",
  },
  format: { en: "Post format", ru: "Формат публикации" },
  topic: { en: "Topic or rubric", ru: "Тема или рубрика" },
  text: { en: "Text or caption", ru: "Текст или подпись" },
  link: { en: "Outbound link", ru: "Ссылка на сайт" },
  post_id: { en: "Post id", ru: "ID публикации" },
  account: { en: "Account (page, channel, client)", ru: "Аккаунт (страница, канал, клиент)" },
  author: { en: "Author", ru: "Автор" },
  message_id: { en: "Message or comment id", ru: "ID сообщения или комментария" },
  reply_to: { en: "Reply to (parent id)", ru: "Ответ на (ID родителя)" },
  response_ids: { en: "Ids of the replies", ru: "ID ответов" },
  followers: { en: "Followers", ru: "Подписчики" },
  impressions: { en: "Impressions", ru: "Показы" },
  reach: { en: "Reach", ru: "Охват" },
  views: { en: "Views", ru: "Просмотры" },
  likes: { en: "Likes or reactions", ru: "Лайки или реакции" },
  comments: { en: "Comments", ru: "Комментарии" },
  shares: { en: "Shares or reposts", ru: "Репосты" },
  saves: { en: "Saves", ru: "Сохранения" },
  clicks: { en: "Link clicks", ru: "Клики по ссылке" },
  engagements: { en: "Engagements (total)", ru: "Вовлечения (всего)" },
  negative: { en: "Negative feedback (hides, complaints)", ru: "Негатив (скрытия, жалобы)" },
  spend: { en: "Spend", ru: "Расход" },
  conversions: { en: "Conversions", ru: "Конверсии" },
  revenue: { en: "Revenue", ru: "Выручка" },
  inbound: { en: "Incoming (yes/no)", ru: "Входящее (да/нет)" },
  replied: { en: "Replied (yes/no)", ru: "Отвечено (да/нет)" },
  replies: { en: "Brand replies", ru: "Ответы бренда" },
  response_time: { en: "Response time", ru: "Время ответа" },
};
