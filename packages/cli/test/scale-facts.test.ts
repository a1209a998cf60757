// The build's temporary fact file: what goes in comes back byte for byte, once, and the file is gone after close.
import { describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DocFacts } from "@newsgraph/core";
import { FileFactStore } from "../src/fact-file.ts";

const facts = (text: string): DocFacts => ({
  statements: [
    {
      id: "s1",
      kind: "direct",
      start: 4,
      end: 4 + text.length,
      text,
      speaker: "person:ilsa-varn",
      said: { start: 0, end: 3 },
      medium: null,
      mediumKind: "via",
      mentions: [],
      evidence: { evidence: `“${text}”, said Varn.`, evidenceStart: 1 },
    },
  ],
  relations: [],
  sentences: [{ start: 0, end: 9, entities: ["person:ilsa-varn", "organization:kelmor"], evidence: "Varn, Kelmor" }],
});

describe("FileFactStore", () => {
  it("gives back each document's facts as they were put, in any order, once; close removes its folder", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "ng-facts-"));
    const texts = ["We will rebuild the pier", "Ünïcödé — “quoted” 𝄞 and \\ and \n a new line", ""];
    // the first document fits in memory, the second spills both
    const store = new FileFactStore(parent, JSON.stringify(facts(texts[0] ?? "")).length + 10);
    store.put("doc0", facts(texts[0] ?? ""));
    expect([store.spilled, readdirSync(parent)]).toEqual([false, []]);
    store.put("doc1", facts(texts[1] ?? ""));
    store.put("doc2", facts(texts[2] ?? ""));
    expect(store.spilled).toBe(true);
    expect(readdirSync(parent)).toHaveLength(1);
    expect(store.take("doc1")).toEqual(facts(texts[1] ?? ""));
    expect(store.take("doc0")).toEqual(facts(texts[0] ?? ""));
    expect(store.take("doc2")).toEqual(facts(""));
    expect(() => store.take("doc1")).toThrow(/newsgraph build: no facts stored for document doc1/);
    store.close();
    store.close();
    expect(readdirSync(parent)).toHaveLength(0);
  });

  it("a small build stays in memory: no file at all", () => {
    const parent = mkdtempSync(path.join(tmpdir(), "ng-facts-"));
    const store = new FileFactStore(parent);
    for (let i = 0; i < 100; i++) store.put(`doc${i}`, facts(`text ${i}`));
    expect(store.take("doc42")).toEqual(facts("text 42"));
    expect([store.spilled, readdirSync(parent)]).toEqual([false, []]);
    store.close();
  });

  it("names TMPDIR when it cannot create its file", () => {
    const missing = path.join(tmpdir(), "ng-no-such-folder", "deeper");
    expect(existsSync(missing)).toBe(false);
    const store = new FileFactStore(missing, 0);
    expect(() => store.put("doc0", facts("x"))).toThrow(
      /newsgraph build: cannot create a temporary file in .*set TMPDIR/,
    );
    store.close();
  });
});
