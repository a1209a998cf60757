// The library's import graph keeps its layers: nothing imports upward, no cycles, no node built-ins, no scripts or tests.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { CORE_LAYERS, cycles, layeringProblems, specifiersOf } from "./support/import-graph.ts";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sources(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !/\.(ts|mts|js|mjs)$/.test(e.name)) continue;
    const full = path.join(e.parentPath, e.name);
    out.set(path.relative(dir, full).split(path.sep).join("/"), readFileSync(full, "utf8"));
  }
  return out;
}

describe("packages/core/src", () => {
  const files = sources(SRC);

  test("is read whole (every layer has files)", () => {
    expect(files.size).toBeGreaterThan(50);
    for (const layer of CORE_LAYERS) expect([...files.keys()].some((f) => f.split("/")[0] === layer)).toBe(true);
  });

  test("keeps its layers: no upward import, no cycle, no node built-in, no scripts or tests", () => {
    expect(layeringProblems(files, CORE_LAYERS)).toEqual([]);
  });
});

describe("the checker finds every kind of problem in a synthetic tree", () => {
  const L = ["util", "schema", "ner", "index.ts"];
  const tree = (entries: Record<string, string>) => new Map(Object.entries(entries));

  test.each([
    ["an upward import", { "schema/a.ts": `import { x } from "../ner/b.ts";`, "ner/b.ts": "" }, /higher layer/],
    [
      "an upward type-only import",
      { "util/a.ts": `import type { T } from "../schema/t.ts";`, "schema/t.ts": "" },
      /higher layer/,
    ],
    ["an upward re-export", { "util/a.ts": `export * from "../ner/b.ts";`, "ner/b.ts": "" }, /higher layer/],
    [
      "an upward dynamic import",
      { "util/a.ts": `const m = await import("../ner/b.ts");`, "ner/b.ts": "" },
      /higher layer/,
    ],
    ["a node built-in", { "util/a.ts": `import { readFileSync } from "node:fs";` }, /node built-in "node:fs"/],
    ["a node built-in without the prefix", { "util/a.ts": `import path from "path";` }, /node built-in "path"/],
    ["a script", { "util/a.ts": `import { x } from "../../../scripts/eval/x.ts";` }, /outside the library/],
    ["a test file", { "ner/a.ts": `import { t } from "./a.test.ts";`, "ner/a.test.ts": "" }, /outside the library/],
    ["the test support export", { "ner/a.ts": `import { t } from "@newsgraph/core/test-support";` }, /outside/],
    ["the CLI package", { "ner/a.ts": `import { t } from "@newsgraph/cli";` }, /no workspace package/],
    ["a file in no layer", { "misc/a.ts": "" }, /in no layer/],
    [
      "a cycle inside one layer",
      { "ner/a.ts": `import "./b.ts";`, "ner/b.ts": `import { a } from "./a.ts";` },
      /cycle/,
    ],
  ])("%s", (_name, entries, message) => {
    const problems = layeringProblems(tree(entries), L);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(message);
  });

  test.each([
    ["a downward import", { "ner/a.ts": `import { x } from "../util/x.ts";`, "util/x.ts": "" }],
    ["an import within a layer", { "ner/a.ts": `import { x } from "./x.ts";`, "ner/x.ts": "" }],
    ["packages from npm", { "ner/a.ts": `import { z } from "zod";\nimport Graph from "graphology";` }],
    ["the entry importing every layer", { "index.ts": `export * from "./ner/a.ts";`, "ner/a.ts": "" }],
    [
      "import-like text in a comment or string",
      { "util/a.ts": `// import x from "node:fs"\nconst s = "from '../ner/b.ts'";` },
    ],
  ])("finds nothing in %s", (_name, entries) => {
    expect(layeringProblems(tree(entries), L)).toEqual([]);
  });

  test("names each cycle once, along its files", () => {
    const edges = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles(edges)).toEqual([["a", "b", "c", "a"]]);
  });

  test("reads static, type-only, re-exported and dynamic specifiers", () => {
    const src = `import a from "./a.ts";\nimport type { B } from "./b.ts";\nexport { c } from "./c.ts";\nawait import("./d.ts");`;
    expect(specifiersOf(src)).toEqual(["./a.ts", "./b.ts", "./c.ts", "./d.ts"]);
  });
});
