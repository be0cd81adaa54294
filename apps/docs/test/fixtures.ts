/** Test inputs built from the real X/Twitter export: the file as pasted, and a 10,000-row version for timing. */
import { parseDelimited } from "@smm-risk/csv";

/** Repeats the export's data rows (keeping its header and quoting) until there are `rows` data rows. */
export function repeatRows(csv: string, rows: number): string {
  const parsed = parseDelimited(csv);
  const [header, ...data] = parsed.rows.filter((r) => !(r.length === 1 && r[0] === ""));
  if (!header || data.length === 0) throw new Error("repeatRows: the export has no data rows");
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const lines = [header.map(quote).join(",")];
  for (let i = 0; i < rows; i++) lines.push((data[i % data.length] as string[]).map(quote).join(","));
  return lines.join("\n");
}
