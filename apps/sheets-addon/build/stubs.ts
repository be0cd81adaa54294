/**
 * Generates Code.js: the top-level functions Apps Script must see in the pushed file. One `SMM_*` stub per catalogue
 * function (real parameter names, JSDoc with @param/@return/@customfunction directly above it, so Sheets shows
 * autocomplete and argument help) and one thin function per trigger, menu handler and sidebar call.
 * Entry points and the functions' parameters are read from the built bundle; their help comes from the core's
 * documented catalogue (which runtime bundles do not carry), and the two must agree. Nothing is described by hand.
 */

export interface Localized {
  en: string;
  ru: string;
}

export interface StubArg {
  name: string;
  type: "range" | "column" | "number" | "text" | "options";
  optional: boolean;
  help: Localized;
}

export interface StubFunction {
  name: string;
  category: string;
  summary: Localized;
  args: StubArg[];
  returns: Localized;
}

/** A catalogue function as the bundle knows it: parameters without help. */
export interface BundledFunction {
  name: string;
  category: string;
  args: Omit<StubArg, "help">[];
}

const paramsOf = (args: readonly Omit<StubArg, "help">[]) =>
  args.map((a) => `${a.name}:${a.type}${a.optional ? "?" : ""}`).join(", ");

/**
 * The bundle's functions with their documentation, in bundle order. Throws when a function is in one and not the
 * other, or its parameters differ, so Code.js can never document a signature the bundle does not have.
 */
export function documentBundled(
  bundled: readonly BundledFunction[],
  documented: readonly StubFunction[],
): StubFunction[] {
  const byName = new Map(documented.map((fn) => [fn.name, fn]));
  const undocumented = bundled.filter((fn) => !byName.has(fn.name)).map((fn) => fn.name);
  if (undocumented.length > 0) throw new Error(`stubs: no documentation for ${undocumented.join(", ")}`);
  const missing = documented.filter((fn) => !bundled.some((b) => b.name === fn.name)).map((fn) => fn.name);
  if (missing.length > 0) throw new Error(`stubs: documented but not in the bundle: ${missing.join(", ")}`);
  return bundled.map((fn) => {
    const doc = byName.get(fn.name) as StubFunction;
    if (paramsOf(fn.args) !== paramsOf(doc.args) || fn.category !== doc.category) {
      throw new Error(
        `stubs: the bundle's ${fn.name} (${fn.category}) takes (${paramsOf(fn.args)}) but its documentation (${doc.category}) describes (${paramsOf(doc.args)})`,
      );
    }
    return doc;
  });
}

export interface StubEntryPoint {
  name: string;
  params: string[];
  doc: string;
}

const JSDOC_TYPES: Record<StubArg["type"], string> = {
  range: "Array<Array<string|number|Date>>",
  column: "Array<Array<string|number|Date>>",
  number: "number",
  text: "string",
  options: "string|Array<Array<string|number>>",
};

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof let new null return super switch this throw true try typeof var void while with yield await arguments eval".split(
    " ",
  ),
);

/** One line of comment text: no newlines, and no `*\/` that would end the comment early. */
export function commentText(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\*\//g, "*\\/").trim();
}

function checkIdentifier(name: string, where: string): void {
  if (!IDENTIFIER.test(name) || RESERVED.has(name))
    throw new Error(`stubs: ${where}: "${name}" is not a valid parameter name`);
}

export function renderCustomFunction(fn: StubFunction, namespace: string): string {
  if (!/^SMM_[A-Z0-9_]+$/.test(fn.name)) throw new Error(`stubs: "${fn.name}" is not an UPPER_SNAKE SMM_ name`);
  const params = fn.args.map((arg) => {
    checkIdentifier(arg.name, fn.name);
    return arg.name;
  });
  if (new Set(params).size !== params.length) throw new Error(`stubs: ${fn.name} has duplicate parameter names`);
  const lines = [
    "/**",
    ` * ${commentText(fn.summary.en)}`,
    ` * ${commentText(fn.summary.ru)}`,
    " *",
    ...fn.args.map((arg) => {
      const optional = arg.optional ? "Optional. " : "";
      const optionalRu = arg.optional ? "Необязательный. " : "";
      return ` * @param {${JSDOC_TYPES[arg.type]}} ${arg.name} ${optional}${commentText(arg.help.en)} / ${optionalRu}${commentText(arg.help.ru)}`;
    }),
    ` * @return ${commentText(fn.returns.en)} / ${commentText(fn.returns.ru)}`,
    " * @customfunction",
    " */",
    `function ${fn.name}(${params.join(", ")}) {`,
    `  return ${namespace}.callFunction_(${JSON.stringify(fn.name)}, [${params.join(", ")}]);`,
    "}",
  ];
  return lines.join("\n");
}

export function renderEntryPoint(entry: StubEntryPoint, namespace: string): string {
  checkIdentifier(entry.name, "entry point");
  for (const param of entry.params) checkIdentifier(param, entry.name);
  const params = entry.params.join(", ");
  return [
    `/** ${commentText(entry.doc)} */`,
    `function ${entry.name}(${params}) {`,
    `  return ${namespace}.run_(${JSON.stringify(entry.name)}, [${params}]);`,
    "}",
  ].join("\n");
}

export interface CodeJsInput {
  namespace: string;
  entryPoints: StubEntryPoint[];
  functions: StubFunction[];
  bundleFile: string;
}

export function renderCodeJs(input: CodeJsInput): string {
  const names = new Set<string>();
  for (const name of [...input.entryPoints.map((e) => e.name), ...input.functions.map((f) => f.name)]) {
    if (names.has(name)) throw new Error(`stubs: two top-level functions named ${name}`);
    names.add(name);
  }
  const header = [
    "/**",
    " * smm-risk for Google Sheets: add-on menu, sidebar calls and the SMM_* custom functions.",
    " * GENERATED by apps/sheets-addon/build/build.ts from the core's formula catalogue: do not edit.",
    ` * Every function here calls into the ${input.namespace} namespace defined in ${input.bundleFile}.`,
    " *",
    " * @OnlyCurrentDoc",
    " */",
  ].join("\n");
  const blocks = [
    header,
    ...input.entryPoints.map((entry) => renderEntryPoint(entry, input.namespace)),
    ...input.functions.map((fn) => renderCustomFunction(fn, input.namespace)),
  ];
  return `${blocks.join("\n\n")}\n`;
}

/** The manifest: V8, and exactly the two scopes the add-on needs (this spreadsheet only, and its UI). */
export const OAUTH_SCOPES = [
  "https://www.googleapis.com/auth/spreadsheets.currentonly",
  "https://www.googleapis.com/auth/script.container.ui",
] as const;

export function renderManifest(): string {
  const manifest = {
    timeZone: "Etc/UTC",
    runtimeVersion: "V8",
    exceptionLogging: "STACKDRIVER",
    oauthScopes: [...OAUTH_SCOPES],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
