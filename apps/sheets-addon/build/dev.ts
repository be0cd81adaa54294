/**
 * `pnpm --filter @smm-risk/sheets-addon dev`: builds dist/ and serves the sidebar at http://localhost:5178 on a
 * fake Google Sheets page (the real server code and core run in the page against fake spreadsheet services).
 * Data: a seeded scenario (posts, ads, messages sheets), or a CSV given with `--csv path/to/export.csv`.
 * Options: `--port N`, `--locale ru`. Restart to pick up source changes.
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parseDelimited } from "@smm-risk/csv";
import { wholeRangeA1 } from "../test/harness/a1";
import { scenarioSheet, sheetsStyle } from "../test/harness/data";
import { composeFakePage, encodeSheet } from "../test/harness/page";
import { buildAll } from "./build";

function flag(name: string): string | null {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? null) : null;
}

const port = Number(flag("port") ?? 5178);
const locale = flag("locale") ?? "en_US";
const csv = flag("csv");

await buildAll({ minify: false });
const sheets = csv
  ? [{ name: "Export", values: sheetsStyle(parseDelimited(readFileSync(csv, "utf8")).rows) }]
  : (["posts", "ads", "messages"] as const).map((kind) => ({
      name: kind[0]?.toUpperCase() + kind.slice(1),
      values: scenarioSheet(kind, {
        seed: 42,
        cause: "budget",
        months: 4,
        lang: locale.startsWith("ru") ? "ru" : "en",
      }),
    }));
const first = sheets[0];
if (!first) throw new Error("dev: no data");
const a1 = wholeRangeA1(first.values);
const html = await composeFakePage({
  sheets: sheets.map((sheet) => ({ name: sheet.name, values: encodeSheet(sheet.values) })),
  active: { sheet: first.name, a1 },
  locale,
  latencyMs: 300,
});

createServer((_request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  response.end(html);
}).listen(port, () => {
  console.log(
    `sheets-addon dev: sidebar on a fake Sheets page at http://localhost:${port}/ (selection ${first.name}!${a1})`,
  );
  console.log("Open it in a window about 300 px wide; window.__smmFake.calls lists every google.script.run call.");
});
