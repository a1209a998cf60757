// Issue 16: no array is spread into call arguments in shipped code (Math.max(...lines) overflowed the stack at ~126k lines).
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { REPO_ROOT } from "../../../core/test/golden/helpers.ts";

const ROOTS = ["packages/core/src", "packages/cli/src", "packages/viewer/src"];

/** Spreads whose length is bounded by construction, with the reason; anything else fails the test. */
const BOUNDED: [file: RegExp, call: RegExp, why: string][] = [
  [
    /statements\/(extract|continuations)\.ts$/,
    /^(taken|claimed)\.add\(\.\.\.\((c|t)\.claim \?\?/,
    "a [start, end] pair",
  ],
  [/graph\/gexf\.ts$/, /^out\.push\(/, "one node's or edge's attribute values: bounded by the declared attributes"],
];

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files(full, out);
    else if (/\.ts$/.test(name) && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** Every `f(...x)` / `new F(...x)` in a source file, as "file:line: text". */
export function spreadCalls(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    // f.apply(thisArg, array) spreads just the same
    const viaApply =
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      n.expression.name.text === "apply" &&
      n.arguments.length === 2;
    if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && (viaApply || n.arguments?.some(ts.isSpreadElement))) {
      const text = n.getText();
      if (BOUNDED.some(([f, c]) => f.test(file) && c.test(text))) return ts.forEachChild(n, visit);
      const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
      found.push(`${path.relative(REPO_ROOT, file)}:${line}: ${n.getText().slice(0, 80)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe("issue 16: bounded work — no spread into arguments", () => {
  it("the checker finds Math.max(...x) and push(...x), and leaves array literals alone", () => {
    expect(
      spreadCalls(
        "x.ts",
        "const a = Math.max(...xs); b.push(...ys); const c = [...xs]; new Set([...xs]); this.apply();",
      ),
    ).toHaveLength(2);
    expect(spreadCalls("x.ts", "String.fromCharCode.apply(null, codes);")).toHaveLength(1);
  });

  it("no shipped source spreads an array into call arguments", () => {
    const hits = ROOTS.flatMap((r) => files(path.join(REPO_ROOT, r))).flatMap((f) =>
      spreadCalls(f, readFileSync(f, "utf8")),
    );
    expect(hits).toEqual([]);
  });
});
