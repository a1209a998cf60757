// Incremental builds from the snapshot: what they must equal (a --full build but for communities), and every way it is refused.
import { describe, expect, it, vi } from "vitest";
import { copyFileSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cliOk as cli, flipByte as flip } from "./reliability/helpers.ts";
import { CACHE_DIR_NAME, ExtractionCache, versions } from "../src/cache.ts";
import { IncrementalBuild } from "../src/incremental.ts";
import type { Carry } from "@newsgraph/core";
import { PreviousLines } from "../src/reuse-lines.ts";
import { SNAPSHOT_NAME } from "../src/snapshot.ts";
import { inventedArticle, inventedCorpus } from "../../core/test/support/invented-corpus.ts";

interface G {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: unknown[];
}
const load = (file: string) => JSON.parse(readFileSync(file, "utf8")) as G;
const communities = (g: G) =>
  new Map(g.nodes.filter((n) => n.attributes.community !== undefined).map((n) => [n.key, n.attributes.community]));
/** The graph but for what an incremental build may give differently: community ids. */
function withoutCommunities(g: G): G {
  for (const n of g.nodes) delete n.attributes.community;
  return g;
}

/**
 * A graph built from `count` articles, then a copy of it beside (`full.json`, same previous positions), so the
 * incremental build at graph.json and a --full build at full.json start from the same picture.
 */
async function built(count: number) {
  const root = inventedCorpus(count);
  const out = path.join(root, "graph.json");
  const build = (o: string, ...extra: string[]) =>
    cli(["build", path.join(root, "in"), "-o", o, "--layout", "20", "--jobs", "1", ...extra]);
  await build(out);
  const full = path.join(root, "full.json");
  copyFileSync(out, full);
  return { root, out, full, build };
}

/** The incremental build against a --full build from the same previous graph: equal but for community ids. */
async function compareWithFull(b: Awaited<ReturnType<typeof built>>) {
  const before = load(b.out);
  const note = await b.build(b.out);
  // the full path reads every document from the cache again (and writes a new snapshot)
  await b.build(b.full, "--full", "--cache", path.join(b.root, CACHE_DIR_NAME));
  expect(withoutCommunities(load(b.out))).toEqual(withoutCommunities(load(b.full)));
  expectSameBytesButCommunities(b.out, b.full);
  return { note, before };
}

/**
 * Byte for byte, line by line: the incremental build copies statement lines from the previous file, so equal
 * parsed JSON is not enough. Only entity lines may differ, and only in their community.
 */
function expectSameBytesButCommunities(a: string, b: string) {
  const strip = (l: string) => l.replace(/,"community":\d+/, "");
  const la = readFileSync(a, "utf8").split("\n"),
    lb = readFileSync(b, "utf8").split("\n");
  expect(la.length).toBe(lb.length);
  la.forEach((l, i) => expect(strip(l), `line ${i + 1}`).toBe(strip(lb[i]!)));
}

