// JSONL lines the snapshot knows by their bytes: taken as known documents unparsed; edited, renamed or unfixed lines are read anew.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { cliOk as cli } from "./reliability/helpers.ts";
import { InputReader, lineDigest, type InputItem, type InputProblem } from "../src/inputs/read.ts";
import { SnapshotWriter, readSnapshot } from "../src/snapshot.ts";
import { inventedArticle } from "../../core/test/support/invented-corpus.ts";

const line = (id: string | undefined, i: number) =>
  JSON.stringify({ ...(id !== undefined ? { id } : {}), text: inventedArticle(i) });

/** Items of one JSONL file read with `known` (digest → id) as the snapshot's lines. */
function read(lines: (string | Buffer)[], known: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "ng-lines-"));
  const file = path.join(dir, "in.jsonl");
  writeFileSync(file, Buffer.concat(lines.flatMap((l) => [Buffer.from(l), Buffer.from("\n")])));
  const problems: InputProblem[] = [];
  const reader = new InputReader([file], {
    report: (p) => problems.push(p),
    knownLine: (d) => (known[d] !== undefined ? { id: known[d] } : undefined),
  });
  return { items: [...reader.items()], problems };
}
const digestOf = (l: string | Buffer) => lineDigest(Buffer.from(l));
const kind = (it: InputItem) =>
  it.type === "line"
    ? `line ${it.id}`
    : it.type === "document"
      ? `document ${it.doc.id}${it.line ? " (digest)" : ""}`
      : `record ${it.record.id}`;

describe("JSONL lines known by their digest", () => {
  it.each([
    ["a line naming its id: read, and its digest kept", [line("d1", 1)], {}, ["document d1 (digest)"]],
    [
      "a line without an id (the id is the line number's): no digest",
      [line(undefined, 1)],
      {},
      ["document in.jsonl:1"],
    ],
    [
      "invalid UTF-8 (replaced, and counted in the file's warning): no digest",
      [Buffer.concat([Buffer.from(line("d1", 1).slice(0, -2)), Buffer.from([0xff]), Buffer.from('"}')])],
      {},
      ["document d1"],
    ],
    ["a known line: taken as it was, not parsed", [line("d1", 1)], { d1: line("d1", 1) }, ["line d1"]],
    ["an edited line: a new digest, read anew", [line("d1", 2)], { d1: line("d1", 1) }, ["document d1 (digest)"]],
    [
      "a known line repeated: the repeat's id is taken, so it is read and renamed (no digest: the id is not its own)",
      [line("d1", 1), line("d1", 1)],
      { d1: line("d1", 1) },
      ["line d1", "document d1~2"],
    ],
  ])("%s", (_name, lines, known, expected) => {
    const byDigest = Object.fromEntries(Object.entries(known).map(([id, l]) => [digestOf(l), id]));
    const { items } = read(lines, byDigest);
    expect(items.map(kind)).toEqual(expected);
  });

  it("an unknown line that is not JSON is still reported (nothing is taken on trust)", () => {
    const { items, problems } = read(["{not json"], { [digestOf(line("d1", 1))]: "d1" });
    expect(items).toEqual([]);
    expect(problems[0]?.message).toMatch(/invalid JSON/);
  });

  it("the snapshot keeps each document's line digest and words", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-snap-"));
    const w = new SnapshotWriter(dir, "v1");
    const summary = (id: string) => ({ meta: { id }, entities: [], mentionCounts: [] });
    w.addDoc("k1", "a", summary("a"), Buffer.from("{}"), false, { digest: "abc=", words: 42 });
    w.addDoc("k2", "b", summary("b"), Buffer.from("{}"));
    w.endDocs();
    await w.commit(null);
    const docs = readSnapshot(dir, "v1").snapshot!.docs;
    expect(docs.get("k1")?.line).toEqual({ digest: "abc=", words: 42 });
    expect(docs.get("k2")?.line).toBeUndefined();
  });
});

describe("a rebuild over a JSONL file", () => {
  it(
    "unchanged lines are kept unparsed, an edited line is counted as changed, and the graph and words equal --full's",
    { timeout: 120_000 },
    async () => {
      const root = mkdtempSync(path.join(tmpdir(), "ng-lines-"));
      const input = path.join(root, "news.jsonl");
      const lines = Array.from({ length: 12 }, (_, i) => line(`n${i}`, i));
      writeFileSync(input, lines.join("\n") + "\n");
      const out = path.join(root, "graph.json");
      const build = (o: string, ...extra: string[]) =>
        cli(["build", input, "-o", o, "--layout", "20", "--jobs", "1", "--cache", path.join(root, "cache"), ...extra]);
      await build(out);
      expect(await build(out)).toContain("12 of 12 from cache (snapshot: 12 kept, 0 added, 0 changed, 0 removed)");
      // edit one line, add one
      lines[3] = line("n3", 40);
      lines.push(line("n12", 41));
      writeFileSync(input, lines.join("\n") + "\n");
      const full = path.join(root, "full.json");
      writeFileSync(full, readFileSync(out));
      const note = await build(out);
      expect(note).toContain("(snapshot: 11 kept, 1 added, 1 changed, 0 removed)");
      const fullNote = await build(full, "--full");
      const words = (s: string) => s.match(/\((\d+) words\)/)?.[1];
      expect(words(note)).toBeDefined();
      expect(words(note)).toBe(words(fullNote));
      const strip = (s: string) => s.replace(/,"community":\d+/g, "");
      expect(strip(readFileSync(out, "utf8"))).toBe(strip(readFileSync(full, "utf8")));
      expect(readFileSync(out, "utf8")).toContain(inventedArticle(40).split("\n")[0]!.slice(0, 40));
      // the next rebuild knows the edited line too
      expect(await build(out)).toContain("(snapshot: 13 kept, 0 added, 0 changed, 0 removed)");
    },
  );
});
