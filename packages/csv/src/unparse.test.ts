import { describe, expect, it } from "vitest";
import { parseDelimited } from "./parse";
import { toDelimited } from "./unparse";

describe("toDelimited", () => {
  it("writes plain fields unquoted, with CRLF between rows and no final newline", () => {
    expect(
      toDelimited([
        ["a", "b"],
        [1, true],
      ]),
    ).toBe("a,b\r\n1,true");
  });

  it("quotes fields with delimiters, quotes and line breaks, and round-trips through parseDelimited", () => {
    const rows = [
      ["id", "text", "spend"],
      ["1", 'He said "hi", then left\nnew line 🎉', "1 200,50"],
      ["2", "", "3"],
    ];
    const text = toDelimited(rows, { delimiter: ";" });
    expect(text).toContain('"He said ""hi"", then left\nnew line 🎉"');
    expect(parseDelimited(text).rows).toEqual(rows);
    expect(parseDelimited(text).delimiter).toBe(";");
  });

  it("writes null and undefined as empty fields and keeps leading '=' text as written", () => {
    expect(toDelimited([["=SUM(A1)", null, undefined, 0]])).toBe("=SUM(A1),,,0");
  });
});
