/**
 * parseOptions: audit options from whatever a host has — an object, a "key=value; key=value" string (or one pair
 * per line), or a two-column Sheets range (key | value; blank rows and a "key | value" header row are skipped).
 * Keys may be written in English or Russian; a wrong key or value throws OptionsError naming it and listing what
 * is allowed. Threshold keys are checked against the registered factors' signal ids, mappings against the fields.
 */
import { type AuditOptions, FACTOR_IDS, type FactorPlugin } from "../audit/types";
import { FACTORS } from "../factors/index";
import { CANONICAL_FIELDS, type CanonicalField, isCanonicalField } from "../fields";
import { DEFAULT_OPTIONS } from "./defaults";
import { OptionsError, quote } from "./errors";
import { mappingKey, normaliseKey, OPTION_NAMES, type ScalarOption, scalarOption, thresholdKey } from "./keys";
import { parseLooseNumber } from "./number";
import { auditOptionsSchema } from "./schema";
import { benchmarkValue, currencyValue, isBlank, langValue, marginValue, moneyValue, platformValue } from "./values";

type Entry = { key: string; value: unknown };

/** Validated options from an object, a string or a 2D range; undefined, null, "" and an empty range give the defaults. */
export function parseOptions(input: unknown, plugins: readonly FactorPlugin[] = FACTORS): AuditOptions {
  const options: AuditOptions = { ...DEFAULT_OPTIONS, thresholds: {}, mapping: {} };
  for (const { key, value } of entriesOf(input)) applyEntry(options, key, value, plugins);
  checkThresholdOrder(options, plugins);
  const checked = auditOptionsSchema.safeParse(options);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const path = issue?.path.join(".") ?? "";
    throw new OptionsError(
      {
        en: `Invalid option ${path}: ${issue?.message ?? "invalid"}`,
        ru: `Неверный параметр ${path}: ${issue?.message ?? "ошибка"}`,
      },
      path || null,
    );
  }
  return options;
}

function entriesOf(input: unknown): Entry[] {
  if (input === null || input === undefined) return [];
  if (typeof input === "string") return entriesOfText(input);
  if (Array.isArray(input)) return entriesOfRange(input);
  if (typeof input === "object" && !(input instanceof Date)) return entriesOfObject(input as Record<string, unknown>);
  throw new OptionsError(
    {
      en: `Options must be an object, a "key=value; key=value" text or a two-column range (got ${quote(input)})`,
      ru: `Параметры задаются объектом, текстом "ключ=значение; ключ=значение" или диапазоном из двух столбцов (указано ${quote(input)})`,
    },
    null,
  );
}

/** "margin=0.3; currency=RUB" or one pair per line. "=" separates; ":" is accepted when there is no "=". */
function entriesOfText(text: string): Entry[] {
  return text
    .split(/[;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const at = part.includes("=") ? part.indexOf("=") : part.indexOf(":");
      if (at <= 0) {
        throw new OptionsError(
          {
            en: `Expected key=value, got ${quote(part)}. Allowed keys: ${allowedKeys()}`,
            ru: `Ожидалось ключ=значение, указано ${quote(part)}. Допустимые ключи: ${allowedKeys()}`,
          },
          part,
        );
      }
      return { key: part.slice(0, at).trim(), value: part.slice(at + 1).trim() };
    });
}

const HEADER_KEY = /^(key|option|options|name|parameter|ключ|параметр|параметры|настройка)$/i;

/** A Sheets range: two columns key | value; one column of "key=value" texts or a single text cell also work. */
function entriesOfRange(rows: unknown[]): Entry[] {
  const entries: Entry[] = [];
  rows.forEach((row, r) => {
    const cells = Array.isArray(row) ? row : [row];
    const key = cells[0];
    const value = cells[1];
    if (isBlank(key) && isBlank(value)) return;
    if (isBlank(key)) {
      throw new OptionsError(
        {
          en: `Options row ${r + 1} has a value but no key (got ${quote(value)}). Allowed keys: ${allowedKeys()}`,
          ru: `В строке параметров ${r + 1} есть значение, но нет ключа (указано ${quote(value)}). Допустимые ключи: ${allowedKeys()}`,
        },
        null,
      );
    }
    const keyText = String(key).trim();
    if (r === 0 && HEADER_KEY.test(keyText)) return;
    if (cells.length < 2 || (isBlank(value) && /[=;]/.test(keyText))) {
      entries.push(...entriesOfText(keyText));
      return;
    }
    entries.push({ key: keyText, value });
  });
  return entries;
}

