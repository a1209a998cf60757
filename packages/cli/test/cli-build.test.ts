// CLI build and export: graph.json, GEXF and GraphML outputs, layout options, and the checks made before any work.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { cli } from "./reliability/helpers.ts";
import { SerializedGraph } from "@newsgraph/core";
import { buildWithCorrections, corpus } from "./cli-corpus.ts";

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
    const r = await buildWithCorrections(root, "none.json");
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
