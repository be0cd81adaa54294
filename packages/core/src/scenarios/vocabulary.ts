/**
 * Words the synthetic exports are written with: a small coffee roaster's products, topics, post formats,
 * caption parts, ad campaigns and segments, and customer messages, in English and Russian.
 * List lengths are pairwise coprime (17 hooks, 13 bodies, 11 products, 7 calls to action, 19 details) so that
 * cycling through them never repeats a combination within a realistic period: captions differ like real ones do.
 */
import type { Lang } from "../i18n/localized";

export interface Product {
  slug: string;
  name: Record<Lang, string>;
}

export const PRODUCTS: readonly Product[] = [
  { slug: "ethiopia-guji", name: { en: "Ethiopia Guji", ru: "Эфиопия Гуджи" } },
  { slug: "colombia-huila", name: { en: "Colombia Huila", ru: "Колумбия Уила" } },
  { slug: "kenya-nyeri", name: { en: "Kenya Nyeri", ru: "Кения Ньери" } },
  { slug: "morning-blend", name: { en: "Morning Blend", ru: "смесь «Утро»" } },
  { slug: "decaf-brazil", name: { en: "Brazil Decaf", ru: "Бразилия без кофеина" } },
  { slug: "cold-brew-kit", name: { en: "cold brew kit", ru: "набор для колд брю" } },
  { slug: "pour-over-set", name: { en: "ceramic pour-over set", ru: "керамическая воронка" } },
  { slug: "hand-grinder", name: { en: "hand grinder", ru: "ручная кофемолка" } },
  { slug: "espresso-dark", name: { en: "Dark Espresso roast", ru: "эспрессо тёмной обжарки" } },
  { slug: "guatemala-antigua", name: { en: "Guatemala Antigua", ru: "Гватемала Антигуа" } },
  { slug: "gift-box", name: { en: "tasting gift box", ru: "подарочный дегустационный набор" } },
];

export const TOPICS: Record<Lang, readonly string[]> = {
  en: ["Brewing tips", "Behind the scenes", "Customer stories", "New arrivals", "Offers"],
  ru: ["Советы по завариванию", "Закулисье", "Истории клиентов", "Новинки", "Акции"],
};

export const FORMATS: Record<Lang, readonly string[]> = {
  en: ["Photo", "Carousel", "Reel"],
  ru: ["Фото", "Карусель", "Видео"],
};

export const HOOKS: Record<Lang, readonly string[]> = {
  en: [
    "Monday needs a better cup.",
    "Quick question: how do you take your coffee?",
    "We finally did it!",
    "Three minutes, one kettle, zero stress.",
    "Our roaster Anna has a confession.",
    "Rainy day plans sorted.",
    "This one surprised even us.",
    "Swipe to see how it is made.",
    "Tag a friend who still drinks instant.",
    "Fresh from this morning's roast.",
    "Small batch, big flavour.",
    "You asked, we listened.",
    "Weekend mood: slow mornings.",
    "A cup worth waking up for.",
    "Five years of roasting taught us this.",
    "Hot take: the grinder matters more than the machine.",
    "Meet the farmers behind your cup.",
  ],
  ru: [
    "Понедельнику нужна чашка получше.",
    "Вопрос: какой кофе вы пьёте по утрам?",
    "Мы наконец-то это сделали!",
    "Три минуты, один чайник и никакой суеты.",
    "Наш обжарщик Анна кое в чём признаётся.",
    "Планы на дождливый день готовы.",
    "Этот лот удивил даже нас.",
    "Листайте, чтобы увидеть весь процесс.",
    "Отметьте друга, который всё ещё пьёт растворимый.",
    "Свежая обжарка этого утра.",
    "Маленькая партия, большой вкус.",
    "Вы просили — мы сделали.",
    "Настроение выходных: неспешное утро.",
    "Чашка, ради которой стоит проснуться.",
    "Пять лет обжарки научили нас вот чему.",
    "Смелое мнение: кофемолка важнее кофемашины.",
    "Знакомьтесь с фермерами, которые вырастили ваш кофе.",
  ],
};

