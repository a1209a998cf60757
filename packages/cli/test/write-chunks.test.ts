// Writing a graph as chunks: the file is whole or untouched, never truncated, even when a chunk fails mid-way.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Graph from "graphology";
import { writeChunksAtomic } from "../src/io.ts";
import { graphJsonChunks, serializeGraph } from "@newsgraph/core";

describe("writeChunksAtomic", () => {
  it("writes every chunk, gathered into large writes", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-chunks-"));
    const f = path.join(dir, "g.json");
    const parts = Array.from({ length: 5000 }, (_, i) => `${i}:${"x".repeat(500)}\n`);
    writeChunksAtomic(f, parts);
    expect(readFileSync(f, "utf8")).toBe(parts.join(""));
    expect(readdirSync(dir)).toEqual(["g.json"]);
  });

  it("keeps the previous file and leaves no temp file when the graph turns out invalid half-way", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-chunks-"));
    const f = path.join(dir, "g.json");
    writeFileSync(f, "previous");
    const g = new Graph();
    g.addNode("a", { kind: "person", label: "A", aliases: [] });
    g.addNode("b", { kind: "planet", label: "B", aliases: [] });
    expect(() => writeChunksAtomic(f, graphJsonChunks(g))).toThrow(
      /newsgraph\/graph: refusing to write an invalid graph: nodes\.1\.attributes\.kind/,
    );
    expect(readFileSync(f, "utf8")).toBe("previous");
    expect(readdirSync(dir)).toEqual(["g.json"]);
  });

  it("the chunks join to exactly serializeGraph's text", () => {
    const g = new Graph();
    g.addNode("a", { kind: "person", label: "A", aliases: ["A"] });
    expect([...graphJsonChunks(g)].join("")).toBe(serializeGraph(g));
    expect(JSON.parse(serializeGraph(g)).nodes).toHaveLength(1);
  });
});
