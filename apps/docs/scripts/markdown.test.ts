/** Escaping and formatting used by the generated pages. */
import { describe, expect, it } from "vitest";
import { code, escapeText, formatValue, table } from "./markdown";

describe("markdown helpers", () => {
  it("escapes HTML, Vue interpolation, pipes and Markdown syntax", () => {
    expect(escapeText("<b>{{ x }}</b> a|b *c* `d`")).toBe(
      "&lt;b&gt;&#123;&#123; x &#125;&#125;&lt;/b&gt; a\\|b \\*c\\* \\`d\\`",
    );
    expect(escapeText("line\nbreak")).toBe("line break");
  });

  it("code spans survive backticks and pipes", () => {
    expect(code("a`b")).toBe("``a`b``");
    expect(code("x|y")).toBe("`x\\|y`");
  });

  it("tables have a header separator per column", () => {
    expect(table(["a", "b"], [["1", "2"]])).toBe("| a | b |\n| --- | --- |\n| 1 | 2 |");
  });

  it("formats thresholds in their unit and language", () => {
    expect(formatValue(0.25, "fraction", "en")).toBe("25%");
    expect(formatValue(0.25, "fraction", "ru")).toBe("25\u00a0%");
    expect(formatValue(14, "days", "en")).toBe("14 days");
    expect(formatValue(0.5, "ratio", "ru")).toBe("0,5×");
    expect(formatValue(1.5, "coefficient", "en")).toBe("1.5");
    expect(formatValue(4, "hours", "ru")).toBe("4 ч");
  });
});
