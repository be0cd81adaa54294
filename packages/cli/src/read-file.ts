/**
 * Reading a file for a command: path → bytes with filesystem errors turned into one-line bilingual messages
 * that name the path (not found, a folder, no permission).
 */
import { readFile as fsReadFile } from "node:fs/promises";
import { CliError } from "./errors";

export type ReadBytes = (path: string) => Promise<Uint8Array>;

export const readBytesFromDisk: ReadBytes = (path) => fsReadFile(path);

export async function readBytes(path: string, read: ReadBytes = readBytesFromDisk): Promise<Uint8Array> {
  try {
    return await read(path);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    switch (code) {
      case "ENOENT":
        throw new CliError({ en: `${path}: no such file`, ru: `${path}: файл не найден` });
      case "EISDIR":
        throw new CliError({ en: `${path} is a folder, not a file`, ru: `${path} — это папка, а не файл` });
      case "EACCES":
      case "EPERM":
        throw new CliError({
          en: `${path}: cannot read the file (permission denied)`,
          ru: `${path}: нет прав на чтение файла`,
        });
      default: {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new CliError({
          en: `${path}: cannot read the file (${reason})`,
          ru: `${path}: не удалось прочитать файл (${reason})`,
        });
      }
    }
  }
}