describe("incremental build from the snapshot", () => {
  it(
    "adding an article whose names no old article has: resolution is carried, and the graph still equals --full",
    { timeout: 120_000 },
    async () => {
      const b = await built(30);
      writeFileSync(
        path.join(b.root, "in", "a900.txt"),
        [
          "Quillon Vetterby, the chief executive of Ardent Lamp Works, visited Zarnova on Monday to discuss 12 new contracts.",
          "“We will reopen the lamp works within 3 weeks,” Vetterby told reporters.",
          "Oriel Fasskin said the plan would cost Zarnova more than it admitted.",
        ].join("\n\n"),
      );
      const { note } = await compareWithFull(b);
      expect(note).toContain("(snapshot: 30 kept, 1 added, 0 changed, 0 removed)");
      expect(note).toContain("resolution carried");
      // every old document is clean: no old statement is built, all their lines are copied in runs
      expect(note).toContain("statements carried");
      expect(readFileSync(b.out, "utf8")).toContain("Quillon Vetterby");
    },
  );

  it(
    "adding an article: only it is folded, the graph equals a --full build but for communities, which are carried",
    { timeout: 120_000 },
    async () => {
      const b = await built(60);
      writeFileSync(path.join(b.root, "in", "a900.txt"), inventedArticle(61));
      const { note, before } = await compareWithFull(b);
      expect(note).toContain("60 of 61 from cache (snapshot: 60 kept, 1 added, 0 changed, 0 removed)");
      expect(note).toContain("communities carried");
      // its names are the corpus's own (same people, organisations and places): everything is resolved again
      expect(note).not.toContain("resolution carried");
      const after = load(b.out);
      const was = communities(before);
      let kept = 0;
      for (const [k, c] of communities(after))
        if (was.has(k)) {
          expect(c, k).toBe(was.get(k));
          kept++;
        }
      expect(kept).toBe(was.size); // no entity was lost, and none changed community
      // positions: every node of the previous graph is where it was
      const pos = new Map(before.nodes.map((n) => [n.key, [n.attributes.x, n.attributes.y]]));
      for (const n of after.nodes) if (pos.has(n.key)) expect([n.attributes.x, n.attributes.y]).toEqual(pos.get(n.key));
    },
  );

  it(
    "a changed and a removed article: counted, and the graph equals a --full build",
    { timeout: 120_000 },
    async () => {
      const b = await built(30);
      writeFileSync(path.join(b.root, "in", "a003.txt"), "Ilse Wendholt said the talks with Kestrel Bank had failed.");
      rmSync(path.join(b.root, "in", "a004.txt"));
      const { note } = await compareWithFull(b);
      expect(note).toContain("(snapshot: 28 kept, 0 added, 1 changed, 1 removed)");
      expect(readFileSync(b.out, "utf8")).toContain("the talks with Kestrel Bank had failed");
      expect(readFileSync(b.out, "utf8")).not.toContain("a004.txt");
    },
  );

  it(
    "a damaged snapshot is ignored with one message, and the graph is the full path's",
    { timeout: 120_000 },
    async () => {
      const b = await built(20);
      const snap = path.join(b.root, CACHE_DIR_NAME, SNAPSHOT_NAME);
      flip(snap, Math.floor(readFileSync(snap).length / 3));
      const { note } = await compareWithFull(b);
      expect(note.match(/newsgraph\/snapshot: .* is damaged \(its checksum does not match\); ignored/g)).toHaveLength(
        1,
      );
      expect(note).not.toContain("snapshot: 20 kept");
      // the build wrote a good one again
      expect(await b.build(b.out)).toContain("snapshot: 20 kept, 0 added");
    },
  );

  it(
    "records given as input are kept by their bytes, and a record without text is still reported on a rebuild",
    { timeout: 120_000 },
    async () => {
      const root = inventedCorpus(6);
      const records = path.join(root, "records.jsonl");
      await cli(["extract", path.join(root, "in"), "-o", records, "--no-cache", "--jobs", "1"]);
      const out = path.join(root, "graph.json");
      const build = () => cli(["build", records, "-o", out, "--layout", "20", "--jobs", "1"]);
      const warning = /6 records without text .*extract with --with-text to keep them/;
      expect(await build()).toMatch(warning);
      const again = await build();
      expect(again).toContain("snapshot: 6 kept, 0 added");
      expect(again).toMatch(warning);
    },
  );

  it("a new code or model version: the snapshot is ignored, the full path runs", { timeout: 120_000 }, async () => {
    const b = await built(8);
    const dir = path.join(b.root, CACHE_DIR_NAME);
    const { extractor, library } = versions();
    expect(new IncrementalBuild(new ExtractionCache(dir, extractor, library), false).used).toBe(true);
    // what a changed file under graph/ or resolve/, or a retrained model, does to the library version
    const stale = new IncrementalBuild(new ExtractionCache(dir, extractor, "0123456789abcdef"), false);
    expect(stale.used).toBe(false);
    expect(stale.problem).toMatch(/written by another version of the models or code; ignored/);
    expect(new IncrementalBuild(new ExtractionCache(dir, extractor, library), true).used).toBe(false); // --full
  });

  it(
    "a rebuild copies the statement lines of unchanged documents from the previous graph.json; a --full build none",
    { timeout: 120_000 },
    async () => {
      // the copies each build made, read when it closes the previous file
      const spy = vi.spyOn(PreviousLines.prototype, "close");
      const copied = () => spy.mock.contexts.map((c) => (c as PreviousLines).copied);
      try {
        const b = await built(20);
        expect(copied()).toEqual([]); // the first build has nothing to copy from
        const text = readFileSync(b.out, "utf8");
        const statementLines = text.split("\n").filter((l) =>
          // statement nodes, and edges from a statement (keys that start with it) or to one
          /^\{"key":"(statement:|[^"]*","source":"[^"]*","target":"statement:)/.test(l),
        ).length;
        writeFileSync(path.join(b.root, "in", "a900.txt"), inventedArticle(61));
        await compareWithFull(b);
        // most of them: a document whose entities now resolve to other keys is written afresh
        expect(copied()).toHaveLength(1);
        expect(copied()[0]).toBeGreaterThan(statementLines / 2);
        expect(copied()[0]).toBeLessThanOrEqual(statementLines);
      } finally {
        spy.mockRestore();
      }
    },
  );

  it(
    "a rebuild carries the statements of clean documents to the writer; a document whose keys changed is built in full",
    { timeout: 120_000 },
    async () => {
      // every answer of the rebuild's carry (core graph/build.ts Carry): which documents it carried
      const answers: { doc: string; print: string; clean: boolean }[] = [];
      let carry: Carry | null = null;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with its own `this` below
      const real = IncrementalBuild.prototype.carry;
      const spy = vi.spyOn(IncrementalBuild.prototype, "carry").mockImplementation(function (
        this: IncrementalBuild,
        o,
        opt,
      ) {
        const c = real.call(this, o, opt);
        carry ??= c; // the rebuild's (the --full build after it has none)
        return (
          c && {
            ...c,
            clean: (doc: string, print: string) => {
              answers.push({ doc, print, clean: c.clean(doc, print) });
              return answers.at(-1)!.clean;
            },
          }
        );
      });
      try {
        const b = await built(20);
        expect(answers).toEqual([]); // nothing to carry from
        writeFileSync(path.join(b.root, "in", "a900.txt"), inventedArticle(61));
        await compareWithFull(b); // the same bytes as --full, carried or not
        expect(answers.filter((a) => a.clean)).toHaveLength(20);
        expect(answers.filter((a) => !a.clean).map((a) => a.doc)).toEqual(["a900.txt"]); // new: nothing to copy
        // a kept document whose entities now resolve to other keys (an anchor renamed) is not carried
        const kept = answers.find((a) => a.clean)!;
        expect(carry!.clean(kept.doc, kept.print)).toBe(true);
        expect(carry!.clean(kept.doc, kept.print.replace("person:", "person:renamed-"))).toBe(false);
        // GEXF wants every attribute: nothing is carried, and the build asks no document
        answers.length = 0;
        await b.build(b.out, "--gexf", path.join(b.root, "g.gexf"));
        expect(answers).toEqual([]);
      } finally {
        spy.mockRestore();
      }
    },
  );

  it("the same inputs twice: nothing folded, the same bytes", { timeout: 120_000 }, async () => {
    const b = await built(12);
    const first = readFileSync(b.out, "utf8");
    expect(await b.build(b.out)).toContain("snapshot: 12 kept, 0 added, 0 changed, 0 removed");
    expect(readFileSync(b.out, "utf8")).toBe(first);
  });
});

describe("a snapshot whose state cannot be used says why", () => {
  it("names a changed graph.json and another output path, and says nothing when the state is used", async () => {
    const b = await built(6);
    expect(await b.build(b.out)).not.toContain("state not used");
    // the same bytes with another modification time (as `cp -r` leaves them): positions are read from the file instead
    utimesSync(b.out, new Date(2001, 0, 1), new Date(2001, 0, 1));
    expect(await b.build(b.out)).toContain(`its state not used: ${b.out} changed since the snapshot's build wrote it`);
    const elsewhere = path.join(b.root, "elsewhere.json");
    copyFileSync(b.out, elsewhere);
    const note = await b.build(elsewhere, "--cache", path.join(b.root, CACHE_DIR_NAME));
    expect(note).toContain(`its state not used: the snapshot's build wrote ${b.out}`);
  });
});
