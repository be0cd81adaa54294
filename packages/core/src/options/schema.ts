/**
 * The zod/mini schema of validated audit options: the last gate every parsed input passes through, so an
 * AuditOptions value that reaches the engine is always well-formed whatever path (object, string, range) built it.
 */
import * as z from "zod/mini";
import { PLATFORMS } from "../audit/types";
import { CANONICAL_FIELDS } from "../fields";
import { LANGS } from "../i18n/localized";

const finite = z.number().check(z.refine((n) => Number.isFinite(n), "must be a finite number"));

const thresholdOverride = z.strictObject({
  watch: z.optional(finite),
  critical: z.optional(finite),
});

export const auditOptionsSchema = z.strictObject({
  platform: z.nullable(z.enum(PLATFORMS)),
  currency: z.nullable(z.string().check(z.regex(/^[A-Z]{3}$/))),
  margin: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  targetCpa: z.nullable(z.number().check(z.gt(0))),
  averageOrderValue: z.nullable(z.number().check(z.gt(0))),
  lang: z.enum(LANGS),
  benchmark: z.string().check(z.minLength(1)),
  thresholds: z.record(z.string(), thresholdOverride),
  mapping: z.partialRecord(z.enum(CANONICAL_FIELDS), z.nullable(z.union([z.string(), z.int().check(z.gte(0))]))),
});
