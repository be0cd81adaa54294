/**
 * Test helpers for the built site: where the build lives, the sub-path it was built for, and a tiny static
 * server (node:http on 127.0.0.1) that serves it under that sub-path the way any static host would.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const DOCS_ROOT = resolve(fileURLToPath(new URL("..", import.meta.url)));
export const DIST = join(DOCS_ROOT, ".vitepress", "dist");

/** The sub-path the site is built for (same rule as .vitepress/config.ts). */
export const BASE = (() => {
  const trimmed = (process.env.DOCS_BASE ?? "/smm-risk/").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
})();

/** True when the built site exists; otherwise warns (tests skip) — except in CI, where the build must exist. */
export function hasBuild(suite: string): boolean {
  if (existsSync(join(DIST, "index.html"))) return true;
  if (process.env.CI) throw new Error(`${suite}: ${DIST} is missing; turbo runs the docs build before its tests`);
  console.warn(`[skip] ${suite}: no built site at ${DIST}; run \`pnpm --filter @smm-risk/docs build\` first.`);
  return false;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** Maps a URL path under the base to a file in the build, or null (outside the base, missing, or escaping the folder). */
export function fileForPath(urlPath: string): string | null {
  const path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "");
  if (!path.startsWith(BASE)) return null;
  const relative = path.slice(BASE.length);
  const candidate = normalize(join(DIST, relative));
  if (candidate !== DIST && !candidate.startsWith(DIST + sep)) return null;
  for (const file of [candidate, join(candidate, "index.html"), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function serveDist(): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const file = fileForPath(req.url ?? "/");
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${BASE}`,
    server,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
