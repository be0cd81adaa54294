import { describe, expect, it } from "vitest";
import {
  commentText,
  documentBundled,
  OAUTH_SCOPES,
  renderCodeJs,
  renderCustomFunction,
  renderEntryPoint,
  renderManifest,
  type StubFunction,
} from "./stubs";

const ER: StubFunction = {
  name: "SMM_ER",
  category: "metric",
  summary: { en: "Engagement rate by followers.", ru: "Вовлечённость по подписчикам." },
  args: [
    {
      name: "engagements",
      type: "column",
      optional: false,
      help: { en: "Likes + comments.", ru: "Лайки + комментарии." },
    },
    { name: "followers", type: "number", optional: true, help: { en: "Followers */ count.", ru: "Подписчики." } },
  ],
  returns: { en: "A fraction.", ru: "Доля." },
};

describe("renderCustomFunction", () => {
  it("puts the JSDoc with @param, @return and @customfunction directly above a declaration with real parameter names", () => {
    const code = renderCustomFunction(ER, "SmmRisk");
    const lines = code.split("\n");
    const declaration = lines.findIndex((line) => line.startsWith("function SMM_ER("));
    expect(lines[declaration]).toBe("function SMM_ER(engagements, followers) {");
    expect(lines[declaration - 1]).toBe(" */");
    expect(lines[declaration - 2]).toBe(" * @customfunction");
    expect(code).toContain(
      "@param {Array<Array<string|number|Date>>} engagements Likes + comments. / Лайки + комментарии.",
    );
    expect(code).toContain("@param {number} followers Optional. Followers *\\/ count.");
    expect(code).toContain('return SmmRisk.callFunction_("SMM_ER", [engagements, followers]);');
    expect(code.indexOf("*/")).toBe(code.lastIndexOf("*/"));
  });

  it("rejects names Sheets or JavaScript cannot take", () => {
    expect(() => renderCustomFunction({ ...ER, name: "smm_er" }, "SmmRisk")).toThrow(/UPPER_SNAKE/);
    expect(() => renderCustomFunction({ ...ER, args: [{ ...ER.args[0]!, name: "new" }] }, "SmmRisk")).toThrow(
      /valid parameter/,
    );
    expect(() => renderCustomFunction({ ...ER, args: [ER.args[0]!, ER.args[0]!] }, "SmmRisk")).toThrow(/duplicate/);
  });
});

describe("renderCodeJs", () => {
  it("declares @OnlyCurrentDoc and refuses two functions with one name", () => {
    const code = renderCodeJs({
      namespace: "SmmRisk",
      bundleFile: "SmmRisk.js",
      entryPoints: [{ name: "onOpen", params: ["e"], doc: "Menu." }],
      functions: [ER],
    });
    expect(code).toContain("@OnlyCurrentDoc");
    expect(code).toContain('function onOpen(e) {\n  return SmmRisk.run_("onOpen", [e]);\n}');
    expect(() =>
      renderCodeJs({
        namespace: "SmmRisk",
        bundleFile: "SmmRisk.js",
        entryPoints: [{ name: "SMM_ER", params: [], doc: "" }],
        functions: [ER],
      }),
    ).toThrow(/two top-level functions/);
  });

  it("renders entry points with their parameters", () => {
    expect(renderEntryPoint({ name: "smmAudit", params: ["request"], doc: "Sidebar */ call." }, "NS")).toBe(
      '/** Sidebar *\\/ call. */\nfunction smmAudit(request) {\n  return NS.run_("smmAudit", [request]);\n}',
    );
  });
});

describe("manifest and comments", () => {
  it("asks for exactly the two scopes on the V8 runtime", () => {
    const manifest = JSON.parse(renderManifest());
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
    expect(OAUTH_SCOPES).toHaveLength(2);
  });

  it("flattens comment text to one safe line", () => {
    expect(commentText("a\n  b */ c")).toBe("a b *\\/ c");
  });
});

describe("documentBundled", () => {
  const bundled = (args = ER.args.map(({ name, type, optional }) => ({ name, type, optional }))) => ({
    name: ER.name,
    category: ER.category,
    args,
  });

  it("returns the documentation of each bundled function, in bundle order", () => {
    expect(documentBundled([bundled()], [ER])).toEqual([ER]);
  });

  it("refuses a bundled function without documentation, and documentation of a function not in the bundle", () => {
    expect(() => documentBundled([bundled()], [])).toThrow("stubs: no documentation for SMM_ER");
    expect(() => documentBundled([], [ER])).toThrow("stubs: documented but not in the bundle: SMM_ER");
  });

  it("refuses parameters that differ between the bundle and the documentation", () => {
    expect(() =>
      documentBundled(
        [
          bundled([
            { name: "engagements", type: "column", optional: false },
            { name: "reach", type: "number", optional: true },
          ]),
        ],
        [ER],
      ),
    ).toThrow(
      "stubs: the bundle's SMM_ER (metric) takes (engagements:column, reach:number?) but its documentation (metric) describes (engagements:column, followers:number?)",
    );
  });
});
