// Streamed input: lines split across any chunk boundary, a stream bigger than Node's largest string, JSONL read lazily.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readLines } from "../src/inputs/lines.ts";
import { parseJsonlLine } from "../src/inputs/jsonl.ts";
import { InputReader, type InputProblem } from "../src/inputs/read.ts";

/** A readChunk over a byte array, handing out at most `chunk` bytes per call. */
function feed(bytes: Uint8Array) {
  let at = 0;
  return (buf: Buffer) => {
    const n = Math.min(buf.length, bytes.length - at);
    buf.set(bytes.subarray(at, at + n));
    at += n;
    return n;
  };
}

describe("readLines", () => {
  it("gives the same lines as splitting the whole text, whatever the chunk size (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme" }), { maxLength: 30 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        (parts, trailing, chunk) => {
          const lines = parts.map((p) => p.replace(/\n/g, " "));
          const text = lines.join("\n") + (trailing ? "\n" : "");
          const got = [...readLines(feed(Buffer.from(text)), chunk)].map((l) => ({
            line: l.line,
            text: l.bytes.toString("utf8"),
          }));
          // every line ended by "\n", then what follows the last one unless it is empty
          const segments = text.split("\n");
          if (segments.at(-1) === "") segments.pop();
          const want = segments.map((t, i) => ({ line: i + 1, text: t }));
          expect(got).toEqual(want);
        },
      ),
    );
  });

  it("streams 640 MiB of JSONL (more than Node's largest string) with flat memory", { timeout: 120_000 }, () => {
    const line = Buffer.from(JSON.stringify({ text: "Talia Brenmoor said the port would reopen. ".repeat(90) }) + "\n");
    const total = 640 * 2 ** 20;
    let produced = 0;
    // a generated stream: the bytes never exist anywhere in full
    const readChunk = (buf: Buffer) => {
      let n = 0;
      while (n + line.length <= buf.length && produced < total) {
        line.copy(buf, n);
        n += line.length;
        produced += line.length;
      }
      return n;
    };
    const before = process.memoryUsage().rss;
    let docs = 0,
      peak = before;
    for (const { bytes, line: no } of readLines(readChunk)) {
      if (parseJsonlLine(bytes.toString("utf8"), no, "big.jsonl")?.type === "document") docs++;
      if (no % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    expect(produced).toBeGreaterThan(2 ** 29);
    expect(docs).toBe(Math.ceil(total / line.length));
    expect(peak - before).toBeLessThan(256 * 2 ** 20);
  });
});

describe("JSONL files are read line by line", () => {
  it("reads a file larger than one chunk, reporting bad lines, NUL bytes and invalid UTF-8 by line", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-lines-"));
    const file = path.join(dir, "feed.jsonl");
    const good = (i: number) => JSON.stringify({ id: `d${i}`, text: `Borin Vask spoke about item ${i}. `.repeat(40) });
    const lines: (string | Buffer)[] = [];
    for (let i = 0; i < 1500; i++) lines.push(good(i)); // ~1.7 MB: crosses the 1 MiB chunk
    lines[10] = "not json";
    lines[20] = Buffer.concat([Buffer.from('{"id":"nul","text":"a'), Buffer.from([0]), Buffer.from('"}')]);
    lines[30] = Buffer.concat([Buffer.from('{"id":"latin","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    writeFileSync(file, Buffer.concat(lines.flatMap((l) => [Buffer.from(l), Buffer.from("\r\n")])));
    const problems: InputProblem[] = [];
    const reader = new InputReader([file], { report: (p) => problems.push(p) });
    const docs = [...reader.items()].flatMap((i) => (i.type === "document" ? [i.doc] : []));
    expect(docs).toHaveLength(1498);
    expect(docs.find((d) => d.id === "latin")!.text).toBe("caf\uFFFD");
    expect(docs.at(-1)).toEqual({ id: "d1499", text: expect.stringContaining("item 1499") });
    expect(problems.map((p) => [p.line, p.level, p.message.split(" (")[0]])).toEqual([
      [11, "error", "invalid JSON"],
      [21, "error", "not a text file"],
      [undefined, "warning", "invalid UTF-8: 1 byte sequence(s) replaced with U+FFFD"],
    ]);
  });
});
