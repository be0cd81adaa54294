/**
 * Header normalisation: reduces a header as an export spells it to a comparison key, and pulls out what the
 * suffixes say: the currency ("Amount spent (USD)", "Расход, ₽") and the unit ("Время ответа, ч", "CTR (%)").
 * Case, punctuation, `#`, "ё", leading "number of"/"# of" and time-zone tags never matter for matching.
 */

export type HeaderUnit = "hours" | "minutes" | "seconds" | "days" | "percent";

export interface NormalisedHeader {
  /** Lower-case words joined by single spaces, suffixes removed: "Amount spent (USD)" → "amount spent". */
  key: string;
  /** ISO 4217 code named in the header, or null. */
  currency: string | null;
  /** Unit named by a trailing word or a "%" sign, or null. */
  unit: HeaderUnit | null;
}

/** Currency words and symbols → ISO 4217 code. Words are matched as whole tokens. */
export const CURRENCY_TOKENS: Readonly<Record<string, string>> = {
  usd: "USD",
  $: "USD",
  us$: "USD",
  долл: "USD",
  eur: "EUR",
  "€": "EUR",
  евро: "EUR",
  rub: "RUB",
  rur: "RUB",
  руб: "RUB",
  рублей: "RUB",
  рубли: "RUB",
  р: "RUB",
  "₽": "RUB",
  gbp: "GBP",
  "£": "GBP",
  uah: "UAH",
  грн: "UAH",
  "₴": "UAH",
  kzt: "KZT",
  тенге: "KZT",
  "₸": "KZT",
  byn: "BYN",
  cny: "CNY",
  "¥": "CNY",
  inr: "INR",
  "₹": "INR",
};

/** Unit words that may end a header (only removed when something else remains). */
export const UNIT_TOKENS: Readonly<Record<string, HeaderUnit>> = {
  h: "hours",
  hr: "hours",
  hrs: "hours",
  hour: "hours",
  hours: "hours",
  ч: "hours",
  час: "hours",
  часа: "hours",
  часов: "hours",
  часы: "hours",
  min: "minutes",
  mins: "minutes",
  minute: "minutes",
  minutes: "minutes",
  мин: "minutes",
  минут: "minutes",
  минуты: "minutes",
  минута: "minutes",
  sec: "seconds",
  secs: "seconds",
  seconds: "seconds",
  сек: "seconds",
  секунд: "seconds",
  секунды: "seconds",
  days: "days",
  дней: "days",
  дни: "days",
  дн: "days",
  "%": "percent",
  percent: "percent",
  процент: "percent",
  процентов: "percent",
};

/** Time-zone tags that say nothing about the field ("Date (UTC)", "Время, МСК"). */
const ZONE_TOKENS = new Set(["utc", "gmt", "msk", "мск"]);
/** Counting words that lead a header without changing its meaning ("# of Impressions", "Number of clicks"). */
const LEADING_NOISE = [["number", "of"], ["no", "of"], ["count", "of"], ["of"]];

const SYMBOLS = "$€₽£₴₸¥₹%";

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 97 && code <= 122) || // a-z
    (code >= 0x430 && code <= 0x44f) || // а-я
    code === 0x451 || // ё
    (code >= 0xe0 && code <= 0x24f) // Latin accents
  );
}

/** Splits lower-cased text into word tokens and single-symbol tokens ($, ₽, %…); everything else separates. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    if (isWordChar(code)) {
      current += code === 0x451 ? "е" : ch;
    } else {
      if (current) tokens.push(current);
      current = "";
      if (SYMBOLS.includes(ch)) tokens.push(ch);
    }
  }
  if (current) tokens.push(current);
  return tokens;
}

/**
 * Normalises a header for matching: "Amount spent (USD)" → { key: "amount spent", currency: "USD" },
 * "# of Impressions" → "impressions", "Время ответа, ч" → { key: "время ответа", unit: "hours" },
 * "CTR (%)" → { key: "ctr", unit: "percent" }. Non-string input is converted with String(); null → "".
 */
export function normaliseHeader(header: unknown): NormalisedHeader {
  const text = header === null || header === undefined ? "" : String(header);
  let tokens = tokenize(text.toLowerCase());
  let currency: string | null = null;
  let unit: HeaderUnit | null = null;
  const kept: string[] = [];
  for (const token of tokens) {
    const code = CURRENCY_TOKENS[token];
    if (code !== undefined && (token.length > 1 || SYMBOLS.includes(token) || tokens.length > 1)) {
      currency ??= code;
      continue;
    }
    if (ZONE_TOKENS.has(token) && tokens.length > 1) continue;
    kept.push(token);
  }
  tokens = kept;
  // "ER, %" / "CTR (%)": the percent sign can sit anywhere.
  const percentAt = tokens.indexOf("%");
  if (percentAt >= 0 && tokens.length > 1) {
    unit = "percent";
    tokens.splice(percentAt, 1);
  }
  // Trailing unit words ("Время ответа, ч", "Response time (hours)").
  while (tokens.length > 1) {
    const last = tokens[tokens.length - 1] as string;
    const found = UNIT_TOKENS[last];
    if (found === undefined) break;
    unit ??= found;
    tokens.pop();
  }
  for (const noise of LEADING_NOISE) {
    if (tokens.length > noise.length && noise.every((word, i) => tokens[i] === word)) {
      tokens = tokens.slice(noise.length);
      break;
    }
  }
  return { key: tokens.join(" "), currency, unit };
}

/** True for filler headers spreadsheets and dataframes invent: "", "Column1", "Unnamed: 3", "Столбец 2". */
export function isFillerHeader(header: string): boolean {
  const t = header.trim();
  return t === "" || /^(column|col|field|unnamed|столбец|колонка|поле)[\s:_#-]*\d*$/i.test(t);
}
