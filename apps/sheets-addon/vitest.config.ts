import { defineConfig } from "vitest/config";
import { workspaceAliases } from "../../vitest.shared";

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts", "build/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds dist/ once before the suites that read it (set SMM_ADDON_SKIP_BUILD=1 to reuse an existing build).
    globalSetup: ["test/global-setup.ts"],
  },
});
