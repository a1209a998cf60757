// The snapshot written on a worker thread (build --jobs 2+): the same bytes as in this thread, and failures reported.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cli as run } from "./reliability/helpers.ts";
import { SNAPSHOT_NAME, SnapshotWriter, readSnapshot, type CarriedState } from "../src/snapshot.ts";
import { inventedArticle, inventedCorpus } from "../../core/test/support/invented-corpus.ts";

const summary = (id: string) => ({ meta: { id }, entities: [], mentionCounts: [] });
const facts = (n: number) => Buffer.from(`{"statements":[${n}],"relations":[],"sentences":[]}`);
const state: CarriedState = {
  output: { file: "/nowhere/graph.json", size: 10, mtimeMs: 1 },
  options: "{}",
  positions: { keys: ["a", "b"], x: Float64Array.from([1.5, -2]), y: Float64Array.from([0, 3.25]) },
  communities: { keys: ["a"], ids: Int32Array.from([4]) },
  prints: { ids: ["a.txt"], prints: ["p"] },
  resolution: { names: ["person:ana-vel", "\u0001vel"], merges: "[]", overrides: "[]" },
  statements: {
    nodes: 1,
    edges: 2,
    degree: { keys: ["a"], weights: Float64Array.from([2]) },
    anchors: { keys: ["a"], counts: Int32Array.from([1]) },
    length: 12_345_678n,
  },
  edges: {
    source: Uint32Array.from([0]),
    target: Uint32Array.from([0]),
    kinds: ["co_occurs"],
    kind: Uint8Array.from([0]),
    weight: Float64Array.from([3]),
  },
};

/** A snapshot of `docs` (new ones as objects, kept ones as the bytes a read snapshot holds) written one way. */
async function write(
  dir: string,
  threaded: boolean,
  kept: Map<string, { id: string; summary: Buffer; facts: Buffer }>,
  prefix = "n",
) {
  const w = new SnapshotWriter(dir, "v1", threaded);
  for (const [key, d] of kept) w.addDoc(key, d.id, d.summary, d.facts, false, { digest: `d-${key}`, words: 3 });
  for (let i = 0; i < 40; i++)
    w.addDoc(`${prefix}${i}`, `${prefix}${i}.txt`, summary(`${prefix}${i}.txt`), facts(i), i % 7 === 0);
  w.endDocs();
  await w.commit(state);
  return readFileSync(path.join(dir, SNAPSHOT_NAME));
}

describe("the snapshot written on a worker thread", () => {
  it("is the same bytes as one written in this thread, kept documents crossing as views of the read file", async () => {
    const first = mkdtempSync(path.join(tmpdir(), "ng-snapt-"));
    await write(first, false, new Map());
    const kept = readSnapshot(first, "v1").snapshot!.docs;
    // the kept documents' bytes are views of one shared buffer, which the worker reads without a copy
    expect(kept.get("n3")!.facts.buffer).toBeInstanceOf(SharedArrayBuffer);
    const here = mkdtempSync(path.join(tmpdir(), "ng-snapt-")),
      there = mkdtempSync(path.join(tmpdir(), "ng-snapt-"));
    const a = await write(here, false, kept, "m");
    const b = await write(there, true, kept, "m");
    expect(b.equals(a)).toBe(true);
    const back = readSnapshot(there, "v1").snapshot!;
    expect(back.docs.size).toBe(80);
    expect(back.state?.positions.y[1]).toBe(3.25);
    expect(readdirSync(there)).toEqual([SNAPSHOT_NAME]); // no temp file left
  });

  it("a folder that cannot be written: commit rejects naming the file, and nothing is left behind", async () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), "ng-snapt-")), "missing");
    const w = new SnapshotWriter(dir, "v1", true);
    w.addDoc("k", "a.txt", summary("a.txt"), facts(1));
    w.endDocs();
    await expect(w.commit(null)).rejects.toThrow(/snapshot\.bin/);
    await w.abort(); // after a failure: settles, does nothing more
  });

  it("abort keeps the previous snapshot and removes the temp file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-snapt-"));
    const before = await write(dir, false, new Map());
    const w = new SnapshotWriter(dir, "v1", true);
    w.addDoc("k", "a.txt", summary("a.txt"), facts(1));
    w.endDocs();
    await w.abort();
    expect(readFileSync(path.join(dir, SNAPSHOT_NAME)).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual([SNAPSHOT_NAME]);
  });
});

describe("build --jobs 2 on a snapshot", () => {
  it(
    "a rebuild with two jobs (the model loaded ahead on a worker, the snapshot written on one) equals one with one job",
    { timeout: 180_000 },
    async () => {
      /** the same invented corpus built, then rebuilt with one more article with `jobs` */
      const rebuilt = async (jobs: string) => {
        const root = inventedCorpus(40);
        const out = path.join(root, "graph.json");
        const build = async (j: string) => {
          const { code, err } = await run(["build", path.join(root, "in"), "-o", out, "--layout", "20", "--jobs", j]);
          expect(code, err).toBe(0);
          return err;
        };
        await build("1");
        writeFileSync(path.join(root, "in", "a900.txt"), inventedArticle(41));
        const note = await build(jobs);
        return { root, out, note, graph: readFileSync(out), build };
      };
      const one = await rebuilt("1");
      // a corpus this small would otherwise stay in one thread (a worker costs ~70 ms to start)
      process.env.NEWSGRAPH_THREADS_ANY_SIZE = "1";
      const two = await rebuilt("2").finally(() => delete process.env.NEWSGRAPH_THREADS_ANY_SIZE);
      expect(two.note).toContain("40 of 41 from cache (snapshot: 40 kept, 1 added, 0 changed, 0 removed)");
      expect(two.note).toContain("2 threads"); // the new article went to the worker that loaded the model
      expect(two.graph.equals(one.graph)).toBe(true);
      // the snapshot the thread wrote is read by the next build: everything kept, the same graph again
      const again = await two.build("2");
      expect(again).toContain("(snapshot: 41 kept, 0 added, 0 changed, 0 removed)");
      expect(readFileSync(two.out).equals(two.graph)).toBe(true);
      expect(readdirSync(path.dirname(two.out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    },
  );
});
