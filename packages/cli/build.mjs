/**
 * Builds the `smm-risk` binary: esbuild bundles src/bin.ts with everything it imports (workspace packages from
 * their TypeScript sources via the "source" condition, and the npm dependencies) into one ESM file,
 * dist/smm-risk.js, with a shebang and the executable bit. One self-contained file starts fast and cannot break
 * on how a package manager hoists papaparse, zod or simple-statistics, which the CLI only uses indirectly.
 */
import { chmod, mkdir } from "node:fs/promises";
import { build } from "esbuild";

const outfile = "dist/smm-risk.js";

await mkdir("dist", { recursive: true });
const result = await build({
  entryPoints: ["src/bin.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["source"],
  banner: {
    // The shebang, plus `require` for the CommonJS dependencies (iconv-lite, papaparse) inside an ESM bundle.
    js: '#!/usr/bin/env node\nimport { createRequire as __smmCreateRequire } from "node:module";\nconst require = __smmCreateRequire(import.meta.url);',
  },
  legalComments: "linked",
  sourcemap: false,
  metafile: true,
  logLevel: "warning",
});
await chmod(outfile, 0o755);
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`built ${outfile} (${Math.round(bytes / 1024)} KiB)`);
