// Worker threads: --jobs N writes the same bytes as --jobs 1; extractBatch keeps one bad document from sinking its batch.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ExtractionPool } from "../src/pool/pool.ts";
import { Extractor } from "../src/pool/extractor.ts";
import { claim } from "../src/pool/claim.ts";
import { cli } from "./reliability/helpers.ts";
import { extractBatch } from "@newsgraph/core";
import { BATCH_DOCS } from "../src/session.ts";
import { loadDefaultResources, readModelBytes } from "../src/resources.ts";
import { inventedArticle, inventedCorpus } from "../../core/test/support/invented-corpus.ts";

describe("--jobs", () => {
  // more documents than one batch, so the threads really share the work; a JSONL file mixes in ready records
  const count = 2 * BATCH_DOCS + 9;
  const root = inventedCorpus(count);
  const lines = [0, 1, 2].map((i) =>
    JSON.stringify({ id: `feed-${i}`, text: inventedArticle(500 + i), date: "2026-03-0" + (i + 1) }),
  );
  writeFileSync(path.join(root, "in", "feed.jsonl"), lines.join("\n") + "\n");
  // one command over `input` (the invented articles by default) into `out`, with `jobs` threads and no cache unless given
  const inRoot = (command: string, out: string, jobs: string, rest = ["--no-cache"], input = path.join(root, "in")) =>
    cli([command, input, "-o", path.join(root, out), "--jobs", jobs, ...rest]);

  it("extract with 2 threads writes the same bytes as with 1", { timeout: 120_000 }, async () => {
    const one = await inRoot("extract", "one.jsonl", "1");
    const two = await inRoot("extract", "two.jsonl", "2");
    expect(one.code, one.err).toBe(0);
    expect(two.code, two.err).toBe(0);
    expect(two.err).toContain("2 threads");
    expect(one.err).not.toContain("threads");
    const a = readFileSync(path.join(root, "one.jsonl"), "utf8");
    expect(a.split("\n").filter(Boolean)).toHaveLength(count + 3);
    expect(readFileSync(path.join(root, "two.jsonl"), "utf8")).toBe(a);
  });

  it(
    "build with 2 threads writes the same graph as with 1, also from extracted records",
    { timeout: 120_000 },
    async () => {
      const one = await inRoot("build", "g1.json", "1");
      const two = await inRoot("build", "g2.json", "2");
      expect(one.code, one.err).toBe(0);
      expect(two.code, two.err).toBe(0);
      const g1 = readFileSync(path.join(root, "g1.json"), "utf8");
      expect(readFileSync(path.join(root, "g2.json"), "utf8")).toBe(g1);
      // records extracted earlier (with their texts, for evidence sentences) give the same graph
      const recs = await inRoot("extract", "texts.jsonl", "2", ["--with-text", "--no-cache"]);
      expect(recs.code, recs.err).toBe(0);
      const three = await inRoot("build", "g3.json", "2", ["--no-cache"], path.join(root, "texts.jsonl"));
      expect(three.code, three.err).toBe(0);
      expect(readFileSync(path.join(root, "g3.json"), "utf8")).toBe(g1);
    },
  );

  it(
    "a run served wholly from the cache starts no threads and writes the same bytes",
    { timeout: 120_000 },
    async () => {
      const cache = path.join(root, "cache");
      const first = await inRoot("extract", "c1.jsonl", "2", ["--cache", cache]);
      expect(first.err).toContain("2 threads");
      const second = await inRoot("extract", "c2.jsonl", "2", ["--cache", cache]);
      expect(second.err).toContain(`${count + 3} of ${count + 3} from cache`);
      expect(second.err).not.toContain("threads");
      expect(readFileSync(path.join(root, "c2.jsonl"), "utf8")).toBe(readFileSync(path.join(root, "c1.jsonl"), "utf8"));
    },
  );

  it.each([["0"], ["two"]])("rejects --jobs %s with a usage error", async (v) => {
    const r = await cli(["extract", path.join(root, "in"), "--jobs", v]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--jobs must be/);
  });
});

describe("extractBatch", () => {
  const res = loadDefaultResources();

  it("returns each document's JSON line in order, the same as extracting one by one", () => {
    const docs = [0, 1, 2].map((i) => ({ doc: { id: `d${i}`, text: inventedArticle(i) }, withText: i === 1 }));
    const out = extractBatch(docs, res);
    expect(out.map((r) => r.id)).toEqual(["d0", "d1", "d2"]);
    expect(out.every((r) => r.ok)).toBe(true);
    const again = extractBatch([docs[1]!], res)[0]!;
    expect(again).toEqual(out[1]);
    expect(JSON.parse((out[1] as { json: string }).json).text).toBe(inventedArticle(1));
  });

  it("a document whose extraction throws comes back as a failure; the others are kept", () => {
    // a model whose first use throws, as a corrupt one would
    const broken = {
      ...res,
      get ner(): never {
        throw new Error("boom");
      },
    };
    const out = extractBatch([{ doc: { id: "x", text: "Talia Brenmoor spoke." }, withText: false }], broken);
    expect(out[0]).toMatchObject({ ok: false, id: "x", message: "boom" });
    const mixed = extractBatch([{ doc: { id: "empty", text: "" }, withText: false }], res);
    expect(mixed[0]!.ok).toBe(true);
  });
});

