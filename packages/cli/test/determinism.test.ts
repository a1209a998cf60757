// Determinism: the same inputs give byte-identical graph.json and GEXF, in one process, across processes, any arg order.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../src/cli.ts";
import type { CliIO } from "../src/io.ts";
import { REPO_ROOT } from "../../core/test/golden/helpers.ts";

const DATA = path.join(REPO_ROOT, "data");
const quiet: CliIO = { stdout: { write: () => true }, stderr: { write: () => true }, readStdin: () => Buffer.alloc(0) };

async function build(args: string[], layout = "0") {
  const dir = mkdtempSync(path.join(tmpdir(), "ng-det-"));
  const json = path.join(dir, "graph.json"),
    gexf = path.join(dir, "graph.gexf");
  const code = await run(["build", ...args, "-o", json, "--gexf", gexf, "--layout", layout], quiet);
  expect(code).toBe(0);
  return { json: readFileSync(json, "utf8"), gexf: readFileSync(gexf, "utf8") };
}

const articles = readdirSync(DATA)
  .filter((f) => f.endsWith(".txt"))
  .sort();

describe.skipIf(articles.length === 0)("determinism over the sample articles in data/", () => {
  it("two builds in one process are byte-identical (with ForceAtlas2)", async () => {
    const a = await build([DATA], "25");
    const b = await build([DATA], "25");
    expect(a.json.length).toBeGreaterThan(1000);
    expect(b.json).toBe(a.json);
    expect(b.gexf).toBe(a.gexf);
  });

  it("the order of file arguments does not matter", async () => {
    const files = articles.map((f) => path.join(DATA, f));
    const a = await build(files);
    const b = await build([...files].reverse());
    expect(b.json).toBe(a.json);
    expect(b.gexf).toBe(a.gexf);
  });

  it("a separate process writes the same bytes", async () => {
    const here = await build([DATA], "25");
    const dir = mkdtempSync(path.join(tmpdir(), "ng-det-proc-"));
    const bin = path.join(REPO_ROOT, "packages/cli/bin/newsgraph.mjs");
    const r = spawnSync(
      process.execPath,
      [bin, "build", DATA, "-o", path.join(dir, "g.json"), "--gexf", path.join(dir, "g.gexf"), "--layout", "25"],
      { encoding: "utf8" },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(path.join(dir, "g.json"), "utf8")).toBe(here.json);
    expect(readFileSync(path.join(dir, "g.gexf"), "utf8")).toBe(here.gexf);
  });
});
