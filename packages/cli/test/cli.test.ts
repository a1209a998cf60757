// CLI: commands run in-process through run() with captured streams; a few spawn the real launcher.
import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../src/cli.ts";
import type { CliIO } from "../src/io.ts";
import { cli } from "./reliability/helpers.ts";
import { ExtractionRecord } from "@newsgraph/core";
import { SerializedGraph } from "@newsgraph/core";
import { REPO_ROOT } from "../../core/test/golden/helpers.ts";

function corpus(extra: Record<string, string | Uint8Array> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), "ng-cli-"));
  const files: Record<string, string | Uint8Array> = {
    "in/one.txt":
      "Talia Brenmoor, the Norland trade minister, visited Vessar on Monday.\n\n“We will reopen the port,” Brenmoor said.",
    "in/sub/two.md": "# Port news\n\nBorin Vask said the Harbour Gazette had the story first.",
    "in/three.html":
      "<html><head><title>Three</title></head><body><nav>Menu Home</nav><p>Odile Farrant met Talia Brenmoor in Vessar.</p></body></html>",
    ...extra,
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), content);
  }
  return root;
}

const records = (jsonl: string) =>
  jsonl
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => ExtractionRecord.parse(JSON.parse(l)));

describe("newsgraph extract", () => {
  it("writes one valid record per document with stable ids; HTML records carry their text", async () => {
    const root = corpus();
    const r = await cli(["extract", path.join(root, "in")]);
    expect(r.code).toBe(0);
    const recs = records(r.out);
    expect(recs.map((x) => x.id)).toEqual(["one.txt", "sub/two.md", "three.html"]);
    expect(recs.find((x) => x.id === "three.html")!.text).toBe("Odile Farrant met Talia Brenmoor in Vessar.");
    expect(recs.find((x) => x.id === "one.txt")!.text).toBeUndefined();
    expect(r.err).toMatch(
      /^newsgraph: extracted 3 documents \(\d+ words\) from 3 inputs in .*; 0 skipped, 0 warnings\n$/,
    );
  });

  it("--with-text adds the untouched text to every record, and mention offsets index into it", async () => {
    const root = corpus();
    const recs = records((await cli(["extract", "--with-text", path.join(root, "in/one.txt")])).out);
    expect(recs[0]!.text).toBe(readFileSync(path.join(root, "in/one.txt"), "utf8"));
    for (const m of recs[0]!.mentions) expect(recs[0]!.text!.slice(m.start, m.end)).toBe(m.text);
  });

  it("-o writes atomically and leaves no temp file behind", async () => {
    const root = corpus();
    const out = path.join(root, "out.jsonl");
    const r = await cli(["extract", path.join(root, "in"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(records(readFileSync(out, "utf8"))).toHaveLength(3);
    expect(readdirSync(root).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("skips a binary file by name, processes the rest and exits non-zero", async () => {
    const root = corpus({ "in/photo.txt": new Uint8Array([0x89, 0x50, 0, 0, 1]) });
    const r = await cli(["extract", path.join(root, "in")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `newsgraph: error: ${path.join(root, "in/photo.txt")}: not a text file (contains NUL bytes); skipped`,
    );
    expect(records(r.out)).toHaveLength(3);
    expect(r.err).toMatch(/1 skipped/);
  });

  it("warns about invalid UTF-8 but processes the document (exit 0)", async () => {
    const root = corpus({ "in/latin.txt": new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" Norland.")]) });
    const r = await cli(["extract", path.join(root, "in/latin.txt")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("latin.txt: invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD");
  });

  it("an empty document gives an empty record", async () => {
    const root = corpus({ "in/empty.txt": "" });
    const recs = records((await cli(["extract", path.join(root, "in/empty.txt")])).out);
    expect(recs).toEqual([{ id: "empty.txt", entities: [], mentions: [], statements: [], relations: [] }]);
  });

  it("reports a bad JSONL line with its number and processes the others", async () => {
    const r = await cli(
      ["extract", "-"],
      '{"id":"a","text":"Borin Vask left."}\n{"id":"b"}\n{"id":"c","text":"Odile Farrant stayed."}\n',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain("newsgraph: error: -:2: expected {id?, text, title?, date?, url?, source?}: text:");
    expect(records(r.out).map((x) => x.id)).toEqual(["a", "c"]);
  });

  it("a missing path is a clear error, and the existing inputs are still processed", async () => {
    const root = corpus();
    const r = await cli(["extract", path.join(root, "nope"), path.join(root, "in/one.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`newsgraph: error: ${path.join(root, "nope")}: no such file or directory`);
    expect(records(r.out)).toHaveLength(1);
  });

  it("--strict stops at the first problem and does not replace the output file", async () => {
    const root = corpus({ "in/a-bad.txt": new Uint8Array([0]) });
    const out = path.join(root, "out.jsonl");
    writeFileSync(out, "previous\n");
    const r = await cli(["extract", "--strict", path.join(root, "in"), "-o", out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("stopped at the first problem (--strict)");
    expect(readFileSync(out, "utf8")).toBe("previous\n");
    expect(readdirSync(root).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("no inputs and unknown options are usage errors (exit 2)", async () => {
    expect((await cli(["extract"])).code).toBe(2);
    const r = await cli(["extract", "--frobnicate", "x"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/newsgraph extract: .*frobnicate/);
  });
});

describe("newsgraph build and export", () => {
  it("builds a valid graph.json and a GEXF file; records from extract are accepted as input", async () => {
    const root = corpus();
    const g = path.join(root, "graph.json"),
      gx = path.join(root, "graph.gexf");
    const r = await cli(["build", path.join(root, "in"), "-o", g, "--gexf", gx, "--layout", "10"]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(
      /built a graph of 3 documents .* \d+ nodes, \d+ edges, layout \d+ iterations \(quality [\d.]+\) → /,
    );
    const data = SerializedGraph.parse(JSON.parse(readFileSync(g, "utf8")));
    expect(data.nodes.length).toBeGreaterThan(0);
    expect(readFileSync(gx, "utf8")).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<gexf xmlns="http:\/\/gexf.net\/1.3"/,
    );

    const recs = path.join(root, "recs.jsonl");
    await cli(["extract", path.join(root, "in"), "-o", recs]);
    const g2 = path.join(root, "graph2.json");
    expect((await cli(["build", recs, "-o", g2])).code).toBe(0);
    const keys = (f: string) => SerializedGraph.parse(JSON.parse(readFileSync(f, "utf8"))).nodes.map((n) => n.key);
    expect(keys(g2)).toEqual(keys(g));
  });

  it("checks the output folder before doing any work", async () => {
    const root = corpus();
    const r = await cli(["build", path.join(root, "in"), "-o", path.join(root, "no/such/dir/g.json")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`folder ${path.join(root, "no/such/dir")} does not exist`);
    expect(r.err).not.toContain("built a graph");
    const e = await cli(["extract", path.join(root, "in"), "-o", path.join(root, "nope/out.jsonl")]);
    expect(e.code).toBe(1);
    expect(e.err).toContain(`folder ${path.join(root, "nope")} does not exist`);
  });

  it("requires -o and a whole number for --layout; a missing corrections file is an error", async () => {
    const root = corpus();
    expect((await cli(["build", path.join(root, "in")])).err).toContain("-o graph.json is required");
    expect(
      (await cli(["build", path.join(root, "in"), "-o", path.join(root, "g.json"), "--layout", "ten"])).err,
    ).toContain("--layout must be a whole number");
    const r = await cli([
      "build",
      path.join(root, "in"),
      "-o",
      path.join(root, "g.json"),
      "--corrections",
      path.join(root, "none.json"),
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("corrections file not found");
    expect(existsSync(path.join(root, "g.json"))).toBe(false);
  });

  it("lays out by default, records it in the graph; --no-layout keeps seeded positions; --graphml writes GraphML", async () => {
    const root = corpus();
    const laid = path.join(root, "laid.json"),
      plain = path.join(root, "plain.json"),
      gml = path.join(root, "g.graphml");
    expect((await cli(["build", path.join(root, "in"), "-o", laid, "--graphml", gml])).code).toBe(0);
    const r = await cli(["build", path.join(root, "in"), "-o", plain, "--no-layout"]);
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("layout");
    const a = SerializedGraph.parse(JSON.parse(readFileSync(laid, "utf8"))),
      b = SerializedGraph.parse(JSON.parse(readFileSync(plain, "utf8")));
    expect(a.attributes?.layout).toMatchObject({ algorithm: "forceatlas2" });
    expect(b.attributes?.layout).toBeUndefined();
    expect(a.nodes.map((n) => [n.attributes.x, n.attributes.y])).not.toEqual(
      b.nodes.map((n) => [n.attributes.x, n.attributes.y]),
    );
    expect(readFileSync(gml, "utf8")).toContain('<key id="n_r" for="node" attr.name="r" attr.type="int"/>');
  });

  it.each([
    [["--layout", "5", "--no-layout"], "give one of --layout N, --layout-seconds S and --no-layout"],
    [["--layout-seconds", "soon"], "--layout-seconds must be a positive number"],
    [["--layout-seconds", "0"], "--layout-seconds must be a positive number"],
    [["--co-occur-min", "two"], "--co-occur-min must be a whole number"],
    [["--heap-growth", "lots"], "--heap-growth must be a whole number"],
  ])("rejects build %j", async (flags, message) => {
    const root = corpus();
    const r = await cli(["build", path.join(root, "in"), "-o", path.join(root, "g.json"), ...flags]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it.each(["gexf", "graphml", "json"])("exports graph.json --to %s beside the input", async (to) => {
    const root = corpus();
    const g = path.join(root, "graph.json");
    await cli(["build", path.join(root, "in"), "-o", g]);
    const r = await cli(["export", g, "--to", to, ...(to === "json" ? ["-o", path.join(root, "copy.json")] : [])]);
    expect(r.code).toBe(0);
    const out = path.join(root, to === "json" ? "copy.json" : `graph.${to}`);
    const text = readFileSync(out, "utf8");
    if (to === "json") expect(text).toBe(readFileSync(g, "utf8"));
    else expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it("exports GEXF back to JSON and refuses to overwrite its input", async () => {
    const root = corpus();
    const g = path.join(root, "graph.json");
    await cli(["build", path.join(root, "in"), "-o", g, "--gexf", path.join(root, "g.gexf")]);
    const r = await cli(["export", path.join(root, "g.gexf"), "--to", "json", "-o", "-"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).nodes.length).toBe(JSON.parse(readFileSync(g, "utf8")).nodes.length);
    expect((await cli(["export", g, "--to", "json"])).err).toContain("refusing to overwrite the input");
  });

  it.each([
    [["export", "/nonexistent/graph.json", "--to", "gexf"], 1, "graph file not found at /nonexistent/graph.json"],
    [["export", "x.json", "--to", "pdf"], 2, "--to must be one of gexf, graphml, json"],
    [["frobnicate"], 2, 'unknown command "frobnicate"'],
  ])("errors: %j", async (args, code, message) => {
    const r = await cli(args);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
  });

  it("rejects a JSON file that is not a newsgraph graph", async () => {
    const root = corpus({
      "bad.json": '{"nodes":[{"key":"a","attributes":{"kind":"planet","label":"A","aliases":[]}}],"edges":[]}',
    });
    const r = await cli(["export", path.join(root, "bad.json"), "--to", "gexf"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("does not follow the graph contract (nodes.0.attributes.kind");
  });
});

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
    const r = await cli([
      "build",
      path.join(root, "in"),
      "-o",
      path.join(root, "g.json"),
      "--corrections",
      path.join(root, "bad.json"),
    ]);
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
