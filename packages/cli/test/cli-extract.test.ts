// CLI extract: records per document, atomic output, and the errors that skip one input but process the rest.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cli } from "./reliability/helpers.ts";
import { corpus, records } from "./cli-corpus.ts";

describe("newsgraph extract", () => {
  it("writes one valid record per document with stable ids; HTML records carry their text", async () => {
    const root = corpus();
    const r = await cli(["extract", path.join(root, "in")]);
    expect(r.code).toBe(0);
    const recs = records(r.out);
    expect(recs.map((x) => x.id)).toEqual(["one.txt", "sub/two.md", "three.html"]);
    expect(recs.find((x) => x.id === "three.html")!.text).toBe("Odile Farrant met Talia Brenmoor in Vessar.");
    expect(recs.find((x) => x.id === "one.txt")!.text).toBeUndefined();
    expect(r.err).toMatch(
      /^newsgraph: extracted 3 documents \(\d+ words\) from 3 inputs in .*; 0 skipped, 0 warnings\n$/,
    );
  });

  it("--with-text adds the untouched text to every record, and mention offsets index into it", async () => {
    const root = corpus();
    const recs = records((await cli(["extract", "--with-text", path.join(root, "in/one.txt")])).out);
    expect(recs[0]!.text).toBe(readFileSync(path.join(root, "in/one.txt"), "utf8"));
    for (const m of recs[0]!.mentions) expect(recs[0]!.text!.slice(m.start, m.end)).toBe(m.text);
  });

  it("-o writes atomically and leaves no temp file behind", async () => {
    const root = corpus();
    const out = path.join(root, "out.jsonl");
    const r = await cli(["extract", path.join(root, "in"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(records(readFileSync(out, "utf8"))).toHaveLength(3);
    expect(readdirSync(root).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("skips a binary file by name, processes the rest and exits non-zero", async () => {
    const root = corpus({ "in/photo.txt": new Uint8Array([0x89, 0x50, 0, 0, 1]) });
    const r = await cli(["extract", path.join(root, "in")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `newsgraph: error: ${path.join(root, "in/photo.txt")}: not a text file (contains NUL bytes); skipped`,
    );
    expect(records(r.out)).toHaveLength(3);
    expect(r.err).toMatch(/1 skipped/);
  });

  it("warns about invalid UTF-8 but processes the document (exit 0)", async () => {
    const root = corpus({ "in/latin.txt": new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" Norland.")]) });
    const r = await cli(["extract", path.join(root, "in/latin.txt")]);
    expect(r.code).toBe(0);
    expect(r.err).toContain("latin.txt: invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD");
  });

  it("an empty document gives an empty record", async () => {
    const root = corpus({ "in/empty.txt": "" });
    const recs = records((await cli(["extract", path.join(root, "in/empty.txt")])).out);
    expect(recs).toEqual([{ id: "empty.txt", entities: [], mentions: [], statements: [], relations: [] }]);
  });

  it("reports a bad JSONL line with its number and processes the others", async () => {
    const r = await cli(
      ["extract", "-"],
      '{"id":"a","text":"Borin Vask left."}\n{"id":"b"}\n{"id":"c","text":"Odile Farrant stayed."}\n',
    );
    expect(r.code).toBe(1);
    expect(r.err).toContain("newsgraph: error: -:2: expected {id?, text, title?, date?, url?, source?}: text:");
    expect(records(r.out).map((x) => x.id)).toEqual(["a", "c"]);
  });

  it("a missing path is a clear error, and the existing inputs are still processed", async () => {
    const root = corpus();
    const r = await cli(["extract", path.join(root, "nope"), path.join(root, "in/one.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`newsgraph: error: ${path.join(root, "nope")}: no such file or directory`);
    expect(records(r.out)).toHaveLength(1);
  });

  it("--strict stops at the first problem and does not replace the output file", async () => {
    const root = corpus({ "in/a-bad.txt": new Uint8Array([0]) });
    const out = path.join(root, "out.jsonl");
    writeFileSync(out, "previous\n");
    const r = await cli(["extract", "--strict", path.join(root, "in"), "-o", out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("stopped at the first problem (--strict)");
    expect(readFileSync(out, "utf8")).toBe("previous\n");
    expect(readdirSync(root).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("no inputs and unknown options are usage errors (exit 2)", async () => {
    expect((await cli(["extract"])).code).toBe(2);
    const r = await cli(["extract", "--frobnicate", "x"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/newsgraph extract: .*frobnicate/);
  });
});