function entriesOfObject(object: Record<string, unknown>): Entry[] {
  const entries: Entry[] = [];
  for (const [key, value] of Object.entries(object)) {
    const name = normaliseKey(key);
    if ((name === "thresholds" || name === "пороги") && isPlainObject(value)) {
      for (const [signal, levels] of Object.entries(value)) {
        if (!isPlainObject(levels)) {
          throw new OptionsError(
            {
              en: `thresholds.${signal} must be an object like { watch: 10, critical: 20 } (got ${quote(levels)})`,
              ru: `thresholds.${signal} должен быть объектом вида { watch: 10, critical: 20 } (указано ${quote(levels)})`,
            },
            `thresholds.${signal}`,
          );
        }
        for (const [level, v] of Object.entries(levels)) entries.push({ key: `${signal}.${level}`, value: v });
      }
    } else if ((name === "mapping" || name === "map") && isPlainObject(value)) {
      for (const [field, v] of Object.entries(value)) entries.push({ key: `map.${field}`, value: v });
    } else {
      entries.push({ key, value });
    }
  }
  return entries;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function allowedKeys(): string {
  return `${OPTION_NAMES.filter((n) => n !== "thresholds" && n !== "mapping").join(", ")}, <factor>.<signal>.watch|critical, map.<field>`;
}

function applyEntry(options: AuditOptions, key: string, value: unknown, plugins: readonly FactorPlugin[]): void {
  const scalar = scalarOption(key);
  if (scalar) {
    applyScalar(options, scalar, value);
    return;
  }
  const field = mappingKey(key);
  if (field !== null) {
    applyMapping(options, field, value);
    return;
  }
  const threshold = thresholdKey(key);
  if (threshold) {
    applyThreshold(options, threshold, value, plugins);
    return;
  }
  const dotted = /^([^.\s]+)\.([^.\s]+)(?:\.(.*))?$/.exec(key.trim());
  if (dotted && (FACTOR_IDS as readonly string[]).includes((dotted[1] ?? "").toLowerCase())) {
    throw new OptionsError(
      {
        en: `Threshold key ${quote(key)} must end in .watch or .critical, e.g. ${dotted[1]}.${dotted[2]}.watch=10`,
        ru: `Ключ порога ${quote(key)} должен оканчиваться на .watch или .critical, например ${dotted[1]}.${dotted[2]}.watch=10`,
      },
      key,
    );
  }
  throw new OptionsError(
    {
      en: `Unknown option ${quote(key)}. Allowed: ${allowedKeys()}`,
      ru: `Неизвестный параметр ${quote(key)}. Допустимые: ${allowedKeys()}`,
    },
    key,
  );
}

function applyScalar(options: AuditOptions, name: ScalarOption, value: unknown): void {
  switch (name) {
    case "platform":
      options.platform = platformValue(value);
      break;
    case "currency":
      options.currency = currencyValue(value);
      break;
    case "margin":
      options.margin = marginValue(value);
      break;
    case "targetCpa":
    case "averageOrderValue":
      options[name] = moneyValue(name, value);
      break;
    case "lang":
      options.lang = langValue(value);
      break;
    case "benchmark":
      options.benchmark = benchmarkValue(value, DEFAULT_OPTIONS.benchmark);
      break;
  }
}

/**
 * "map.reach=Полный охват": the column with that header becomes `reach`. A JS number is a 0-based column index
 * (for programmatic callers); "none", "-" or an empty value removes the field from the mapping.
 */
function applyMapping(options: AuditOptions, fieldText: string, value: unknown): void {
  const field = fieldText.toLowerCase();
  if (!isCanonicalField(field)) {
    throw new OptionsError(
      {
        en: `Unknown field ${quote(fieldText)} in map.${fieldText}. Allowed fields: ${CANONICAL_FIELDS.join(", ")}`,
        ru: `Неизвестное поле ${quote(fieldText)} в map.${fieldText}. Допустимые поля: ${CANONICAL_FIELDS.join(", ")}`,
      },
      `map.${fieldText}`,
    );
  }
  const key: CanonicalField = field;
  if (isBlank(value) || (typeof value === "string" && /^(none|null|-|нет)$/i.test(value.trim()))) {
    options.mapping[key] = null;
  } else if (typeof value === "number" && Number.isInteger(value) && value >= 0) {
    options.mapping[key] = value;
  } else if (typeof value === "string") {
    options.mapping[key] = value.trim();
  } else {
    throw new OptionsError(
      {
        en: `map.${field} must be a header text or a 0-based column index (got ${quote(value)})`,
        ru: `map.${field} должен быть текстом заголовка или номером столбца с 0 (указано ${quote(value)})`,
      },
      `map.${field}`,
    );
  }
}

function applyThreshold(
  options: AuditOptions,
  key: { factor: string; signal: string; level: "watch" | "critical" },
  value: unknown,
  plugins: readonly FactorPlugin[],
): void {
  const fullKey = `${key.factor}.${key.signal}.${key.level}`;
  const plugin = plugins.find((p) => p.id === key.factor);
  if (!plugin) {
    const known = plugins.map((p) => p.id).join(", ") || FACTOR_IDS.join(", ");
    throw new OptionsError(
      {
        en: `Unknown factor ${quote(key.factor)} in ${quote(fullKey)}. Allowed factors: ${known}`,
        ru: `Неизвестный фактор ${quote(key.factor)} в ${quote(fullKey)}. Допустимые факторы: ${known}`,
      },
      fullKey,
    );
  }
  const spec = plugin.signals.find((s) => s.id === key.signal);
  if (!spec) {
    const known = plugin.signals.map((s) => s.id).join(", ");
    throw new OptionsError(
      {
        en: `Unknown signal ${quote(key.signal)} of ${plugin.id}. Allowed: ${known}`,
        ru: `Неизвестный сигнал ${quote(key.signal)} фактора ${plugin.id}. Допустимые: ${known}`,
      },
      fullKey,
    );
  }
  const n = parseLooseNumber(value);
  let number = n ? (n.percent ? n.value / 100 : n.value) : Number.NaN;
  if (n && spec.unit === "fraction" && !n.percent && Math.abs(n.value) > 1) number = Number.NaN;
  if (!Number.isFinite(number)) {
    const hint = spec.unit === "fraction" ? " as a fraction or a percent, e.g. 0.25 or 25%" : "";
    throw new OptionsError(
      {
        en: `${fullKey} must be a number${hint} (got ${quote(value)}); the default is ${spec[key.level]}`,
        ru: `${fullKey} должен быть числом${hint ? " — долей или процентом, например 0,25 или 25%" : ""} (указано ${quote(value)}); по умолчанию ${spec[key.level]}`,
      },
      fullKey,
    );
  }
  const id = `${plugin.id}.${spec.id}`;
  const override = { ...(options.thresholds[id] ?? {}), [key.level]: number };
  options.thresholds[id] = override;
}

/** After all entries: an override must keep watch on the milder side of critical (with the defaults filled in). */
function checkThresholdOrder(options: AuditOptions, plugins: readonly FactorPlugin[]): void {
  for (const [id, override] of Object.entries(options.thresholds)) {
    const [factor, signal] = id.split(".");
    const spec = plugins.find((p) => p.id === factor)?.signals.find((s) => s.id === signal);
    if (!spec) continue;
    const watch = override.watch ?? spec.watch;
    const critical = override.critical ?? spec.critical;
    const higherIsWorse = spec.direction === "higher_is_worse";
    if (higherIsWorse ? watch <= critical : watch >= critical) continue;
    const side = higherIsWorse ? "at most" : "at least";
    const sideRu = higherIsWorse ? "не больше" : "не меньше";
    throw new OptionsError(
      {
        en: `${id}: watch (${watch}) must be ${side} critical (${critical}) for this signal; set both ${id}.watch and ${id}.critical`,
        ru: `${id}: watch (${watch}) должен быть ${sideRu} critical (${critical}) для этого сигнала; задайте оба: ${id}.watch и ${id}.critical`,
      },
      id,
    );
  }
}
