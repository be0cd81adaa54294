/**
 * Shared Vitest settings for every package: workspace packages resolve to their TypeScript sources,
 * so a test never depends on a stale build of another package.
 */
import { fileURLToPath } from "node:url";

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export const workspaceAliases = {
  "@smm-risk/core": src("core"),
  "@smm-risk/csv": src("csv"),
  "@smm-risk/testkit": src("testkit"),
};
