/**
 * The `smm-risk` executable: wires main() to the process (argv, stdout/stderr, TTY, environment) and makes sure
 * nothing escapes as a stack trace, including errors thrown outside main and broken pipes (`smm-risk … | head`).
 */
import { main } from "./main";

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
  process.stderr.write(`smm-risk: ${message}\n`);
  process.exit(1);
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  fail(error);
});
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => fail(error),
);