describe("Extractor", () => {
  it(
    "with 2 jobs this thread extracts beside one worker, and every batch comes back as one thread extracts it",
    { timeout: 60_000 },
    async () => {
      const ex = new Extractor(loadDefaultResources);
      ex.parallel(2);
      try {
        const batches = [0, 1, 2, 3, 4, 5].map((b) =>
          [0, 1].map((i) => ({ doc: { id: `x${b}-${i}`, text: inventedArticle(20 * b + i) }, withText: false })),
        );
        // all given at once: the worker takes three (its queue depth), this thread the rest as they come
        const results = await Promise.all(batches.map((b) => ex.run(b)));
        const local = loadDefaultResources();
        expect(results).toEqual(batches.map((b) => extractBatch(b, local)));
        expect(ex.threads).toBe(2);
        expect(ex.batchesHere).toBe(3);
      } finally {
        await ex.close();
      }
    },
  );

  it(
    "helps out: a batch queued on the worker and not started is extracted here, and comes back once",
    { timeout: 60_000 },
    async () => {
      const ex = new Extractor(loadDefaultResources);
      ex.parallel(2);
      try {
        const batches = [0, 1, 2].map((b) =>
          [0, 1].map((i) => ({ doc: { id: `h${b}-${i}`, text: inventedArticle(30 * b + i) }, withText: false })),
        );
        const runs = batches.map((b) => ex.run(b));
        // the worker is still loading its model: it has started none of its three, so this thread takes two back,
        // newest first, and the worker still answers the oldest
        expect(ex.helpOut()).toBe(true);
        expect(ex.helpOut()).toBe(true);
        expect(ex.batchesHere).toBe(2);
        const local = loadDefaultResources();
        expect(await Promise.all(runs)).toEqual(batches.map((b) => extractBatch(b, local)));
        // every batch is answered: nothing is left to take back
        expect(ex.helpOut()).toBe(false);
        expect(ex.batchesHere).toBe(2);
      } finally {
        await ex.close();
      }
    },
  );
});

describe("Extractor.prestart", () => {
  it(
    "a worker started ahead keeps its batch until it has answered: this thread never loads the models for it",
    { timeout: 60_000 },
    async () => {
      const ex = new Extractor(() => {
        throw new Error("this thread loaded the models");
      });
      ex.prestart(2);
      ex.parallel(2);
      try {
        const batch = [0, 1].map((i) => ({ doc: { id: `p${i}`, text: inventedArticle(70 + i) }, withText: false }));
        const run = ex.run(batch);
        // the worker is still loading its model (it cannot have answered before this turn ends): not taken back
        expect(ex.helpOut()).toBe(false);
        expect(await run).toEqual(extractBatch(batch, loadDefaultResources()));
        expect(ex.batchesHere).toBe(0);
      } finally {
        await ex.close();
      }
    },
  );
});

describe("claim", () => {
  it("a posted batch is claimed once; a batch never posted at that index is not", () => {
    const claims = new Int32Array(new SharedArrayBuffer(4 * 6));
    claims[7 % 6] = 7 + 1; // batch 7 posted
    expect(claim(claims, 7)).toBe(true);
    expect(claim(claims, 7)).toBe(false);
    expect(claim(claims, 13)).toBe(false); // same index, never posted
    expect(claim(claims, 8)).toBe(false);
  });
});

describe("ExtractionPool", () => {
  it(
    "a worker that dies rejects every pending batch with a message naming the fallback",
    { timeout: 30_000 },
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "ng-pool-"));
      const entry = path.join(dir, "dies.mjs");
      writeFileSync(entry, 'throw new Error("model file unreadable");\n');
      const pool = new ExtractionPool(2, { ner: new Uint8Array(0), attribution: null }, pathToFileURL(entry));
      const batch = [{ doc: { id: "a", text: "Talia Brenmoor spoke." }, withText: false }];
      const runs = [pool.run(batch), pool.run(batch), pool.run(batch)];
      for (const r of runs) await expect(r).rejects.toThrow(/newsgraph\/pool: .*model file unreadable.*--jobs 1/);
      await expect(pool.run(batch)).rejects.toThrow(/--jobs 1/);
      await pool.close();
    },
  );

  it("runs batches on its threads and returns them in the order of the documents", { timeout: 60_000 }, async () => {
    const pool = new ExtractionPool(2, readModelBytes());
    try {
      const batches = [0, 1, 2].map((b) =>
        [0, 1].map((i) => ({ doc: { id: `b${b}-${i}`, text: inventedArticle(10 * b + i) }, withText: false })),
      );
      const results = await Promise.all(batches.map((b) => pool.run(b)));
      const local = loadDefaultResources();
      expect(results).toEqual(batches.map((b) => extractBatch(b, local)));
    } finally {
      await pool.close();
    }
  });

  it(
    "with two workers, every batch taken back is extracted once and comes back in place",
    { timeout: 60_000 },
    async () => {
      const pool = new ExtractionPool(2, readModelBytes());
      try {
        const batches = Array.from({ length: 10 }, (_, b) => [
          { doc: { id: `t${b}`, text: inventedArticle(40 + b) }, withText: false },
        ]);
        const runs = batches.map((b) => pool.run(b));
        const local = loadDefaultResources();
        // both workers are still loading: of the six batches posted (three each), the newest of each is taken back
        const taken = [pool.takeBack(), pool.takeBack()];
        for (const t of taken) t!.done(extractBatch(t!.docs, local));
        expect(taken.map((t) => t!.docs[0]!.doc.id)).toEqual(["t4", "t5"]);
        expect(await Promise.all(runs)).toEqual(batches.map((b) => extractBatch(b, local)));
        expect(pool.takeBack()).toBeNull();
      } finally {
        await pool.close();
      }
    },
  );
});
