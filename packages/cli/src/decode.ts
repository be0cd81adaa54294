/**
 * File bytes → text: a byte-order mark decides UTF-8 / UTF-16LE / UTF-16BE; otherwise valid UTF-8 stays UTF-8,
 * and anything else is told apart between Windows-1251 (Russian Excel) and Windows-1252 (Western Excel) by jschardet.
 * Binary files (workbooks, archives, PDFs, anything with NUL bytes) and empty files are refused with a clear message.
 */
import iconv from "iconv-lite";
import jschardet from "jschardet";
import { CliError } from "./errors";

export type Encoding = "UTF-8" | "UTF-16LE" | "UTF-16BE" | "windows-1251" | "windows-1252";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** True when a byte-order mark decided the encoding. */
  bom: boolean;
}

/** How many leading bytes the binary check and the detector look at. */
const SAMPLE_BYTES = 64 * 1024;

const MAGIC: { bytes: number[]; kind: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: "zip" }, // .xlsx, .ods, .zip
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: "ole" }, // .xls
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: "pdf" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: "png" },
  { bytes: [0x1f, 0x8b], kind: "gzip" },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte. Returns the byte order, or null. */
function bomlessUtf16(sample: Uint8Array): "UTF-16LE" | "UTF-16BE" | null {
  if (sample.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  const pairs = Math.floor(sample.length / 2);
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return "UTF-16LE";
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return "UTF-16BE";
  return null;
}

/** True when the sample looks like binary data rather than text. */
function looksBinary(sample: Uint8Array): boolean {
  if (MAGIC.some((m) => startsWith(sample, m.bytes))) return true;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    // Control characters other than tab, LF, FF, CR and ESC do not occur in CSV text.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > Math.max(8, sample.length * 0.02);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Windows-1251 or Windows-1252 for bytes that are not UTF-8. */
function detectSingleByte(sample: Uint8Array): "windows-1251" | "windows-1252" {
  const guess = jschardet.detect(sample, { detectEncodings: ["windows-1251", "windows-1252"] });
  const name = (guess.encoding ?? "").toLowerCase();
  if (name === "windows-1251") return "windows-1251";
  if (name === "windows-1252") return "windows-1252";
  // No verdict: Cyrillic text in 1251 is mostly bytes 0xC0–0xFF; Western text has few of them.
  let high = 0;
  let letters = 0;
  for (const b of sample) {
    if (b >= 0xc0) high++;
    if (b >= 0xc0 || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) letters++;
  }
  return letters > 0 && high / letters > 0.3 ? "windows-1251" : "windows-1252";
}

/**
 * Decodes a file's bytes. `name` is only used in messages. Throws CliError for empty or binary content.
 */
export function decodeBytes(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length === 0) throw new CliError({ en: `${name} is empty`, ru: `${name}: файл пуст` });

  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return finish(iconv.decode(Buffer.from(bytes.subarray(3)), "utf8"), "UTF-8", true, name);
  if (startsWith(bytes, [0xff, 0xfe]))
    return finish(iconv.decode(Buffer.from(bytes.subarray(2)), "utf16le"), "UTF-16LE", true, name);
  if (startsWith(bytes, [0xfe, 0xff]))
    return finish(iconv.decode(Buffer.from(bytes.subarray(2)), "utf16be"), "UTF-16BE", true, name);

  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = bomlessUtf16(sample);
  if (utf16) return finish(iconv.decode(Buffer.from(bytes), utf16.toLowerCase()), utf16, false, name);

  if (looksBinary(sample))
    throw new CliError({
      en: `${name} looks binary, not CSV/TSV text: export as CSV`,
      ru: `${name} похож на двоичный файл, а не на текст CSV/TSV: сохраните его как CSV`,
    });

  if (isValidUtf8(bytes)) return finish(iconv.decode(Buffer.from(bytes), "utf8"), "UTF-8", false, name);
  const single = detectSingleByte(sample);
  return finish(iconv.decode(Buffer.from(bytes), single), single, false, name);
}

function finish(text: string, encoding: Encoding, bom: boolean, name: string): Decoded {
  if (text.trim() === "")
    throw new CliError({ en: `${name} is empty (only blank lines)`, ru: `${name}: файл пуст (только пустые строки)` });
  return { text, encoding, bom };
}
