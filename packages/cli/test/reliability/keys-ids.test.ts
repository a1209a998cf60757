// Issue 16: ids that never collide or depend on argument order, and keys that cannot poison (records, graph.json, GEXF).
import { afterEach, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ExtractionRecord } from "../../../core/src/schema/record.ts";
import { SerializedGraph } from "../../../core/src/schema/graph.ts";
import { gexfProblem } from "../../../core/src/schema/gexf-guard.ts";
import { checkGraphFile } from "../../src/view-command.ts";
import { article, cli, tree } from "./helpers.ts";

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

async function recordsOf(file: string): Promise<ExtractionRecord[]> {
  const r = await cli(["extract", "--with-text", file]);
  return r.out
    .trim()
    .split("\n")
    .map((l) => ExtractionRecord.parse(JSON.parse(l)));
}

describe("issue 16: document ids never collide", () => {
  it("records with ids 01.txt and 01.txt~2 plus a folder holding 01.txt build (the suffix is checked against every id)", async () => {
    const root = tree({ "a/01.txt": article(1), "b/01.txt": article(2) });
    const [rec] = await recordsOf(path.join(root, "a/01.txt"));
    const lines = [
      { ...rec!, id: "01.txt" },
      { ...rec!, id: "01.txt~2" },
    ]
      .map((r) => JSON.stringify(r))
      .join("\n");
    writeFileSync(path.join(root, "records.jsonl"), lines + "\n");
    const r = await cli([
      "build",
      path.join(root, "records.jsonl"),
      path.join(root, "b"),
      "-o",
      path.join(root, "g.json"),
    ]);
    expect(r.err).not.toContain("already exist");
    expect(r.code).toBe(0);
    expect(r.err).toContain('duplicate document id "01.txt"; using "01.txt~3"');
    const g = SerializedGraph.parse(JSON.parse(readFileSync(path.join(root, "g.json"), "utf8")));
    expect((g.attributes!.documents as { id: string }[]).map((d) => d.id)).toEqual(["01.txt", "01.txt~2", "01.txt~3"]);
  });

  it("build x y and build y x give the same bytes (files of one name in two folders)", async () => {
    const root = tree({ "x/001.txt": article(1), "y/001.txt": article(2), "y/002.txt": article(3) });
    const x = path.join(root, "x"),
      y = path.join(root, "y");
    expect((await cli(["build", x, y, "-o", path.join(root, "xy.json")])).code).toBe(0);
    expect((await cli(["build", y, x, "-o", path.join(root, "yx.json")])).code).toBe(0);
    const xy = readFileSync(path.join(root, "xy.json"), "utf8");
    expect(xy).toBe(readFileSync(path.join(root, "yx.json"), "utf8"));
    expect(xy).toContain('"statement:x/001.txt#s1"');
  });

  it("an entity id that is a statement key, or a statement id with '#', is refused as a record, not a crash", () => {
    const base = { id: "d", entities: [], mentions: [], statements: [], relations: [] };
    expect(
      ExtractionRecord.safeParse({
        ...base,
        entities: [{ id: "statement:d#s1", kind: "person", name: "X", aliases: [] }],
      }).success,
    ).toBe(false);
    const st = {
      id: "a#s1",
      kind: "direct",
      start: 0,
      end: 1,
      text: "x",
      speaker: null,
      source: null,
      cue: null,
      medium: null,
    };
    expect(ExtractionRecord.safeParse({ ...base, statements: [st] }).success).toBe(false);
    expect(ExtractionRecord.safeParse({ ...base, statements: [{ ...st, id: "s1" }] }).success).toBe(true);
  });
});

