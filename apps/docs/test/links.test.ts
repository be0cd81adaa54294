/**
 * Broken internal links: crawls every HTML file of the built site, collects internal hrefs and srcs (absolute under
 * the base, or relative), and checks each resolves to a file in the build. VitePress already fails the build on dead
 * Markdown links; this also covers theme navigation, home-page actions and generated pages.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BASE, DIST, fileForPath, hasBuild } from "./site";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** href/src values of a page, decoded from HTML attribute escaping. */
export function links(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) out.push((m[1] ?? "").replace(/&amp;/g, "&"));
  return out;
}

/** The URL path an href points to, seen from the page at `pagePath`; null for external links and pure anchors. */
export function internalPath(href: string, pagePath: string): string | null {
  if (!href || href.startsWith("#") || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return null;
  const url = new URL(href, `http://site${pagePath}`);
  return url.pathname;
}

describe.skipIf(!hasBuild("broken-link check"))("built site has no broken internal links", () => {
  // Read lazily: a skipped suite's body still runs when tests are collected, and there is no build to read then.
  let crawled: string[] | null = null;
  const pages = () => {
    crawled ??= htmlFiles(DIST);
    return crawled;
  };

  it("builds every page of both languages", () => {
    expect(pages().length).toBeGreaterThan(40);
    expect(pages().some((p) => p.includes(`${join("ru", "guide")}`))).toBe(true);
  });

  it("every internal href and src resolves to a built file", () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages()) {
      const pagePath = `${BASE}${relative(DIST, page).split("\\").join("/")}`;
      for (const href of links(readFileSync(page, "utf8"))) {
        const path = internalPath(href, pagePath);
        if (path === null) continue;
        checked++;
        if (!path.startsWith(BASE) || fileForPath(path) === null) broken.push(`${relative(DIST, page)} → ${href}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  it("the crawler itself catches a broken link", () => {
    const page = `${BASE}guide/index.html`;
    expect(fileForPath(internalPath("./install.html", page) ?? "")).not.toBeNull();
    expect(fileForPath(internalPath("./no-such-page.html", page) ?? "")).toBeNull();
    expect(internalPath("/guide/", page)?.startsWith(BASE)).toBe(false);
    expect(dirname(page)).toBe(`${BASE}guide`);
  });
});
