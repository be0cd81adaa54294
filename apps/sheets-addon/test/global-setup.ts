/** Builds dist/ before the tests, so the harness and the static checks never read a stale build. */
import { buildAll } from "../build/build";

export default async function setup(): Promise<void> {
  if (process.env.SMM_ADDON_SKIP_BUILD === "1") return;
  await buildAll({ minify: true, quiet: true });
}
