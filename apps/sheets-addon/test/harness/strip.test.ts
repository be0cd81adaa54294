import { describe, expect, it } from "vitest";
import { stripCommentsAndStrings } from "./strip";

describe("stripCommentsAndStrings", () => {
  it("blanks strings, comments, templates and regexes but keeps the code around and inside substitutions", () => {
    const code = `let a="export x",b='process' // setTimeout\n/* fetch */ c=\`n't \${d?"window":\`\${e} x\`} y\`,f=/n't|"/g,g=h/2/i;`;
    const out = stripCommentsAndStrings(code);
    expect(out).not.toMatch(/export|process|setTimeout|fetch|window|n't/);
    expect(out).toContain("d?");
    expect(out).toContain("e");
    expect(out).toContain("g=h/2/i");
  });

  it("keeps real module syntax and globals visible after tricky literals", () => {
    const out = stripCommentsAndStrings(`x=\`a\${"\`"}b\`;y=/['"]/;\nexport { z };process.exit()`);
    expect(out).toMatch(/(^|[;{}\s])export\s*\{/m);
    expect(out).toMatch(/(?<![.\w$])process\b/);
  });
});
