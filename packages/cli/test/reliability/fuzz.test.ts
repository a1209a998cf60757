// Issue 16 fuzz suite: ≥ 2,000 generated inputs (text, HTML, JSONL, graph.json, GEXF, and a whole CLI batch) with 0 crashes and 0 invalid offsets.
import { afterEach, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { extractDocument } from "../../../core/src/pipeline/pipeline.ts";
import { ExtractionRecord } from "../../../core/src/schema/record.ts";
import { SerializedGraph } from "../../../core/src/schema/graph.ts";
import { loadDefaultResources } from "../../src/resources.ts";
import { htmlToArticle } from "../../src/inputs/html.ts";
import { parseJsonl } from "../../src/inputs/jsonl.ts";
import { loadGraphFile } from "../../src/commands/export.ts";
import { CliError } from "../../src/errors.ts";
import { BIN, tree } from "./helpers.ts";
import { gexfText, graphJson, jsonlLine, newsText, tagSoup } from "./generators.ts";

/** Cases per generator; their sum is the suite's count of generated inputs (README: reliability). */
export const RUNS = { text: 700, html: 400, jsonl: 400, graphJson: 300, gexf: 300, cliBatch: 200 } as const;
const res = loadDefaultResources();
const seed = Number(process.env.FUZZ_SEED ?? 16);

/** Every span of a record that does not slice out of its text exactly. */
export function offsetProblems(rec: ExtractionRecord, text: string): string[] {
  const bad: string[] = [];
  const check = (what: string, s: { start: number; end: number; text?: string }) => {
    if (!(
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.start <= s.end &&
      s.end <= text.length
    ))
      bad.push(`${what} [${s.start}, ${s.end}) outside 0..${text.length}`);
    else if (s.text !== undefined && text.slice(s.start, s.end) !== s.text)
      bad.push(
        `${what} [${s.start}, ${s.end}) slices ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`,
      );
  };
  for (const m of rec.mentions) check("mention", m);
  for (const s of rec.statements) {
    check("statement", s);
    if (s.source) check("source", s.source);
    if (s.cue) check("cue", s.cue);
  }
  for (const r of rec.relations) check("relation", r);
  return bad;
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

describe("issue 16 fuzz: documents", () => {
  it(`${RUNS.text} generated texts: valid records, every offset slices exactly`, () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const rec = extractDocument({ id: "fuzz", text }, res, { withText: true });
        expect(ExtractionRecord.safeParse(rec).success).toBe(true);
        expect(offsetProblems(rec, text)).toEqual([]);
      }),
      { numRuns: RUNS.text, seed },
    );
  }, 180_000);

  it(`${RUNS.html} generated HTML pages: text or a warning, never a throw; offsets index the derived text`, () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        const { warnings, ...article } = htmlToArticle(html);
        expect(typeof article.text).toBe("string");
        if (article.text.trim() === "" && html.trim() !== "") expect(warnings?.length).toBeGreaterThan(0);
        const rec = extractDocument({ id: "page", ...article }, res, { withText: true });
        expect(offsetProblems(rec, article.text)).toEqual([]);
      }),
      { numRuns: RUNS.html, seed },
    );
  }, 180_000);
});

describe("issue 16 fuzz: files", () => {
  it(`${RUNS.jsonl} generated JSONL files: every line is a document, a valid record or a numbered problem`, () => {
    fc.assert(
      fc.property(fc.array(jsonlLine, { maxLength: 6 }), (lines) => {
        const items = [...parseJsonl(lines.join("\n"), "f.jsonl")];
        for (const item of items) {
          if (item.type === "record") expect(ExtractionRecord.safeParse(item.record).success).toBe(true);
          else if (item.type === "document")
            expect(typeof item.doc.text === "string" && typeof item.doc.id === "string").toBe(true);
          else expect(item.line).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS.jsonl, seed },
    );
  });

  const root = tree({});
  const loads = (text: string, name: string) => {
    const file = path.join(root, name);
    writeFileSync(file, text);
    try {
      const { graph } = loadGraphFile(file);
      graph.forEachNode((k) => expect(["__proto__", "constructor", "prototype"]).not.toContain(k));
    } catch (e) {
      if (!(e instanceof CliError)) throw e; // anything else would be exit 70
      expect(e.exitCode).toBe(1);
    }
  };

  it(`${RUNS.graphJson} generated graph.json files: loaded or refused with a message, never exit 70`, () => {
    fc.assert(
      fc.property(graphJson, (text) => loads(text, "g.json")),
      { numRuns: RUNS.graphJson, seed },
    );
  });

  it(`${RUNS.gexf} generated GEXF files: loaded or refused with a message, never exit 70`, () => {
    // graphology-gexf's XML parser logs every malformed attribute: expected here, and noise in the test output
    const quiet = [
      vi.spyOn(console, "error").mockImplementation(() => {}),
      vi.spyOn(console, "warn").mockImplementation(() => {}),
    ];
    try {
      fc.assert(
        fc.property(gexfText, (text) => loads(text, "g.gexf")),
        { numRuns: RUNS.gexf, seed },
      );
    } finally {
      for (const q of quiet) q.mockRestore();
    }
  });
});

describe("issue 16 fuzz: the CLI as a user runs it", () => {
  it(`${RUNS.cliBatch} generated files in one folder: extract and build exit 0 or 1, outputs valid, offsets exact`, () => {
    const files = fc.sample(
      fc.oneof(
        newsText.map((t) => ["txt", t] as const),
        tagSoup.map((h) => ["html", h] as const),
        fc.array(jsonlLine, { maxLength: 3 }).map((l) => ["jsonl", l.join("\n")] as const),
      ),
      { numRuns: RUNS.cliBatch, seed },
    );
    const dir = tree(
      Object.fromEntries(files.map(([ext, body], i) => [`in/f${String(i).padStart(3, "0")}.${ext}`, body])),
    );
    const ex = spawnSync(process.execPath, [BIN, "extract", "--with-text", "in", "-o", "r.jsonl"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(ex.stderr).not.toContain("internal error");
    expect([0, 1]).toContain(ex.status);
    const recs = readFileSync(path.join(dir, "r.jsonl"), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => ExtractionRecord.parse(JSON.parse(l)));
    expect(recs.length).toBeGreaterThan(RUNS.cliBatch / 2);
    for (const r of recs) expect(offsetProblems(r, r.text!)).toEqual([]);
    const b = spawnSync(process.execPath, [BIN, "build", "r.jsonl", "-o", "g.json", "--gexf", "g.gexf"], {
      cwd: dir,
      encoding: "utf8",
      timeout: 240_000,
    });
    expect(b.stderr).not.toContain("internal error");
    expect(b.status).toBe(0);
    expect(SerializedGraph.safeParse(JSON.parse(readFileSync(path.join(dir, "g.json"), "utf8"))).success).toBe(true);
  }, 300_000);
});
