import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared";

export default defineConfig({
  resolve: {
    // The sidebar imports core's labels by their subpath; it must resolve before the package-root alias.
    alias: [
      {
        find: "@smm-risk/core/labels",
        replacement: fileURLToPath(new URL("../../packages/core/src/i18n/labels.ts", import.meta.url)),
      },
      ...Object.entries(workspaceAliases).map(([find, replacement]) => ({ find, replacement })),
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "build/**/*.test.ts", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds dist/ once before the suites that read it (set SMM_ADDON_SKIP_BUILD=1 to reuse an existing build).
    globalSetup: ["test/global-setup.ts"],
  },
});