/** Body templates; {product} and {benefit} are filled in. */
export const BODIES: Record<Lang, readonly string[]> = {
  en: [
    "Our {product} is back on the shelf and it tastes {benefit}.",
    "Try the {product} as a filter brew: it comes out {benefit}.",
    "We spent two weeks dialling in the {product} so every bag tastes {benefit}.",
    "Customers keep telling us the {product} is {benefit} with a splash of oat milk.",
    "Here is how we cup the {product} before it ships, and why it ends up {benefit}.",
    "New harvest of {product} landed today, roasted light and {benefit}.",
    "If you only try one thing this month, make it the {product}, {benefit} every time.",
    "Behind every bag of {product} are six tasting sessions and notes that read {benefit}.",
    "Pair the {product} with a croissant and tell us it is not {benefit}.",
    "Grind the {product} a little coarser for French press and it turns {benefit}.",
    "A reader sent us this photo of the {product} at their cabin, {benefit} as promised.",
    "The {product} won our team blind tasting again: {benefit}, balanced and clean.",
    "Brew guide for the {product}: 15 g, 250 ml, 93 °C, and it is {benefit}.",
  ],
  ru: [
    "{product} снова в наличии, а вкус — {benefit}.",
    "Попробуйте {product} в фильтре: получается {benefit}.",
    "Две недели подбирали профиль для {product}, чтобы каждая пачка была {benefit}.",
    "Клиенты пишут, что {product} с овсяным молоком — {benefit}.",
    "Показываем, как мы капингуем {product} перед отправкой и почему вкус {benefit}.",
    "Новый урожай: {product} уже обжарен, вкус {benefit}.",
    "Если пробовать что-то одно в этом месяце, то {product}: {benefit} каждый раз.",
    "За каждой пачкой — шесть дегустаций, и {product} в заметках описан как {benefit}.",
    "Возьмите {product} к круассану и скажите, что это не {benefit}.",
    "Смелите {product} чуть крупнее для френч-пресса — выйдет {benefit}.",
    "Читательница прислала фото: {product} на даче, {benefit}, как и обещали.",
    "{product} снова выиграл слепую дегустацию команды: {benefit}, сбалансированно и чисто.",
    "Рецепт: {product}, 15 г на 250 мл, 93 °C — и вкус {benefit}.",
  ],
};

/** Lengths coprime with the other lists. */
export const BENEFITS: Record<Lang, readonly string[]> = {
  en: [
    "bright and juicy",
    "chocolatey and smooth",
    "sweet like caramel",
    "floral with a hint of bergamot",
    "nutty and comforting",
    "crisp like green apple",
    "rich without bitterness",
    "silky and round",
    "berry-forward",
    "mellow and cosy",
    "clean and tea-like",
    "full-bodied",
    "honey-sweet",
    "zesty with citrus notes",
    "deep and syrupy",
    "delicate and fragrant",
    "spiced like a winter cake",
    "soft with a long finish",
    "cocoa-rich",
  ],
  ru: [
    "яркий и сочный",
    "шоколадный и мягкий",
    "сладкий, как карамель",
    "цветочный, с нотой бергамота",
    "ореховый и уютный",
    "свежий, как зелёное яблоко",
    "насыщенный без горечи",
    "шелковистый и округлый",
    "ягодный",
    "мягкий и тёплый",
    "чистый, почти чайный",
    "плотный",
    "медовый",
    "с цитрусовой кислинкой",
    "глубокий и сиропный",
    "деликатный и ароматный",
    "пряный, как зимний кекс",
    "мягкий с долгим послевкусием",
    "какао-насыщенный",
  ],
};

export const CALLS_TO_ACTION: Record<Lang, readonly string[]> = {
  en: [
    "Link in bio.",
    "Order by Thursday for weekend delivery.",
    "Tell us in the comments what we should roast next.",
    "Save this for your next brew.",
    "Free shipping over $40 this week.",
    "Share with someone who needs a coffee today.",
    "Tap the link to grab a bag.",
  ],
  ru: [
    "Ссылка в профиле.",
    "Закажите до четверга — доставим к выходным.",
    "Напишите в комментариях, что обжарить следующим.",
    "Сохраните, чтобы не потерять рецепт.",
    "Бесплатная доставка от 3000 ₽ на этой неделе.",
    "Перешлите тому, кому сегодня нужен кофе.",
    "Переходите по ссылке и забирайте пачку.",
  ],
};

export const HASHTAGS: Record<Lang, readonly string[]> = {
  en: [
    "#specialtycoffee",
    "#coffeetime",
    "#homebarista",
    "#pourover",
    "#coffeelover",
    "#freshroast",
    "#slowmorning",
    "#brewguide",
    "#coldbrew",
    "#singleorigin",
    "#coffeeroaster",
    "#latteart",
    "#coffeebreak",
  ],
  ru: [
    "#кофе",
    "#спешелти",
    "#кофейня",
    "#альтернатива",
    "#кофеман",
    "#свежаяобжарка",
    "#утро",
    "#рецепткофе",
    "#колдбрю",
    "#моносорт",
    "#обжарка",
    "#латтеарт",
    "#кофебрейк",
  ],
};

export const CAMPAIGNS: Record<Lang, readonly string[]> = {
  en: ["Spring sale | Conversions", "Retargeting | Catalog", "Prospecting | Lookalike 1%", "New harvest launch"],
  ru: [
    "Весенняя распродажа | Конверсии",
    "Ретаргетинг | Каталог",
    "Новая аудитория | Похожие 1%",
    "Запуск нового урожая",
  ],
};

