/**
 * VitePress configuration: English at the root, Russian under /ru/, served under a sub-path (DOCS_BASE, default
 * "/smm-risk/"), workspace packages resolved from their TypeScript sources, and sidebars that list the generated
 * reference and factor pages from .vitepress/generated/manifest.json (written by scripts/generate-pages.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type DefaultTheme, defineConfig } from "vitepress";

type Lang = "en" | "ru";
interface Manifest {
  functions: { name: string; slug: string; category: string; categoryLabel: Record<Lang, string> }[];
  factors: { id: string; title: Record<Lang, string> }[];
}

function readManifest(): Manifest {
  const file = fileURLToPath(new URL("./generated/manifest.json", import.meta.url));
  if (!existsSync(file)) {
    throw new Error("docs: .vitepress/generated/manifest.json is missing; run `pnpm --filter @smm-risk/docs generate`");
  }
  return JSON.parse(readFileSync(file, "utf8")) as Manifest;
}

/** "/smm-risk" or "smm-risk/" → "/smm-risk/"; "/" stays "/". */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? "/smm-risk/").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

const T = {
  en: {
    guide: "Guide",
    reference: "Functions",
    methodology: "Methodology",
    playground: "Playground",
    start: "Getting started",
    what: "What smm-risk answers",
    install: "Install the add-on",
    first: "Your first formula",
    sidebar: "Audit in the sidebar",
    cli: "Command line",
    faq: "FAQ",
    overview: "Overview",
    score: "Overall score",
    verdict: "Money verdict",
    factors: "The eight factors",
    benchmarks: "Benchmarks",
    allFunctions: "All functions",
  },
  ru: {
    guide: "Руководство",
    reference: "Функции",
    methodology: "Методика",
    playground: "Песочница",
    start: "Начало работы",
    what: "На что отвечает smm-risk",
    install: "Установка дополнения",
    first: "Первая формула",
    sidebar: "Аудит в боковой панели",
    cli: "Командная строка",
    faq: "Вопросы и ответы",
    overview: "Обзор",
    score: "Общая оценка",
    verdict: "Денежный вердикт",
    factors: "Восемь факторов",
    benchmarks: "Бенчмарки",
    allFunctions: "Все функции",
  },
} as const;

function themeFor(lang: Lang, manifest: Manifest): DefaultTheme.Config {
  const t = T[lang];
  const p = lang === "en" ? "/" : "/ru/";
  const guide: DefaultTheme.SidebarItem[] = [
    {
      text: t.start,
      items: [
        { text: t.what, link: `${p}guide/` },
        { text: t.install, link: `${p}guide/install` },
        { text: t.first, link: `${p}guide/first-formula` },
        { text: t.sidebar, link: `${p}guide/sidebar` },
        { text: t.cli, link: `${p}guide/cli` },
        { text: t.faq, link: `${p}guide/faq` },
        { text: t.playground, link: `${p}playground` },
      ],
    },
  ];
  const categories = [...new Set(manifest.functions.map((f) => f.category))];
  const reference: DefaultTheme.SidebarItem[] = [
    { text: t.allFunctions, link: `${p}reference/functions/` },
    ...categories.map((category) => {
      const fns = manifest.functions.filter((f) => f.category === category);
      return {
        text: fns[0]?.categoryLabel[lang] ?? category,
        items: fns.map((f) => ({ text: f.name, link: `${p}reference/functions/${f.slug}` })),
      };
    }),
  ];
  const methodology: DefaultTheme.SidebarItem[] = [
    {
      text: t.methodology,
      items: [
        { text: t.overview, link: `${p}methodology/` },
        { text: t.score, link: `${p}methodology/score` },
        { text: t.verdict, link: `${p}methodology/verdict` },
        { text: t.benchmarks, link: `${p}methodology/benchmarks/` },
      ],
    },
    {
      text: t.factors,
      items: manifest.factors.map((f) => ({ text: f.title[lang], link: `${p}methodology/factors/${f.id}` })),
    },
  ];
  return {
    nav: [
      { text: t.guide, link: `${p}guide/`, activeMatch: `^${p}guide/` },
      { text: t.reference, link: `${p}reference/functions/`, activeMatch: `^${p}reference/` },
      { text: t.methodology, link: `${p}methodology/`, activeMatch: `^${p}methodology/` },
      { text: t.playground, link: `${p}playground` },
    ],
    sidebar: {
      [`${p}guide/`]: guide,
      [`${p}playground`]: guide,
      [`${p}reference/`]: reference,
      [`${p}methodology/`]: methodology,
    },
    ...(lang === "ru"
      ? {
          outline: { label: "На этой странице" },
          docFooter: { prev: "Назад", next: "Далее" },
          darkModeSwitchLabel: "Тема",
          sidebarMenuLabel: "Меню",
          returnToTopLabel: "Наверх",
          langMenuLabel: "Язык",
          notFound: { title: "Страница не найдена", quote: "", linkText: "На главную" },
        }
      : {}),
  };
}

const manifest = readManifest();
const base = normalizeBase(process.env.DOCS_BASE);

export default defineConfig({
  base,
  title: "smm-risk",
  head: [["link", { rel: "icon", type: "image/svg+xml", href: `${base}favicon.svg` }]],
  cleanUrls: false,
  // The package README is for developers, not a page of the site.
  srcExclude: ["README.md"],
  lastUpdated: false,
  // Dead links fail the build (VitePress default); never set ignoreDeadLinks.
  locales: {
    root: {
      label: "English",
      lang: "en",
      description: "Is your social-media marketing losing money? Audit your exports in Google Sheets or the browser.",
      themeConfig: themeFor("en", manifest),
    },
    ru: {
      label: "Русский",
      lang: "ru",
      link: "/ru/",
      description: "Теряет ли SMM деньги компании? Аудит выгрузок в Google Таблицах или прямо в браузере.",
      themeConfig: themeFor("ru", manifest),
    },
  },
  themeConfig: {
    search: {
      provider: "local",
      options: {
        locales: {
          ru: {
            translations: {
              button: { buttonText: "Поиск", buttonAriaLabel: "Поиск" },
              modal: {
                noResultsText: "Ничего не найдено",
                resetButtonTitle: "Сбросить",
                footer: { selectText: "выбрать", navigateText: "перейти", closeText: "закрыть" },
              },
            },
          },
        },
      },
    },
  },
  vite: {
    // Workspace packages (@smm-risk/core, @smm-risk/csv) resolve to their TypeScript sources: no stale builds.
    resolve: { conditions: ["source"] },
    ssr: { resolve: { conditions: ["source"] } },
    worker: { format: "es" },
    build: {
      rollupOptions: {
        // zod's sources carry comments Rollup cannot place; the warning is harmless and drowns real ones.
        onwarn(warning, warn) {
          if (warning.code === "INVALID_ANNOTATION" && warning.id?.includes("node_modules")) return;
          warn(warning);
        },
      },
    },
  },
});
