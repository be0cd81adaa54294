/**
 * In-page stand-in for Google Sheets, for the browser tests and `pnpm dev`: installs the recording fakes as the
 * Apps Script globals, so the real built server code (SmmRisk.js + Code.js, loaded after this script) runs in the
 * page, and a `google.script.run` that calls its top-level functions asynchronously with a JSON round trip (as the
 * real one serialises arguments and results). Every call is recorded in `window.__smmFake.calls`.
 */
import { createFakeWorld, type FakeCell, type FakeOptions } from "./fakes";

export interface FakePageData {
  sheets: { name: string; values: (FakeCell | { $date: string })[][] }[];
  active: { sheet: string; a1: string };
  locale: string;
  /** Simulated server latency in milliseconds. */
  latencyMs?: number;
}

interface RpcCall {
  name: string;
  request: unknown;
  response?: unknown;
  error?: string;
}

declare global {
  interface Window {
    __SMM_FAKE_DATA__?: FakePageData;
    __smmFake?: { calls: RpcCall[]; world: ReturnType<typeof createFakeWorld> };
  }
}

function revive(value: FakeCell | { $date: string }): FakeCell {
  return typeof value === "object" && value !== null && "$date" in value ? new Date(value.$date) : (value as FakeCell);
}

const data = window.__SMM_FAKE_DATA__;
if (!data) throw new Error("browser-fake: window.__SMM_FAKE_DATA__ is missing");

const options: FakeOptions = {
  sheets: data.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values.map((row) => row.map(revive)) })),
  active: data.active,
  locale: data.locale,
};
const world = createFakeWorld(options);
const calls: RpcCall[] = [];
window.__smmFake = { calls, world };
Object.assign(window as unknown as Record<string, unknown>, world.globals);

type Handler = (value: unknown) => void;

function runner(success: Handler | null, failure: Handler | null): unknown {
  return new Proxy(
    {},
    {
      get(_target, name) {
        if (name === "withSuccessHandler") return (handler: Handler) => runner(handler, failure);
        if (name === "withFailureHandler") return (handler: Handler) => runner(success, handler);
        if (typeof name !== "string") return undefined;
        return (...args: unknown[]) => {
          const call: RpcCall = { name, request: JSON.parse(JSON.stringify(args[0] ?? null)) };
          calls.push(call);
          setTimeout(() => {
            const fn = (window as unknown as Record<string, unknown>)[name];
            try {
              if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
              const result = fn(call.request);
              call.response = JSON.parse(JSON.stringify(result ?? null));
              success?.(call.response);
            } catch (error) {
              call.error = error instanceof Error ? error.message : String(error);
              failure?.(error instanceof Error ? error : new Error(String(error)));
            }
          }, data?.latencyMs ?? 150);
        };
      },
    },
  );
}

(window as unknown as { google: unknown }).google = { script: { run: runner(null, null) } };
