/**
 * Loads the built dist/*.js into a fresh `node:vm` context that holds only ECMAScript built-ins plus the recording
 * fakes, the way Apps Script evaluates all project files in one global scope. Values cross into the context as
 * the context's own Dates and Arrays, the way Sheets hands them over.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { createFakeWorld, type FakeOptions, type FakeWorld } from "./fakes";

export const distDir = fileURLToPath(new URL("../../dist", import.meta.url));

/** The pushed script files in clasp's push order (.clasp.json filePushOrder: the namespace before the stubs). */
export function distScripts(): { name: string; code: string }[] {
  const order = ["SmmRisk.js", "Code.js"];
  const names = readdirSync(distDir)
    .filter((name) => name.endsWith(".js"))
    .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99));
  return names.map((name) => ({ name, code: readFileSync(`${distDir}/${name}`, "utf8") }));
}

export interface Addon {
  context: Record<string, unknown>;
  world: FakeWorld;
  /** Calls a top-level function of the pushed code, e.g. call("SMM_ER", range). Arguments are moved into the realm. */
  call(name: string, ...args: unknown[]): unknown;
  /** A value moved into the context's realm (Dates become the context's Dates, arrays its arrays). */
  toRealm<T>(value: T): T;
  /** Milliseconds spent evaluating the scripts. */
  loadMs: number;
}

export type AddonOptions = Omit<FakeOptions, "adoptDate">;

export function loadAddon(options: AddonOptions, scripts = distScripts()): Addon {
  const context = createContext({}) as Record<string, unknown>;
  const RealmDate = runInContext("Date", context) as DateConstructor;
  const RealmArray = runInContext("Array", context) as ArrayConstructor;
  const world = createFakeWorld({ ...options, adoptDate: (date) => new RealmDate(date.getTime()) });
  Object.assign(context, world.globals);
  const started = performance.now();
  for (const script of scripts) runInContext(script.code, context, { filename: script.name });
  const loadMs = performance.now() - started;

  const toRealm = <T>(value: T): T => {
    if (value instanceof Date) return new RealmDate(value.getTime()) as T;
    if (Array.isArray(value)) {
      const out = new RealmArray();
      for (const item of value) out.push(toRealm(item));
      return out as T;
    }
    return value;
  };

  const call = (name: string, ...args: unknown[]) => {
    const fn = context[name];
    if (typeof fn !== "function") throw new Error(`harness: no top-level function ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args.map(toRealm));
  };

  return { context, world, call, toRealm, loadMs };
}

/** Names of the top-level functions the pushed code declares (what Apps Script and Sheets can see). */
export function topLevelFunctions(addon: Addon): string[] {
  return Object.keys(addon.context).filter((key) => typeof addon.context[key] === "function" && /^[A-Za-z]/.test(key));
}
