/**
 * Source text without comments, string literals, template literals (their `${…}` code is kept) and regular
 * expression literals, for identifier checks on the bundled scripts. One left-to-right scan: a naive regex strip
 * loses track of which quote opens a string after a nested template or a regex holding a quote, and then reports
 * words from the English and Russian messages as code.
 */

/** A `/` after one of these (or at the start) opens a regular expression literal; after anything else it divides. */
const REGEX_AFTER_CHAR = /[(,=:[!&|?{};+\-*%<>~^]$/;
const REGEX_AFTER_WORD =
  /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|void|throw|new|delete|instanceof|yield|await)$/;

export function stripCommentsAndStrings(source: string): string {
  let out = "";
  let i = 0;
  let depth = 0;
  /** Brace depth at which each open template substitution `${` started. */
  const substitutions: number[] = [];
  const skipEscape = () => {
    i += source[i] === "\\" ? 2 : 1;
  };
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i++;
      out += " ";
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end < 0 ? source.length : end + 2;
      out += " ";
    } else if (c === '"' || c === "'") {
      i++;
      while (i < source.length && source[i] !== c && source[i] !== "\n") skipEscape();
      i++;
      out += '""';
    } else if (c === "`" || (c === "}" && substitutions.at(-1) === depth)) {
      if (c === "}") substitutions.pop();
      i++;
      while (i < source.length) {
        if (source[i] === "`") {
          i++;
          out += '""';
          break;
        }
        if (source[i] === "$" && source[i + 1] === "{") {
          i += 2;
          substitutions.push(depth);
          out += '""+(';
          break;
        }
        skipEscape();
      }
    } else if (
      c === "/" &&
      (out.trimEnd() === "" || REGEX_AFTER_CHAR.test(out.trimEnd()) || REGEX_AFTER_WORD.test(out.trimEnd()))
    ) {
      i++;
      let inClass = false;
      while (i < source.length && source[i] !== "\n") {
        if (source[i] === "\\") {
          i += 2;
          continue;
        }
        if (source[i] === "/" && !inClass) break;
        if (source[i] === "[") inClass = true;
        else if (source[i] === "]") inClass = false;
        i++;
      }
      i++;
      while (i < source.length && /[a-z]/i.test(source[i] as string)) i++;
      out += '""';
    } else {
      if (c === "{") depth++;
      else if (c === "}") depth--;
      out += c;
      i++;
    }
  }
  return out;
}
