import { readFileSync } from "node:fs";
import { SHARED, sharedDataFile } from "@smm-risk/testkit";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { InspectJson } from "../render/inspect";
import { run } from "../testing/run";

const RU_ADS = [
  "Кампания;Дата;Показы;Охват;Клики;Расход, руб.;Лиды",
  "Весна — ретаргетинг;01.03.2025;12 400;9 870;310;4 560,50;12",
  "Весна — ретаргетинг;02.03.2025;11 950;9 120;287;4 210,00;9",
  "Весна — холодная;01.03.2025;30 200;25 400;402;7 800,00;двенадцать",
].join("\r\n");

async function inspectJson(name: string, bytes: string | Uint8Array): Promise<InspectJson> {
  const r = await run(["inspect", name, "--format", "json"], { [name]: bytes });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as InspectJson;
}

describe("inspect on hand-made exports", () => {
  it("reads a Windows-1251 Russian CSV with ; and decimal commas, and reports the unreadable cell", async () => {
    const json = await inspectJson("ads.csv", iconv.encode(RU_ADS, "win1251"));
    expect(json.encoding).toBe("windows-1251");
    expect(json.delimiter).toBe(";");
    expect(json.rows).toBe(3);
    expect(json.fields).toMatchObject({
      campaign: "Кампания",
      date: "Дата",
      impressions: "Показы",
      reach: "Охват",
      clicks: "Клики",
      spend: "Расход, руб.",
      conversions: "Лиды",
    });
    expect(json.currency).toBe("RUB");
    const bad = json.diagnostics.find((d) => d.cell === "G4");
    expect(bad?.field).toBe("conversions");
  });

  it("reads a UTF-16LE TSV with a BOM", async () => {
    const tsv = "date\treach\tlikes\tcomments\n2025-03-01\t1200\t40\t3\n2025-03-02\t980\t31\t1\n";
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(tsv, "utf16le")]);
    const json = await inspectJson("posts.tsv", bytes);
    expect(json).toMatchObject({ encoding: "UTF-16LE", delimiter: "\t", rows: 2 });
    expect(json.fields).toEqual({ date: "date", reach: "reach", likes: "likes", comments: "comments" });
  });

  it("honours --delimiter", async () => {
    const text = "date,reach;likes\n2025-03-01,5;7\n";
    const r = await run(["inspect", "x.csv", "--format", "json", "--delimiter", ";"], { "x.csv": text });
    expect((JSON.parse(r.stdout) as InspectJson).delimiter).toBe(";");
  });

  it("prints an aligned table in English and Russian", async () => {
    const files = { "ads.csv": iconv.encode(RU_ADS, "win1251") };
    const en = (await run(["inspect", "ads.csv"], files)).stdout;
    expect(en).toMatch(/^SMM RISK · WHAT THE FILE CONTAINS · ads\.csv\n/);
    expect(en).toContain("Encoding: windows-1251 · Delimiter: semicolon · Header row: 1 · Data rows: 3");
    expect(en).toMatch(/spend\s+F\s+Расход, руб\.\s+100%/);
    expect(en).toMatch(/G4\s+error\s+Лиды\s+"двенадцать"/);
    const ru = (await run(["inspect", "ads.csv", "--lang", "ru"], files)).stdout;
    expect(ru).toContain("Кодировка: windows-1251 · Разделитель: точка с запятой");
    expect(ru).toMatch(/Диагностика \(\d+\)/);
  });
});

const x = sharedDataFile(SHARED.xNov2019, "cli: real exports");
describe.skipIf(x === null)("inspect on the real X/Twitter export", () => {
  const bytes = x ? readFileSync(x) : new Uint8Array();

  it("maps date, text, impressions, engagements, likes, shares, comments and clicks", async () => {
    const json = await inspectJson("tweets.csv", bytes);
    expect(json.delimiter).toBe(",");
    expect(json.encoding).toBe("UTF-8");
    expect(json.fields).toMatchObject({
      date: "time",
      text: "Tweet text",
      impressions: "impressions",
      engagements: "engagements",
      likes: "likes",
      shares: "retweets",
      comments: "replies",
      clicks: "url clicks",
    });
    expect(json.rows).toBeGreaterThan(20);
    expect(json.kinds.post).toBe(json.rows);
  });

  it("prints without error as a table", async () => {
    const r = await run(["inspect", "tweets.csv"], { "tweets.csv": bytes });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/date\s+D\s+time/);
  });
});
