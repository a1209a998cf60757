// CLI: corrections, ner, progress, help and the launcher; commands run in-process through run(), a few spawn the real launcher.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../src/cli.ts";
import type { CliIO } from "../src/io.ts";
import { cli } from "./reliability/helpers.ts";
import { SerializedGraph } from "@newsgraph/core";
import { REPO_ROOT } from "../../core/test/golden/helpers.ts";
import { buildWithCorrections, corpus, records } from "./cli-corpus.ts";

describe("corrections, ner and progress", () => {
  it("picks up newsgraph.config.json beside the inputs and applies it", async () => {
    const root = corpus({
      "in/newsgraph.config.json": JSON.stringify({ rename: [{ entity: "person:borin-vask", label: "Borin V. Vask" }] }),
    });
    const g = path.join(root, "graph.json");
    const r = await cli(["build", path.join(root, "in"), "-o", g]);
    expect(r.err).toContain(`applying corrections from ${path.join(root, "in", "newsgraph.config.json")}`);
    const node = SerializedGraph.parse(JSON.parse(readFileSync(g, "utf8"))).nodes.find(
      (n) => n.key === "person:borin-vask",
    );
    expect(node?.attributes.label).toBe("Borin V. Vask");
  });

  it("a malformed corrections file is a clean error, not a crash", async () => {
    const root = corpus({ "bad.json": "{ not json" });
    const r = await buildWithCorrections(root, "bad.json");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/bad\.json/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it("ner --conll adds one tag column and passes -DOCSTART- and blank lines through", async () => {
    const root = corpus({
      "t.conll": "-DOCSTART- -X- O O\n\nTalia NNP B-NP B-PER\nBrenmoor NNP I-NP I-PER\nspoke VBD B-VP O\n",
    });
    const out = path.join(root, "out.conll");
    expect((await cli(["ner", "--conll", path.join(root, "t.conll"), "-o", out])).code).toBe(0);
    const lines = readFileSync(out, "utf8").split("\n");
    expect(lines[0]).toBe("-DOCSTART- -X- O O");
    expect(lines[1]).toBe("");
    for (const l of lines.slice(2, 5)) expect(l.split(" ")).toHaveLength(5);
    expect(lines[2]!.split(" ")[4]).toMatch(/^(B|I)-(PER|ORG|LOC|MISC)$|^O$/);
  });

  it("draws a progress bar only when stderr is a terminal", async () => {
    const root = corpus();
    let tty = "";
    const io: CliIO = {
      stdout: { write: () => true },
      stderr: { isTTY: true, columns: 80, write: (s: string) => (tty += s) },
      readStdin: () => Buffer.alloc(0),
    };
    await run(["extract", path.join(root, "in")], io);
    expect(tty).toMatch(/\rnewsgraph \[#+\] 3\/3/);
    expect((await cli(["extract", path.join(root, "in")])).err).not.toContain("\r");
  });
});

describe("help", () => {
  it.each(["extract", "build", "export", "ner", "view"])("newsgraph %s --help prints its usage", async (cmd) => {
    const r = await cli([cmd, "--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`usage: newsgraph ${cmd}`);
  });

  it("newsgraph --help lists every command", async () => {
    const r = await cli(["--help"]);
    for (const c of ["extract", "build", "export", "ner", "view"]) expect(r.out).toContain(`  ${c} `);
  });
});

describe("the launcher", () => {
  const bin = path.join(REPO_ROOT, "packages/cli/bin/newsgraph.mjs");

  it("runs through a symlink from another directory, reading stdin", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-bin-"));
    const link = path.join(dir, "newsgraph");
    symlinkSync(bin, link);
    const r = spawnSync(process.execPath, [link, "extract", "-"], {
      cwd: dir,
      input: "Talia Brenmoor spoke in Vessar.",
      encoding: "utf8",
    });
    expect(r.stderr).toContain("extracted 1 document");
    expect(r.status).toBe(0);
    expect(records(r.stdout)[0]!.id).toBe("stdin");
  });

  it.skipIf(spawnSync("pnpm", ["--version"]).status !== 0)("pnpm newsgraph works from the repository root", () => {
    const r = spawnSync("pnpm", ["newsgraph", "export", "--help"], { cwd: REPO_ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("usage: newsgraph export");
  });

  it("exits non-zero through the launcher when an input is missing", () => {
    const r = spawnSync(process.execPath, [bin, "extract", "/nonexistent/input.txt"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("/nonexistent/input.txt: no such file or directory");
  });
});
