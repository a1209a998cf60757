// The snapshot file (snapshot.ts): its versions, round trips, the bytes it copies, and every damage it refuses by name.
import { describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createHash } from "node:crypto";
import { deserialize, serialize } from "node:v8";
import path from "node:path";
import { flipByte as flip } from "./reliability/helpers.ts";
import { versions } from "../src/cache.ts";
import { SNAPSHOT_NAME, SnapshotWriter, readSnapshot, summaryOf } from "../src/snapshot.ts";
import { snapshotDigest } from "../src/snapshot-bytes.ts";

describe("the snapshot's version", () => {
  it("changes with the corpus stages' code and any model; the extractor's only with the document stages' and models", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-ver-"));
    const models = path.join(dir, "models"),
      code = path.join(dir, "src");
    for (const d of [models, path.join(code, "graph"), path.join(code, "statements")])
      mkdirSync(d, { recursive: true });
    writeFileSync(path.join(models, "ner.bin"), "weights 1");
    writeFileSync(path.join(code, "statements/cues.ts"), "export const CUES = ['said'];");
    writeFileSync(path.join(code, "graph/build.ts"), "export const EDGES = 1;");
    const v0 = versions(models, code);
    writeFileSync(path.join(code, "graph/build.ts"), "export const EDGES = 2;");
    const v1 = versions(models, code);
    expect(v1.extractor).toBe(v0.extractor); // the cached records stay
    expect(v1.library).not.toBe(v0.library); // the snapshot of folded documents does not
    writeFileSync(path.join(models, "ner.bin"), "weights 2");
    const v2 = versions(models, code);
    expect(v2.extractor).not.toBe(v1.extractor);
    expect(v2.library).not.toBe(v1.library);
  });
});

describe("the snapshot file", () => {
  const summary = (id: string) => ({ meta: { id }, entities: [], mentionCounts: [] });
  async function write(dir: string, version: string) {
    const w = new SnapshotWriter(dir, version);
    w.addDoc("k1", "a.txt", summary("a.txt"), Buffer.from('{"statements":[],"relations":[],"sentences":[]}'));
    w.addDoc("k2", "b.txt", summary("b.txt"), Buffer.from('{"statements":[1],"relations":[],"sentences":[]}'));
    w.endDocs();
    await w.commit(null);
    return path.join(dir, SNAPSHOT_NAME);
  }

  it("round-trips documents by key; no file is no snapshot and no problem", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-snap-"));
    expect(readSnapshot(dir, "v1")).toEqual({ snapshot: null, problem: null });
    await write(dir, "v1");
    const r = readSnapshot(dir, "v1");
    expect(summaryOf(r.snapshot!.docs.get("k2")!)).toEqual(summary("b.txt"));
    expect(r.snapshot?.docs.get("k2")?.facts.toString()).toBe('{"statements":[1],"relations":[],"sentences":[]}');
    expect(r.snapshot?.state).toBeNull();
  });

  it("copies a kept document's summary bytes into the next snapshot as they are", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-snap-"));
    await write(dir, "v1");
    const kept = readSnapshot(dir, "v1").snapshot!.docs.get("k1")!;
    const next = mkdtempSync(path.join(tmpdir(), "ng-snap-"));
    const w = new SnapshotWriter(next, "v1");
    w.addDoc("k1", kept.id, kept.summary, kept.facts);
    w.endDocs();
    await w.commit(null);
    const again = readSnapshot(next, "v1").snapshot!.docs.get("k1")!;
    expect(again.summary.equals(kept.summary)).toBe(true);
    expect(summaryOf(again)).toEqual(summary("a.txt"));
  });

  it("a summary that names another document is refused, naming --full", () => {
    const doc = { id: "a.txt", summary: Buffer.from(JSON.stringify(summary("b.txt"))), facts: Buffer.alloc(0) };
    expect(() => summaryOf({ ...doc, noText: false })).toThrow(/newsgraph\/snapshot: .*a\.txt.*--full/);
    expect(() => summaryOf({ ...doc, summary: Buffer.from("{"), noText: false })).toThrow(/--full/);
  });

  it.each([
    ["another version", (f: string) => void f, "v2", /written by another version of the models or code/],
    ["cut short", (f: string) => writeFileSync(f, readFileSync(f).subarray(0, 40)), "v1", /cut short/],
    ["a flipped byte", (f: string) => flip(f, 20), "v1", /checksum does not match/],
    // the index and state are parsed before the hash is known (it may be on a worker): damage still says checksum
    ["a flipped byte in the index", (f: string) => flip(f, indexAt(f) + 3), "v1", /checksum does not match/],
    ["not a snapshot", (f: string) => writeFileSync(f, "{}"), "v1", /not a snapshot/],
    // the layouts before this one, each with a good checksum: read as what they are, never as a wrong state
    ["an older format (3)", (f: string) => rewrite(f, (index) => ({ ...index, format: 3 })), "v1", /cannot read/],
    // format 4 had no entity edges: carrying them from it would be carrying nothing
    ["an older format (4)", (f: string) => rewrite(f, (index) => ({ ...index, format: 4 })), "v1", /cannot read/],
    [
      "a state of format 3 (no statement totals)",
      (f: string) => rewrite(f, undefined, () => state3),
      "v1",
      /has an index this version cannot read/,
    ],
  ])("%s: ignored, saying why and that the build reads the cache", async (_name, damage, version, why) => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-snap-"));
    damage(await write(dir, "v1"));
    // the hash in this thread, and on a worker thread while this one parses: the same answer
    for (const hashAside of [false, true]) {
      const r = readSnapshot(dir, version, { hashAside });
      expect(r.snapshot).toBeNull();
      expect("problem" in r && r.problem).toMatch(why);
      expect("problem" in r && r.problem).toMatch(/ignored, so this build reads every document from the cache/);
    }
  });

  it("reads the same snapshot with the hash on a worker thread as in this one", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-snap-"));
    await write(dir, "v1");
    const aside = readSnapshot(dir, "v1", { hashAside: true });
    expect(aside).toEqual(readSnapshot(dir, "v1"));
    expect(aside.snapshot?.docs.size).toBe(2);
  });
});

