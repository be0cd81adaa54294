/**
 * Builds the sidebar into dist/Sidebar.html: one self-contained file (all JS and CSS inlined, nothing from a CDN),
 * as HtmlService.createHtmlOutputFromFile expects.
 */
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig } from "vite";
import { viteSingleFile } from "vite-plugin-singlefile";

const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: dir("./src/sidebar"),
  base: "./",
  publicDir: false,
  // The sidebar takes only core's shared labels (@smm-risk/core/labels), from its TypeScript source.
  resolve: { conditions: ["source", ...defaultClientConditions] },
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  build: {
    outDir: dir("./dist"),
    emptyOutDir: false,
    target: "es2020",
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: { input: dir("./src/sidebar/Sidebar.html") },
  },
});
