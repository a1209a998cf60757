// Writing a graph as chunks: the file is whole or untouched, never truncated, even when a chunk fails mid-way.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Graph from "graphology";
import { writeChunksAtomic, writeGathered } from "../src/io.ts";
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

describe("writeGathered", () => {
  /** what the chunks mean: each run of text between byte chunks encoded as one string, the bytes as they are */
  const meant = (chunks: (string | Uint8Array)[]) => {
    const out: Buffer[] = [];
    let text = "";
    for (const c of chunks)
      if (typeof c === "string") text += c;
      else {
        out.push(Buffer.from(text, "utf8"), Buffer.from(c));
        text = "";
      }
    return Buffer.concat([...out, Buffer.from(text, "utf8")]);
  };
  const gathered = (chunks: (string | Uint8Array)[]) => {
    const pieces: Buffer[] = [];
    // copied: the writer reuses its buffer once `write` returns
    writeGathered(chunks, (b) => void pieces.push(Buffer.from(b)));
    return { bytes: Buffer.concat(pieces), sizes: pieces.map((p) => p.length) };
  };
  const line = (s: string) => Buffer.from(s, "utf8");
  const big = "é".repeat(600_000); // 1.2 MB of UTF-8: more than one piece
  it.each([
    ["text only", ["{", '"a":1', "}"]],
    ["copied lines between separators", ["[", line('{"k":"s1"}'), ",\n", line('{"k":"s2"}'), ",\n", "{}", "]"]],
    ["a character split across two text chunks", ["x\ud83d", "\ude00y"]],
    ["half a character before copied bytes (replaced, as in one string)", ["x\ud83d", line("z"), "\ude00"]],
    ["half a character at the very end", ["x\ud83d"]],
    ["a text chunk larger than a piece", ["a", big, "b"]],
    ["bytes larger than a piece", ["a", line(big), "b"]],
    ["empty chunks", ["", line(""), "a", ""]],
    ["nothing", []],
  ] as [string, (string | Uint8Array)[]][])("writes %s as the chunks mean", (_what, chunks) => {
    const { bytes, sizes } = gathered(chunks);
    expect(bytes.equals(meant(chunks))).toBe(true);
    expect(sizes.every((n) => n > 0)).toBe(true);
  });

  it("hands on pieces of about 1 MiB, not one per chunk", () => {
    const chunks = Array.from({ length: 30_000 }, (_, i) => (i % 2 ? ",\n" : line(`{"key":"statement:d${i}"}`)));
    const { bytes, sizes } = gathered(chunks);
    expect(bytes.equals(meant(chunks))).toBe(true);
    expect(sizes.length).toBeLessThan(3);
  });
});
