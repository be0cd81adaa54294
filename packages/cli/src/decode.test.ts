import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "./decode";
import { CliError } from "./errors";

const RU_CSV =
  "Дата;Охват;Расход, ₽;Лиды;Текст\n01.02.2024;1 200;350,50;4;Скидки на зимнюю коллекцию\n02.02.2024;980;410,00;2;Отвечаем на вопросы подписчиков\n";
const FR_CSV =
  "Date;Portée;Dépenses (€);Réactions;Légende\n01/02/2024;1 200;350,50;4;Café crème à Noël\n02/02/2024;980;410,00;2;Été très réussi\n";
const EN_CSV = "date,reach,likes\n2024-01-01,1200,30\n";

function bytes(text: string, encoding: string, bom = false): Uint8Array {
  const body = iconv.encode(text, encoding);
  if (!bom) return body;
  const mark = encoding === "utf8" ? [0xef, 0xbb, 0xbf] : encoding === "utf16le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(mark), body]);
}

function errorOf(fn: () => unknown): CliError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a CliError");
}

describe("decodeBytes: encodings", () => {
  it("reads plain UTF-8 (ASCII)", () => {
    expect(decodeBytes(bytes(EN_CSV, "utf8"), "a.csv")).toEqual({ text: EN_CSV, encoding: "UTF-8", bom: false });
  });

  it("reads UTF-8 Russian without a BOM", () => {
    expect(decodeBytes(bytes(RU_CSV, "utf8"), "a.csv")).toMatchObject({ text: RU_CSV, encoding: "UTF-8" });
  });

  it("strips a UTF-8 BOM", () => {
    expect(decodeBytes(bytes(RU_CSV, "utf8", true), "a.csv")).toEqual({ text: RU_CSV, encoding: "UTF-8", bom: true });
  });

  it("reads UTF-16LE with a BOM (Excel 'Unicode text')", () => {
    const tsv = RU_CSV.replaceAll(";", "\t");
    expect(decodeBytes(bytes(tsv, "utf16le", true), "a.txt")).toEqual({ text: tsv, encoding: "UTF-16LE", bom: true });
  });

  it("reads UTF-16BE with a BOM", () => {
    expect(decodeBytes(bytes(EN_CSV, "utf16be", true), "a.csv")).toMatchObject({ text: EN_CSV, encoding: "UTF-16BE" });
  });

  it("reads UTF-16LE without a BOM from its NUL pattern", () => {
    expect(decodeBytes(bytes(EN_CSV, "utf16le"), "a.csv")).toMatchObject({ text: EN_CSV, encoding: "UTF-16LE" });
  });

  it("detects Windows-1251 (Russian Excel CSV)", () => {
    expect(decodeBytes(bytes(RU_CSV.replace("₽", "руб."), "win1251"), "ru.csv")).toEqual({
      text: RU_CSV.replace("₽", "руб."),
      encoding: "windows-1251",
      bom: false,
    });
  });

  it("detects Windows-1252 (Western Excel CSV)", () => {
    expect(decodeBytes(bytes(FR_CSV, "win1252"), "fr.csv")).toEqual({
      text: FR_CSV,
      encoding: "windows-1252",
      bom: false,
    });
  });

  it("detects Windows-1251 even in a short file", () => {
    const short = "Охват;Лиды\n120;4\n";
    expect(decodeBytes(bytes(short, "win1251"), "s.csv").text).toBe(short);
  });
});

describe("decodeBytes: refusals", () => {
  it("refuses an empty file", () => {
    const error = errorOf(() => decodeBytes(new Uint8Array(), "empty.csv"));
    expect(error.text.en).toBe("empty.csv is empty");
    expect(error.text.ru).toMatch(/пуст/);
    expect(error.exitCode).toBe(1);
  });

  it("refuses a file of blank lines, even with a BOM", () => {
    expect(errorOf(() => decodeBytes(bytes("\n\r\n  \n", "utf8", true), "blank.csv")).text.en).toMatch(
      /blank.csv is empty/,
    );
  });

  it("refuses an .xlsx (zip) with advice to export as CSV", () => {
    const xlsx = Uint8Array.from([
      0x50,
      0x4b,
      0x03,
      0x04,
      0x14,
      0x00,
      0x06,
      0x00,
      ...Buffer.from("[Content_Types].xml"),
    ]);
    const error = errorOf(() => decodeBytes(xlsx, "report.xlsx"));
    expect(error.text.en).toBe("report.xlsx looks binary, not CSV/TSV text: export as CSV");
    expect(error.text.ru).toMatch(/report.xlsx.*CSV/);
  });

  it("refuses an old .xls and a PDF by their signatures", () => {
    expect(
      errorOf(() => decodeBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "r.xls")).text.en,
    ).toMatch(/looks binary/);
    expect(errorOf(() => decodeBytes(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "r.pdf")).text.en).toMatch(
      /looks binary/,
    );
  });

  it("refuses random bytes with NULs", () => {
    const noise = Uint8Array.from({ length: 512 }, (_, i) => (i * 73 + 11) % 256);
    expect(errorOf(() => decodeBytes(noise, "noise.bin")).text.en).toMatch(/noise.bin looks binary/);
  });

  it("refuses text littered with control characters", () => {
    const junk = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(errorOf(() => decodeBytes(junk, "junk.dat")).text.en).toMatch(/looks binary/);
  });
});
