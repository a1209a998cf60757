// Incremental builds: unchanged documents come from the cache, a new extractor version starts it afresh, positions stay.
import { describe, expect, it } from "vitest";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cliOk as cli } from "./reliability/helpers.ts";
import { CACHE_DIR_NAME, ExtractionCache, extractorVersion } from "../src/cache.ts";
import { DEFAULT_NER_MODEL } from "../src/load-ner.ts";
import { inventedCorpus } from "../../core/test/support/invented-corpus.ts";

const tmp = () => mkdtempSync(path.join(tmpdir(), "ng-cache-"));
const positions = (file: string) =>
  new Map(
    (
      JSON.parse(readFileSync(file, "utf8")) as { nodes: { key: string; attributes: { x: number; y: number } }[] }
    ).nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]),
  );

function withoutPositions(file: string) {
  const g = JSON.parse(readFileSync(file, "utf8")) as {
    attributes: Record<string, unknown>;
    nodes: { attributes: Record<string, unknown> }[];
  };
  for (const n of g.nodes) {
    delete n.attributes.x;
    delete n.attributes.y;
  }
  delete g.attributes.layout; // its quality score is measured on the positions
  return g;
}

describe("extraction cache", () => {
  it(
    "extracts only new documents on a rebuild, and the graph is the same as a build from scratch",
    { timeout: 120_000 },
    async () => {
      const root = inventedCorpus(20);
      const out = path.join(root, "graph.json");
      expect(await cli(["build", path.join(root, "in"), "-o", out, "--jobs", "1"])).not.toContain("from cache");
      expect(existsSync(path.join(root, CACHE_DIR_NAME))).toBe(true);
      inventedCorpus(3, root, 20); // three new articles
      expect(await cli(["build", path.join(root, "in"), "-o", out, "--jobs", "1"])).toContain("20 of 23 from cache");
      const fresh = path.join(root, "fresh.json");
      await cli(["build", path.join(root, "in"), "-o", fresh, "--no-cache", "--jobs", "1"]);
      // the same graph; positions differ, since the rebuild keeps the old nodes' places (tested below)
      expect(withoutPositions(out)).toEqual(withoutPositions(fresh));
    },
  );

  it(
    "a changed article is extracted again; extract -o uses the cache beside its output, --cache DIR anywhere",
    { timeout: 60_000 },
    async () => {
      const root = inventedCorpus(4);
      const cache = path.join(tmp(), "c");
      await cli(["extract", path.join(root, "in"), "-o", path.join(root, "a.jsonl"), "--cache", cache]);
      writeFileSync(path.join(root, "in", "a001.txt"), "Ilse Wendholt said the talks had failed.");
      expect(
        await cli(["extract", path.join(root, "in"), "-o", path.join(root, "b.jsonl"), "--cache", cache]),
      ).toContain("3 of 4 from cache");
      const b = readFileSync(path.join(root, "b.jsonl"), "utf8");
      expect(b).toContain("Ilse Wendholt");
      await cli(["extract", path.join(root, "in"), "-o", path.join(root, "c.jsonl"), "--no-cache"]);
      expect(readFileSync(path.join(root, "c.jsonl"), "utf8")).toBe(b);
      expect(existsSync(path.join(root, CACHE_DIR_NAME))).toBe(false); // --cache and --no-cache put nothing beside the output
    },
  );

  it("a new extractor version serves nothing from the old one and removes it; a damaged entry is a miss", () => {
    const dir = tmp();
    const doc = { id: "a.txt", text: "Borin Vask spoke." };
    const v1 = new ExtractionCache(dir, "1111111111111111");
    v1.put(v1.key(doc, false), '{"id":"a.txt"}');
    expect(new ExtractionCache(dir, "1111111111111111").get(v1.key(doc, false))).toBe('{"id":"a.txt"}');
    const v2 = new ExtractionCache(dir, "2222222222222222");
    expect(v2.get(v2.key(doc, false))).toBeUndefined();
    expect(readdirSync(dir)).toEqual(["2222222222222222"]);
    const k = v2.key(doc, false);
    v2.put(k, '{"id":"a.txt"}');
    writeFileSync(path.join(dir, "2222222222222222", k.slice(0, 2), `${k}.json`), '{"id":"a.t');
    expect(v2.get(k)).toBeUndefined();
  });

  it("the key covers the text, the metadata and withText", () => {
    const c = new ExtractionCache(tmp(), "1111111111111111");
    const base = { id: "a", text: "x" };
    const keys = [
      c.key(base, false),
      c.key({ ...base, text: "y" }, false),
      c.key({ ...base, date: "2026-01-01" }, false),
      c.key(base, true),
      c.key({ ...base, id: "b" }, false),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("the extractor version changes with any model file and with any rule source file", () => {
    const dir = tmp();
    const models = path.join(dir, "models");
    mkdirSync(models);
    const model = path.join(models, "ner.bin.gz");
    copyFileSync(DEFAULT_NER_MODEL, model);
    const code = path.join(dir, "src");
    mkdirSync(path.join(code, "statements"), { recursive: true });
    mkdirSync(path.join(code, "node"), { recursive: true });
    writeFileSync(path.join(code, "statements/lexicon.ts"), "export const CUES = ['said'];");
    const v0 = extractorVersion(models, code);
    expect(extractorVersion(models, code)).toBe(v0);
    writeFileSync(path.join(code, "node/cli.ts"), "// the command line does not change records");
    expect(extractorVersion(models, code)).toBe(v0);
    // the corpus stages run after extraction: changing how the graph is built keeps every record
    for (const dir of ["graph", "resolve"]) {
      mkdirSync(path.join(code, dir), { recursive: true });
      writeFileSync(path.join(code, dir, "build.ts"), "export const EDGES = 1;");
    }
    expect(extractorVersion(models, code)).toBe(v0);
    // a folder of the same name deeper down is part of a stage
    mkdirSync(path.join(code, "statements/graph"), { recursive: true });
    writeFileSync(path.join(code, "statements/graph/x.ts"), "export const X = 1;");
    const v0b = extractorVersion(models, code);
    expect(v0b).not.toBe(v0);
    writeFileSync(path.join(code, "statements/lexicon.ts"), "export const CUES = ['said', 'told'];");
    const v1 = extractorVersion(models, code);
    expect(v1).not.toBe(v0b);
    const bytes = readFileSync(model);
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 1;
    writeFileSync(model, bytes);
    const v2 = extractorVersion(models, code);
    expect(v2).not.toBe(v1);
    // a retrained attribution (or any other) model changes the statements of every record
    writeFileSync(path.join(models, "attribution.bin.gz"), "weights");
    const v3 = extractorVersion(models, code);
    expect(v3).not.toBe(v2);
    writeFileSync(path.join(models, "attribution.bin.gz"), "weights, retrained");
    expect(extractorVersion(models, code)).not.toBe(v3);
  });
});

describe("rebuilds keep positions", () => {
  it(
    "nodes of the previous graph keep their laid-out positions; only new nodes move",
    { timeout: 120_000 },
    async () => {
      const root = inventedCorpus(12);
      const out = path.join(root, "graph.json");
      await cli(["build", path.join(root, "in"), "-o", out, "--layout", "30", "--jobs", "1"]);
      const before = positions(out);
      const again = readFileSync(out, "utf8");
      await cli(["build", path.join(root, "in"), "-o", out, "--layout", "30", "--jobs", "1"]);
      expect(readFileSync(out, "utf8")).toBe(again); // the same inputs: not a single node moves
      inventedCorpus(4, root, 40);
      expect(await cli(["build", path.join(root, "in"), "-o", out, "--layout", "30", "--jobs", "1"])).toMatch(
        /\d+ kept their positions/,
      );
      const after = positions(out);
      expect(after.size).toBeGreaterThan(before.size);
      for (const [key, p] of before) if (after.has(key)) expect(after.get(key), key).toEqual(p);
      expect(readFileSync(out, "utf8")).not.toContain('"fixed"');
    },
  );
});
