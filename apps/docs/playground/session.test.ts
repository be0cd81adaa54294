/**
 * The playground engine on real data, in Node: the X/Twitter export pasted as text is parsed, mapped and audited
 * by the real core; a mapping correction changes what is assessed; formulas are evaluated; 10,000 rows stay fast.
 */
import { readSharedText, SHARED, sharedDataFile } from "@smm-risk/testkit";
import { describe, expect, it } from "vitest";
import { repeatRows } from "../test/fixtures";
import type { AuditResponse } from "./protocol";
import { SAMPLE_CAUSE, sampleFiles } from "./sample";
import { formulasFor, PlaygroundSession } from "./session";

const xPath = sharedDataFile(SHARED.xNov2019, "playground session");

function ok(response: AuditResponse): Extract<AuditResponse, { ok: true }> {
  if (!response.ok) throw new Error(`audit failed: ${response.error.en}`);
  return response;
}

describe("playground session", () => {
  it("reports a clear error for an empty request instead of crashing", () => {
    const response = new PlaygroundSession().run({
      id: 1,
      sources: [],
      options: { lang: "en", platform: null, margin: null },
    });
    expect(response.ok).toBe(false);
  });

  it("a re-run without text for an unknown source is an error that names it", () => {
    const response = new PlaygroundSession().run({
      id: 1,
      sources: [{ key: "k", name: "posts.csv", mapping: {} }],
      options: { lang: "en", platform: null, margin: null },
    });
    expect(response.ok).toBe(false);
    if (!response.ok) expect(response.error.en).toContain("posts.csv");
  });

  for (const lang of ["en", "ru"] as const) {
    it(`the ${lang} sample dataset audits as one account, finds its injected cause, and every formula evaluates`, () => {
      const files = sampleFiles(lang);
      const r = ok(
        new PlaygroundSession().run({
          id: 1,
          sources: files.map((f) => ({ key: f.name, name: f.name, text: f.text, mapping: {} })),
          options: { lang, platform: null, margin: null },
        }),
      );
      expect(r.result.factors.filter((f) => f.assessed).length).toBe(8);
      const top = [...r.result.factors].sort((a, b) => (b.risk ?? 0) - (a.risk ?? 0))[0];
      expect(top?.id).toBe(SAMPLE_CAUSE);
      expect(r.result.verdict.assessed).toBe(true);
      const first = files[0] as { name: string; text: string };
      const formulas = formulasFor({ id: 1, source: { ...first, mapping: {} }, result: r.result, lang }).formulas;
      expect(formulas.map((f) => f.name)).toEqual(
        expect.arrayContaining(["SMM_RISK", "SMM_AUDIT", "SMM_FACTOR", "SMM_ER"]),
      );
      expect(formulas.filter((f) => f.error !== null).map((f) => `${f.formula}: ${f.error}`)).toEqual([]);
      // Written the way a sheet in that locale accepts them: "," between arguments in English, ";" in Russian.
      const er = formulas.find((f) => f.name === "SMM_ER")?.formula ?? "";
      expect(er).toMatch(
        lang === "ru" ? /^=SMM_ER\([A-Z]+\d+:[A-Z]+\d+; [A-Z]+\d+:[A-Z]+\d+\)$/ : /^=SMM_ER\(\S+, \S+\)$/,
      );
      if (lang === "ru") expect(formulas.every((f) => !f.formula.replace(/"[^"]*"/g, "").includes(","))).toBe(true);
    });
  }

  describe.skipIf(xPath === null)("on the real X/Twitter export", () => {
    const text = xPath ? readSharedText(xPath) : "";
    const session = new PlaygroundSession();
    const first = () =>
      ok(
        session.run({
          id: 1,
          sources: [{ key: "x", name: "x.csv", text, mapping: {} }],
          options: { lang: "en", platform: null, margin: null },
        }),
      );

    it("maps the expected columns and audits: cadence and content assessed, budget and community not", () => {
      const r = first();
      const source = r.sources[0];
      const fields = source?.mapping.map((m) => m.field) ?? [];
      for (const f of ["date", "text", "impressions", "likes", "clicks"]) expect(fields).toContain(f);
      expect(source?.rowCount).toBeGreaterThan(20);
      const factor = (id: string) => r.result.factors.find((f) => f.id === id);
      expect(factor("cadence")?.assessed).toBe(true);
      expect(factor("content")?.assessed).toBe(true);
      expect(factor("budget")?.assessed).toBe(false);
      expect(factor("budget")?.missing.flat()).toContain("spend");
      expect(factor("community")?.assessed).toBe(false);
      expect(r.result.verdict.assessed).toBe(false);
      expect(r.result.risk).not.toBeNull();
    });

    it("evaluates catalogue formulas over the data, with A1 references", () => {
      const r = first();
      const formulas = formulasFor({
        id: 1,
        source: { name: "x.csv", text, mapping: {} },
        result: r.result,
        lang: "en",
      }).formulas;
      const risk = formulas.find((f) => f.name === "SMM_RISK");
      expect(risk?.formula).toMatch(/^=SMM_RISK\(A1:[A-Z]+\d+\)$/);
      expect(risk?.error).toBeNull();
      expect(Number(risk?.value[0]?.[0])).toBeCloseTo(r.result.risk ?? Number.NaN, 0);
      const cadence = formulas.find((f) => f.name === "SMM_CADENCE");
      expect(cadence?.formula).toMatch(/^=SMM_CADENCE\([A-Z]+\d+:[A-Z]+\d+\)$/);
      expect(cadence?.error).toBeNull();
      expect(formulas.filter((f) => f.error !== null).map((f) => `${f.formula}: ${f.error}`)).toEqual([]);
    });

    it("a mapping correction re-reads without re-parsing: dropping the date makes cadence not assessed", () => {
      const r1 = first();
      const dateColumn = r1.sources[0]?.mapping.find((m) => m.field === "date")?.index;
      expect(dateColumn).toBeDefined();
      const r2 = ok(
        session.run({
          id: 2,
          sources: [{ key: "x", name: "x.csv", mapping: { date: null } }],
          options: { lang: "ru", platform: null, margin: null },
        }),
      );
      expect(r2.sources[0]?.mapping.some((m) => m.field === "date")).toBe(false);
      expect(r2.result.factors.find((f) => f.id === "cadence")?.assessed).toBe(false);
      expect(r2.result.options.lang).toBe("ru");
    });

    it("audits 10,000 pasted rows in well under the time a user would call frozen", () => {
      const big = repeatRows(text, 10_000);
      const bigSession = new PlaygroundSession();
      const r = ok(
        bigSession.run({
          id: 1,
          sources: [{ key: "big", name: "big.csv", text: big, mapping: {} }],
          options: { lang: "en", platform: null, margin: null },
        }),
      );
      expect(r.rows).toBe(10_000);
      const formulas = formulasFor({
        id: 1,
        source: { name: "big.csv", text: big, mapping: {} },
        result: r.result,
        lang: "en",
      });
      expect(formulas.formulas.find((f) => f.name === "SMM_RISK")?.error).toBeNull();
      console.log(
        `[measure] playground engine in Node, 10,000 rows: parse ${r.timings.parseMs.toFixed(0)} ms, read ${r.timings.readMs.toFixed(0)} ms, audit ${r.timings.auditMs.toFixed(0)} ms (total ${r.timings.totalMs.toFixed(0)} ms); formulas afterwards (second worker) ${formulas.ms.toFixed(0)} ms`,
      );
      expect(r.timings.totalMs).toBeLessThan(20_000);
    });
  });
});