export const SEGMENTS: Record<Lang, readonly string[]> = {
  en: ["Age 18-24", "Age 25-34", "Age 35-44", "Age 45-54", "Interest: specialty coffee"],
  ru: ["Возраст 18-24", "Возраст 25-34", "Возраст 35-44", "Возраст 45-54", "Интерес: спешелти-кофе"],
};

export const CITIES: Record<Lang, readonly string[]> = {
  en: ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Brighton", "York", "Belfast", "Oxford"],
  ru: ["Казань", "Самару", "Екатеринбург", "Тверь", "Пермь", "Новосибирск", "Калининград", "Сочи", "Томск"],
};

/** Questions need a reply; {product}, {city} and {order} are filled in. Every one contains "?". */
export const QUESTIONS: Record<Lang, readonly string[]> = {
  en: [
    "Do you ship the {product} to {city}?",
    "Is the {product} back in stock?",
    "How long does delivery to {city} usually take?",
    "Can I get the {product} ground for a moka pot?",
    "What grind size do you recommend for the {product}?",
    "Do you have a subscription for the {product}?",
    "Hi! Where can I track order #{order}?",
    "Is the {product} good for espresso or only filter?",
    "Any discount codes this week?",
    "Can I pick up order #{order} in person?",
    "Is the {product} suitable as a gift? Do you wrap it?",
    "What is the roast date on the current {product} batch?",
  ],
  ru: [
    "Доставляете {product} в {city}?",
    "А {product} снова есть в наличии?",
    "Сколько идёт доставка в {city}?",
    "Можно смолоть {product} под гейзерную кофеварку?",
    "Какой помол посоветуете для {product}?",
    "Есть подписка на {product}?",
    "Здравствуйте! Где отследить заказ №{order}?",
    "{product} подойдёт для эспрессо или только для фильтра?",
    "Есть промокоды на этой неделе?",
    "Можно забрать заказ №{order} самовывозом?",
    "{product} подойдёт в подарок? Упаковываете?",
    "Какая дата обжарки у текущей партии {product}?",
  ],
};

/** Complaints need a reply too; each uses words customers really write ("damaged", "refund", "брак", "верните"). */
export const COMPLAINTS: Record<Lang, readonly string[]> = {
  en: [
    "My order #{order} arrived damaged, the bag was torn.",
    "Still waiting for order #{order}, it has been two weeks. Very disappointed.",
    "The {product} tasted stale this time, very disappointed.",
    "You charged me twice for order #{order}, I want a refund.",
    "Wrong item in order #{order}: I got the {product} instead, this is unacceptable.",
    "Courier never showed up in {city}, terrible service.",
    "My {product} is broken after a week, how do I return it?",
  ],
  ru: [
    "Заказ №{order} пришёл повреждённым, пачка порвана. Это брак.",
    "Жду заказ №{order} уже две недели. Очень разочарован.",
    "{product} в этот раз был несвежий, ужасно.",
    "С меня дважды списали деньги за заказ №{order}, верните, пожалуйста.",
    "В заказе №{order} не тот товар: пришёл {product}. Хочу возврат.",
    "Курьер так и не приехал в {city}, ужасный сервис.",
    "Кофемолка сломалась через неделю, как её вернуть?",
  ],
};

/** Praise and chatter: no reply needed. */
export const REMARKS: Record<Lang, readonly string[]> = {
  en: [
    "Love the {product}, best coffee I have had this year!",
    "Just got my {product}, the smell is amazing",
    "Thank you for the quick delivery to {city}!",
    "The {product} is my new morning ritual",
    "Beautiful photo 😍",
    "@anna_k we have to try this",
    "Been ordering from you for a year now, always perfect",
    "That latte art though 🔥",
    "Great recipe, worked perfectly with the {product}",
    "Gave the {product} to my dad, he loved it",
  ],
  ru: [
    "{product} — лучший кофе за этот год!",
    "Получил {product}, аромат потрясающий",
    "Спасибо за быструю доставку в {city}!",
    "{product} теперь мой утренний ритуал",
    "Какое красивое фото 😍",
    "@anna_k надо попробовать",
    "Заказываю у вас уже год, всегда всё идеально",
    "Вот это латте-арт 🔥",
    "Отличный рецепт, с {product} получилось идеально",
    "Подарил {product} папе, ему очень понравилось",
  ],
};

/** The brand's own messages in the inbox export (not inbound). */
export const OUTBOUND: Record<Lang, readonly string[]> = {
  en: [
    "Thanks for waiting! Your order is on its way.",
    "We have restocked the {product}: reply here to reserve a bag.",
    "Reminder: our {city} pop-up is this Saturday.",
  ],
  ru: [
    "Спасибо за ожидание! Ваш заказ уже в пути.",
    "{product} снова в наличии: ответьте, чтобы забронировать пачку.",
    "Напоминаем: в субботу открываем pop-up-магазин, приходите на дегустацию.",
  ],
};

/** Fills "{name}" placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}
