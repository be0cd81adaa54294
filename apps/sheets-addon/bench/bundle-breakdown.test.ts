/** The size breakdown assigns inputs to areas and splits a bundle's bytes into code, Latin text and Russian text. */
import type { Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { areaOf, breakdown } from "./bundle-breakdown";

describe("areaOf", () => {
  it("names core folders, the server code and dependencies (scoped ones too)", () => {
    expect(areaOf("../../packages/core/src/factors/budget.ts")).toBe("core/factors");
    expect(areaOf("src/server/report/model.ts")).toBe("add-on server");
    expect(areaOf("../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js")).toBe("zod");
    expect(areaOf("node_modules/@scope/pkg/index.js")).toBe("@scope/pkg");
  });
});

describe("breakdown", () => {
  it("sums bytes per area and counts Russian and long Latin string literals apart from code", () => {
    const metafile = {
      inputs: {},
      outputs: {
        "out.js": {
          bytes: 0,
          inputs: {
            "../../packages/core/src/factors/a.ts": { bytesInOutput: 30 },
            "../../packages/core/src/factors/b.ts": { bytesInOutput: 20 },
            "src/server/index.ts": { bytesInOutput: 5 },
          },
          imports: [],
          exports: [],
        },
      },
    } as unknown as Metafile;
    const ru = '"Риск"';
    const en = '"a sentence of more than twenty characters"';
    const code = `var a=${ru},b=${en},c="short",r=/["'\`]/;`;
    const result = breakdown(code, metafile);
    expect(result.areas).toEqual([
      { area: "core/factors", bytes: 50 },
      { area: "add-on server", bytes: 5 },
    ]);
    expect(result.russianText).toBe(Buffer.byteLength(ru));
    expect(result.latinText).toBe(en.length);
    expect(result.code).toBe(Buffer.byteLength(code) - Buffer.byteLength(ru) - en.length);
  });
});
