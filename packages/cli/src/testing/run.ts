/** Runs the CLI in-process for tests: in-memory files, captured stdout/stderr, no TTY, empty environment. Test-only. */
import { type CliIo, main } from "../main";

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
  io: Partial<CliIo> = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
      return typeof content === "string" ? Buffer.from(content, "utf8") : content;
    },
    isTTY: false,
    env: {},
    ...io,
  });
  return { code, stdout, stderr };
}