describe("snapshotDigest", () => {
  const bytes = (b: Buffer) => {
    const shared = Buffer.from(new SharedArrayBuffer(b.length));
    b.copy(shared);
    return shared;
  };
  const sha = (b: Buffer) => createHash("sha256").update(b).digest();
  it.each([
    ["shared memory, aside", bytes(Buffer.from("abcdefgh".repeat(1000))), true],
    ["shared memory, here", bytes(Buffer.from("abcdefgh".repeat(1000))), false],
    ["an ordinary buffer, aside (hashed here)", Buffer.from("abcdefgh".repeat(1000)), true],
    ["a view that starts later, aside (hashed here)", bytes(Buffer.from("abcdefgh".repeat(1000))).subarray(3), true],
  ])("%s: the SHA-256 of the first bytes, asked twice", (_name, buf, aside) => {
    const d = snapshotDigest(buf, 5000, aside);
    expect(d()).toEqual(sha(buf.subarray(0, 5000)));
    expect(d()).toEqual(sha(buf.subarray(0, 5000)));
    expect(d()).not.toEqual(sha(buf.subarray(0, 4999)));
  });
});

/** Where the documents' index starts (the trailer's layout, snapshot.ts). */
function indexAt(file: string): number {
  const b = readFileSync(file);
  return Number(b.readBigUInt64LE(b.length - 64 + 8));
}

/** A carried state as format 3 wrote it: positions in node order, and no statement totals. */
const state3 = {
  output: { file: "/nowhere/graph.json", size: 10, mtimeMs: 1 },
  options: "{}",
  positions: { keys: ["b", "a"], x: Float64Array.from([1, 2]), y: Float64Array.from([3, 4]) },
  communities: { keys: [], ids: new Int32Array(0) },
  prints: { ids: ["a.txt"], prints: ["p"] },
  resolution: null,
};

/** The snapshot with its index or state replaced, under a checksum that holds (the trailer's layout, snapshot.ts). */
function rewrite(file: string, index?: (i: Record<string, unknown>) => unknown, state?: (s: unknown) => unknown) {
  const b = readFileSync(file);
  const end = b.length - 64;
  const at = Number(b.readBigUInt64LE(end + 8)),
    n = Number(b.readBigUInt64LE(end + 16));
  const i = serialize((index ?? ((x) => x))(deserialize(b.subarray(at, at + n)) as Record<string, unknown>));
  const s = serialize((state ?? ((x) => x))(deserialize(b.subarray(at + n, end))));
  const body = Buffer.concat([b.subarray(0, at), i, s]);
  const trailer = Buffer.alloc(64);
  b.copy(trailer, 0, end, end + 8);
  trailer.writeBigUInt64LE(BigInt(at), 8);
  trailer.writeBigUInt64LE(BigInt(i.length), 16);
  trailer.writeBigUInt64LE(BigInt(s.length), 24);
  createHash("sha256").update(body).digest().copy(trailer, 32);
  writeFileSync(file, Buffer.concat([body, trailer]));
}