describe("issue 16: reserved names cannot poison", () => {
  it.each(["__proto__", "constructor", "prototype"])(
    "a record with medium %s is a skipped line (exit 1), not exit 70",
    async (key) => {
      const root = tree({ "a.txt": article(1) });
      const [rec] = await recordsOf(path.join(root, "a.txt"));
      const st = {
        id: "s99",
        kind: "direct",
        start: 0,
        end: 5,
        text: rec!.text!.slice(0, 5),
        speaker: null,
        source: null,
        cue: null,
        medium: key,
      };
      writeFileSync(
        path.join(root, "r.jsonl"),
        JSON.stringify({ ...rec!, statements: [...rec!.statements, st] }) + "\n",
      );
      const r = await cli(["build", path.join(root, "r.jsonl"), "-o", path.join(root, "g.json")]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/reserved JavaScript name/);
    },
  );

  it("a record with an entity keyed __proto__ is refused", () => {
    const rec = {
      id: "d",
      entities: [{ id: "__proto__", kind: "person", name: "X", aliases: [] }],
      mentions: [],
      statements: [],
      relations: [],
    };
    expect(ExtractionRecord.safeParse(rec).success).toBe(false);
  });

  it("documents with ids __proto__ and constructor are read and built like any other", async () => {
    const jsonl = [
      { id: "__proto__", text: article(1) },
      { id: "constructor", text: article(2) },
    ]
      .map((x) => JSON.stringify(x))
      .join("\n");
    const root = tree({ "d.jsonl": jsonl });
    const r = await cli(["build", path.join(root, "d.jsonl"), "-o", path.join(root, "g.json")]);
    expect(r.code).toBe(0);
    const g = SerializedGraph.parse(JSON.parse(readFileSync(path.join(root, "g.json"), "utf8")));
    expect(g.nodes.some((n) => n.key === "statement:__proto__#s1")).toBe(true);
  });

  it.each(["__proto__", "constructor", "prototype"])(
    "export of a graph.json with a node keyed %s exits 1 naming the problem",
    async (key) => {
      const g = {
        options: { type: "directed", multi: true },
        nodes: [
          { key, attributes: { kind: "person", label: "X", aliases: [] } },
          { key: "b", attributes: { kind: "person", label: "B", aliases: [] } },
        ],
        edges: [{ key: "e0", source: key, target: "b", attributes: { kind: "said", document: "d", start: 0, end: 1 } }],
      };
      const root = tree({ "g.json": JSON.stringify(g) });
      const r = await cli(["export", path.join(root, "g.json"), "--to", "gexf"]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/reserved JavaScript name/);
    },
  );

  it("an attribute named constructor in graph.json is refused", () => {
    const g = {
      nodes: [{ key: "a", attributes: { kind: "person", label: "A", aliases: [], constructor: 1 } }],
      edges: [],
    };
    expect(SerializedGraph.safeParse(g).success).toBe(false);
  });

  it("export of a GEXF with a DOCTYPE or a reserved id exits 1", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "aaaaaaaaaa">]><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="n" label="&a;&a;"/></nodes><edges/></graph></gexf>`;
    const proto = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="__proto__" label="x"/></nodes><edges/></graph></gexf>`;
    const root = tree({ "bomb.gexf": bomb, "proto.gexf": proto });
    for (const [f, msg] of [
      ["bomb.gexf", /DOCTYPE or entities/],
      ["proto.gexf", /reserved/],
    ] as const) {
      const r = await cli(["export", path.join(root, f), "--to", "json", "-o", "-"]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(msg);
    }
  });

  it("newsgraph view refuses a GEXF with a DOCTYPE before serving it", () => {
    const root = tree({
      "g.gexf": `<?xml version="1.0"?><!DOCTYPE gexf [<!ENTITY a "a">]><gexf version="1.3"><graph><nodes/><edges/></graph></gexf>`,
    });
    expect(() => checkGraphFile(path.join(root, "g.gexf"))).toThrow(/refused: it declares a DOCTYPE/);
  });

  it.each<[string, string | null]>([
    ['<node id="a" label="constructor"/>', null],
    ['<attvalue for="x" value="prototype"/>', null],
    ['<node id=" __proto__ "/>', "reserved"],
    ['<edge source="a" target="&#x5f;_proto__"/>', "reserved"],
    ["<attribute id='0' title='prototype'/>", "reserved"],
    ["<!doctype gexf>", "DOCTYPE"],
  ])("gexfProblem(%s)", (xml, problem) => {
    const p = gexfProblem(xml);
    if (problem === null) expect(p).toBeNull();
    else expect(p).toContain(problem);
  });
});
