import { readFileSync } from "node:fs";
import { SHARED, sharedDataFile } from "@smm-risk/testkit";
import { describe, expect, it } from "vitest";
import { delimiterName, parseDelimited } from "./parse";

describe("parseDelimited: delimiters", () => {
  it("sniffs a comma", () => {
    const r = parseDelimited("a,b,c\n1,2,3\n4,5,6");
    expect(r.delimiter).toBe(",");
    expect(r.rows).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
      ["4", "5", "6"],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it("sniffs a semicolon even when the numbers use decimal commas", () => {
    const r = parseDelimited("Дата;Охват;Расход, ₽\n01.02.2024;1 200;350,50\n02.02.2024;980;410,00\n");
    expect(r.delimiter).toBe(";");
    expect(r.rows).toEqual([
      ["Дата", "Охват", "Расход, ₽"],
      ["01.02.2024", "1 200", "350,50"],
      ["02.02.2024", "980", "410,00"],
    ]);
  });

  it("sniffs a tab (TSV)", () => {
    const r = parseDelimited("date\treach\tlikes\n2024-01-01\t1,200\t30\n2024-01-02\t900\t12\n");
    expect(r.delimiter).toBe("\t");
    expect(r.rows[1]).toEqual(["2024-01-01", "1,200", "30"]);
  });

  it("sniffs a vertical bar", () => {
    const r = parseDelimited("date|reach\n2024-01-01|5\n2024-01-02|7");
    expect(r.delimiter).toBe("|");
    expect(r.rows).toHaveLength(3);
  });

  it("uses a forced delimiter", () => {
    const r = parseDelimited("a;b,c\n1;2,3", { delimiter: "," });
    expect(r.delimiter).toBe(",");
    expect(r.rows[0]).toEqual(["a;b", "c"]);
  });

  it("rejects a delimiter longer than one character", () => {
    expect(() => parseDelimited("a,b", { delimiter: ",," })).toThrow(/one character/);
  });

  it("warns and reads one column when no delimiter fits", () => {
    const r = parseDelimited("just text\nmore text\n");
    expect(r.rows).toEqual([["just text"], ["more text"]]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.row).toBeNull();
    expect(r.warnings[0]).toMatch(/one column/);
    expect(r.problems[0]?.message.ru).toMatch(/один столбец/);
  });

  it("names delimiters in both languages", () => {
    expect(delimiterName(";")).toEqual({ en: "semicolon", ru: "точка с запятой" });
    expect(delimiterName("\t").en).toBe("tab");
  });
});

describe("parseDelimited: Excel sep= line and BOM", () => {
  it("honours and drops a leading sep=; line", () => {
    const r = parseDelimited("sep=;\nDate;Reach\n1.08.2019;35820\n");
    expect(r.delimiter).toBe(";");
    expect(r.rows).toEqual([
      ["Date", "Reach"],
      ["1.08.2019", "35820"],
    ]);
  });

  it("honours sep= even where sniffing would pick another delimiter", () => {
    const r = parseDelimited("sep=|\r\na,b|c\r\n1,2|3");
    expect(r.delimiter).toBe("|");
    expect(r.rows).toEqual([
      ["a,b", "c"],
      ["1,2", "3"],
    ]);
  });

  it("handles a BOM before the sep= line, and a quoted sep line", () => {
    const r = parseDelimited('\ufeff"sep=,"\r\nx,y\r\n1,2');
    expect(r.delimiter).toBe(",");
    expect(r.rows).toEqual([
      ["x", "y"],
      ["1", "2"],
    ]);
  });

  it("strips a BOM so the first header is clean", () => {
    const r = parseDelimited("\ufeffdate,reach\n2024-01-01,5");
    expect(r.rows[0]?.[0]).toBe("date");
  });

  it("an explicit delimiter option wins over the sep= line, which is still dropped", () => {
    const r = parseDelimited("sep=;\na,b\n1,2", { delimiter: "," });
    expect(r.rows).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("does not treat a header named 'sep=…' in the middle of text as a sep line", () => {
    const r = parseDelimited("a,b\nsep=;,2");
    expect(r.rows).toEqual([
      ["a", "b"],
      ["sep=;", "2"],
    ]);
  });
});

describe("parseDelimited: records", () => {
  it("keeps quoted multi-line fields with emoji and doubled quotes in one cell", () => {
    const text = 'id,text,likes\n1,"Line one 🎉\nline two, with ""quotes""",5\n2,"plain",3';
    const r = parseDelimited(text);
    expect(r.rows).toEqual([
      ["id", "text", "likes"],
      ["1", 'Line one 🎉\nline two, with "quotes"', "5"],
      ["2", "plain", "3"],
    ]);
  });

  it("reads a file without a final newline", () => {
    expect(parseDelimited("a,b\n1,2").rows).toHaveLength(2);
  });

  it("does not turn a trailing newline or trailing blank lines into rows", () => {
    expect(parseDelimited("a,b\n1,2\n").rows).toHaveLength(2);
    expect(parseDelimited("a,b\r\n1,2\r\n\r\n\r\n").rows).toHaveLength(2);
  });

  it("keeps blank lines inside the file so row numbers match a spreadsheet", () => {
    const r = parseDelimited("a,b\n\n1,2\n");
    expect(r.rows).toEqual([["a", "b"], [""], ["1", "2"]]);
  });

  it("handles CRLF and lone CR line endings", () => {
    expect(parseDelimited("a,b\r\n1,2\r\n3,4").rows).toHaveLength(3);
    expect(parseDelimited("a,b\r1,2\r3,4").rows).toHaveLength(3);
  });

  it("returns no rows for empty or whitespace-only-lines text", () => {
    expect(parseDelimited("").rows).toEqual([]);
    expect(parseDelimited("\n\n").rows).toEqual([]);
  });

  it("warns with the row number about an unclosed quote", () => {
    const r = parseDelimited('a,b\n1,2\n3,"never closed\n4,5');
    expect(r.rows[2]?.[0]).toBe("3");
    const quote = r.problems.find((p) => /never closed/.test(p.message.en));
    expect(quote?.row).toBe(3);
    expect(quote?.message.ru).toMatch(/Строка 3/);
  });

  it("keeps ragged rows as they are (the reader decides)", () => {
    const r = parseDelimited("a,b,c\n1,2\n3,4,5,6\n7,8,9");
    expect(r.delimiter).toBe(",");
    expect(r.rows.map((row) => row.length)).toEqual([3, 2, 4, 3]);
  });
});

const abTest = sharedDataFile(SHARED.abTest, "csv: real exports");
describe.skipIf(abTest === null)("parseDelimited on the A/B test campaign export", () => {
  const r = parseDelimited(abTest ? readFileSync(abTest, "utf8") : "");
  it("picks the semicolon and reads 30 days + header, 10 fields each", () => {
    expect(r.delimiter).toBe(";");
    expect(r.rows).toHaveLength(31);
    expect(new Set(r.rows.map((row) => row.length))).toEqual(new Set([10]));
    expect(r.rows[0]?.[2]).toBe("Spend [USD]");
    expect(r.rows[1]?.slice(0, 3)).toEqual(["Test Campaign", "1.08.2019", "3008"]);
    expect(r.warnings).toEqual([]);
  });
});

for (const [name, rel] of [
  ["November 2019", SHARED.xNov2019],
  ["March 2020", SHARED.xMar2020],
] as const) {
  const path = sharedDataFile(rel, "csv: real exports");
  describe.skipIf(path === null)(`parseDelimited on the X analytics export (${name})`, () => {
    const text = path ? readFileSync(path, "utf8") : "";
    const r = parseDelimited(text);
    it("picks the comma and gives every record the 40 header fields", () => {
      expect(r.delimiter).toBe(",");
      expect(r.rows[0]).toHaveLength(40);
      expect(r.rows[0]?.slice(0, 4)).toEqual(["Tweet id", "Tweet permalink", "Tweet text", "time"]);
      for (const row of r.rows) expect(row).toHaveLength(40);
      expect(r.warnings).toEqual([]);
    });
    it("keeps multi-line tweet texts in one cell and ids as exact 19-digit strings", () => {
      const multiLine = r.rows.filter((row) => row[2]?.includes("\n"));
      expect(multiLine.length).toBeGreaterThan(0);
      for (const row of r.rows.slice(1)) expect(row[0]).toMatch(/^\d{18,19}$/);
      // A record count below the physical line count proves line breaks stayed inside fields.
      expect(r.rows.length).toBeLessThan(text.split("\n").length);
    });
  });
}
