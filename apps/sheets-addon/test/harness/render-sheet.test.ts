import { describe, expect, it } from "vitest";
import { createFakeWorld } from "./fakes";
import { EN_SEPARATORS, formatWithPattern, RU_SEPARATORS } from "./number-format";
import { renderSheetHtml } from "./render-sheet";

describe("formatWithPattern", () => {
  it("shows numbers the way Sheets does for the add-on's patterns", () => {
    expect(formatWithPattern(91637.861, '"$"#,##0.00', EN_SEPARATORS)).toBe("$91,637.86");
    expect(formatWithPattern(-17343.68, '"$"#,##0.00', EN_SEPARATORS)).toBe("-$17,343.68");
    expect(formatWithPattern(91637.86, '#,##0.00 "₽"', RU_SEPARATORS)).toBe("91\u00a0637,86 ₽");
    expect(formatWithPattern(-0.757, "0.0%", EN_SEPARATORS)).toBe("-75.7%");
    expect(formatWithPattern(0.59, "0%", RU_SEPARATORS)).toBe("59%");
    expect(formatWithPattern(3126, "#,##0", EN_SEPARATORS)).toBe("3,126");
    expect(formatWithPattern(0.1 + 0.2, null, EN_SEPARATORS)).toBe("0.3");
  });
});

describe("renderSheetHtml", () => {
  it("renders values, styles, widths and a chart box, escaping text", () => {
    const world = createFakeWorld({ sheets: [{ name: "S", values: [[""]] }], active: { sheet: "S", a1: "A1" } });
    const sheet = world.sheet("S");
    const range = sheet.getRange(1, 1, 2, 2);
    range.setValues([
      ["<b>x</b>", 0.5],
      ["'=1", ""],
    ]);
    range.setNumberFormats([
      ["0.###############", "0%"],
      ["0.###############", "0.###############"],
    ]);
    range.setBackgrounds([
      ["#ff0000", "#ffffff"],
      ["#ffffff", "#ffffff"],
    ]);
    sheet.setColumnWidth(1, 250);
    sheet.insertChart(sheet.newChart().setChartType("BAR").addRange(range).setPosition(1, 4, 0, 0).build());
    const html = renderSheetHtml(sheet);
    expect(html).toContain("&#60;b&#62;x&#60;/b&#62;");
    expect(html).toContain(">50%<");
    expect(html).toContain(">=1<");
    expect(html).toContain("background:#ff0000");
    expect(html).toContain('<col style="width:250px">');
    expect(html).toContain("Chart BAR · S!A1:B2");
  });
});
