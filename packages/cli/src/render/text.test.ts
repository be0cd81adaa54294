import { describe, expect, it } from "vitest";
import {
  bar,
  COLOUR,
  chooseStyle,
  columns,
  columnsWrapped,
  displayWidth,
  PLAIN,
  truncate,
  wrap,
  wrapParts,
} from "./text";

describe("text layout", () => {
  it("measures display width: ANSI ignored, Cyrillic 1, CJK and emoji 2", () => {
    expect(displayWidth("Охват")).toBe(5);
    expect(displayWidth("\u001b[31mred\u001b[39m")).toBe(3);
    expect(displayWidth("🎉a")).toBe(3);
    expect(displayWidth("日本")).toBe(4);
  });

  it("wraps words to the width and indents continuation lines", () => {
    expect(wrap("one two three four", 9, "  ")).toBe("one two\n  three\n  four");
    expect(wrap("averyveryverylongword x", 5)).toBe("averyveryverylongword\nx");
    expect(wrap("spend 17\u00a0929\u00a0$ today", 10)).toBe("spend\n17\u00a0929\u00a0$\ntoday");
  });

  it("breaks parts only between them", () => {
    expect(wrapParts(["aaa bbb", "ccc", "ddd eee"], 13)).toBe("aaa bbb · ccc\nddd eee");
  });

  it("aligns columns and wraps the last one", () => {
    expect(
      columns(
        [
          ["a", "bb", "c"],
          ["ddd", "e", "f"],
        ],
        "  ",
      ),
    ).toBe("  a    bb  c\n  ddd  e   f");
    expect(columnsWrapped([["x", "one two three"]], 20, "")).toBe("x  one two three");
    expect(columnsWrapped([["x", "one two three four five"]], 16, "")).toBe("x  one two three\n   four five");
  });

  it("truncates with an ellipsis and flattens line breaks", () => {
    expect(truncate("line one\nline two", 30)).toBe("line one line two");
    expect(truncate("abcdefghij", 5)).toBe("abcd…");
  });

  it("draws bars from 0 to 100 and a dotted bar when not assessed", () => {
    expect(bar(0, 10)).toBe("░".repeat(10));
    expect(bar(55, 10)).toBe("██████░░░░");
    expect(bar(100, 10)).toBe("█".repeat(10));
    expect(bar(null, 4)).toBe("····");
  });

  it("colours only a TTY without NO_COLOR or a dumb terminal", () => {
    expect(chooseStyle(false, {})).toBe(PLAIN);
    expect(chooseStyle(true, {})).toBe(COLOUR);
    expect(chooseStyle(true, { NO_COLOR: "1" })).toBe(PLAIN);
    expect(chooseStyle(true, { NO_COLOR: "" })).toBe(COLOUR);
    expect(chooseStyle(true, { TERM: "dumb" })).toBe(PLAIN);
  });
});
