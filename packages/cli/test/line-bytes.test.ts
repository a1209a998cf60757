// A JSON string token compared with a string without decoding it: always the order of comparing the decoded strings.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ForwardLines, compareToken, numberAt, spells } from "../src/line-bytes.ts";
import { edgeSectionLine } from "../src/reuse-lines.ts";

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** a line holding `t` as a JSON token after a few other bytes, and where the token is */
function lineOf(t: string): { line: Buffer; from: number; to: number } {
  const pre = Buffer.from('{"key":');
  const tok = Buffer.from(JSON.stringify(t), "utf8");
  return { line: Buffer.concat([pre, tok, Buffer.from(',"x":1}')]), from: pre.length, to: pre.length + tok.length };
}

const WORDS = [
  "",
  "person:kelmar-osk",
  "person:kelmar-os",
  "person:kelmar-oskz",
  "person:kelmar-\u00f8sk",
  'statement:b "quoted" #1.txt#s1',
  "statement:b \\ back.txt#s1",
  "statement:c\u00e9.txt#s1",
  "statement:c\uffff.txt#s1",
  "statement:c\ud83d\ude00.txt#s1",
  "statement:c\n.txt#s1",
  "statement:c",
  "statement:d",
];

describe("compareToken", () => {
  it("orders every pair of keys (ASCII, escapes, accents, surrogates, prefixes) as the decoded strings do", () => {
    let pairs = 0;
    for (const a of WORDS)
      for (const b of WORDS) {
        const { line, from, to } = lineOf(a);
        expect(compareToken(line, from, to, b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(cmp(a, b));
        pairs++;
      }
    expect(pairs).toBe(WORDS.length ** 2);
  });
});

describe("numberAt and spells", () => {
  const line = Buffer.from('{"key":"a","attributes":{"label":"\\"x\\":3","x":-1.5,"y":2}}');
  it.each([
    ["x from the start", '"x":', 0, "-1.5"],
    ["y after x", '"y":', 40, "2"],
    ["a name starting after it is missed", '"x":', 55, null],
    ["a name the line lacks", '"size":', 0, null],
  ])("%s", (_name, name, from, value) => {
    const r = numberAt(line, Buffer.from(name), from);
    if (value === null) expect(r).toBeNull();
    else {
      expect(r).not.toBeNull();
      expect(line.toString("latin1", r![0], r![1])).toBe(value);
      expect(spells(line, r![0], r![1], value)).toBe(true);
      expect(spells(line, r![0], r![1], value + "0")).toBe(false);
    }
  });
});

describe("ForwardLines.skipPastLine", () => {
  const MARK = Buffer.from('"edges":[');
  /** the lines after the first that is exactly MARK, as `next()` alone finds them, and as skipPastLine does */
  function both(text: string, firstReads = 0): { slow: string[]; fast: string[]; found: boolean } {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-skip-"));
    const file = path.join(dir, "g.json");
    writeFileSync(file, text);
    const fd = openSync(file, "r");
    try {
      const rest = (r: ForwardLines) => {
        const out: string[] = [];
        for (let l = r.next(); l !== null; l = r.next()) out.push(l.toString());
        return out;
      };
      const slow = new ForwardLines(fd, 0);
      for (let i = 0; i < firstReads; i++) slow.next();
      for (let l = slow.next(); l !== null && !l.equals(MARK); l = slow.next());
      const fast = new ForwardLines(fd, 0);
      for (let i = 0; i < firstReads; i++) fast.next();
      const found = fast.skipPastLine(MARK);
      return { slow: rest(slow), fast: rest(fast), found };
    } finally {
      closeSync(fd);
      rmSync(dir, { recursive: true });
    }
  }
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `{"key":"person:p${i}","x":${i}},`).join("\n");
  const BIG = filler(120_000); // past the 4 MiB read, so the line can straddle two reads
  it.each([
    ["in the middle", `{\n"nodes":[\n${filler(3)}\n],\n"edges":[\n{"key":"a"}\n]}\n`, 0, true],
    ["on the first line", `"edges":[\n{"key":"a"}\n]}\n`, 0, true],
    ["right after lines already read", `x\ny\n"edges":[\nz\n`, 2, true],
    ["after a long node section", `{\n${BIG}\n"edges":[\n{"key":"a"}\n]}\n`, 0, true],
    ["as the last line without a newline", `a\n"edges":[`, 0, true],
    ["only inside a longer line (not found)", `a\nx"edges":[\n"edges":[x\n]}\n`, 0, false],
    ["nowhere (not found)", `{\n${BIG}\n]}\n`, 0, false],
    ["in an empty file (not found)", ``, 0, false],
  ])("finds the line %s and reads on as next() does", (_, text, reads, found) => {
    const r = both(text, reads);
    expect(r.found).toBe(found);
    expect(r.fast).toEqual(r.slow);
  });
  it("finds a line that straddles two reads at every offset near the read's end", () => {
    const WINDOW = 4 << 20;
    for (const shift of [-11, -10, -9, -5, -1, 0, 1, 5]) {
      const head = "a".repeat(WINDOW + shift - 1);
      const r = both(`${head}\n"edges":[\nafter\n`);
      expect(r.found, `shift ${shift}`).toBe(true);
      expect(r.fast).toEqual(["after"]);
    }
  });
});

describe("ForwardLines.jumpNear", () => {
  const MARK = Buffer.from('"edges":[');
  /** the lines after MARK when the reader first jumps near the edge section (probes closer than `near` bytes) */
  function jumped(text: string, near: number): { lines: string[]; found: boolean; from: number } {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-jump-"));
    const file = path.join(dir, "g.json");
    writeFileSync(file, text);
    const fd = openSync(file, "r");
    try {
      const r = new ForwardLines(fd, 0);
      const from = r.jumpNear(edgeSectionLine, near);
      const found = r.skipPastLine(MARK);
      const lines: string[] = [];
      for (let l = r.next(); l !== null; l = r.next()) lines.push(l.toString());
      return { lines, found, from };
    } finally {
      closeSync(fd);
      rmSync(dir, { recursive: true });
    }
  }
  const nodes = (n: number) =>
    Array.from({ length: n }, (_, i) => `{"key":"person:p${i}","attributes":{"x":${i}}},`).join("\n");
  const edges = (n: number) =>
    Array.from({ length: n }, (_, i) => `{"key":"e${i}","source":"person:p${i}","target":"person:p0"},`).join("\n");
  const graph = (n: number, m: number) =>
    `{"options":{},\n"attributes":{},\n"nodes":[\n${nodes(n)}\n],\n"edges":[\n${edges(m)}\n]}\n`;
  it.each([
    ["many nodes, many edges", 20_000, 20_000],
    ["many nodes, one edge", 20_000, 1],
    ["many nodes, no edges", 20_000, 0],
    ["one node, many edges", 1, 20_000],
  ])("lands before the edge section with %s, at every distance", (_, n, m) => {
    const text = graph(n, m);
    const at = text.indexOf('\n"edges":[\n') + 1;
    const want = text
      .slice(at + 10)
      .split("\n")
      .slice(0, -1);
    for (const near of [100, 1000, 64 << 10, 4 << 20]) {
      const r = jumped(text, near);
      expect(r.found, `near ${near}`).toBe(true);
      expect(r.lines, `near ${near}`).toEqual(want);
      // a line start, at most `near` bytes and the nodes' `],` line before the section (none at the top)
      expect(r.from === 0 || text[r.from - 1] === "\n", `near ${near}`).toBe(true);
      expect(r.from, `near ${near}`).toBeLessThanOrEqual(at);
      if (at > near + 3) expect(r.from, `near ${near}`).toBeGreaterThanOrEqual(at - near - 3 - 200);
    }
  });
  it("lands next to the section's first line when no edge follows it", () => {
    const r = jumped(`{\n${nodes(20_000)}\n"edges":[\nlast\n`, 100);
    expect(r.found).toBe(true);
    expect(r.from).toBeGreaterThan(0); // the section's first line holds: the search still ends next to it
    expect(r.lines).toEqual(["last"]);
  });
  it("gives up on a line longer than a probe and reads from the top", () => {
    const text = `${"x".repeat(200_000)}\n"edges":[\nlast\n`;
    const r = jumped(text, 100);
    expect(r.from).toBe(0);
    expect(r.found).toBe(true);
    expect(r.lines).toEqual(["last"]);
  });
  it.each([
    ['"edges":[', true],
    ["]}", true],
    ['{"key":"a|said|b","source":"a","target":"b"}', true],
    ['{"key":"a\\"b","source":"a"', true],
    ['{"key":"person:a","attributes":{"source":"x"}}', false],
    ["],", false],
    ['"nodes":[', false],
    ['{"options":{"type":"directed"},', false],
    ['"edges":[x', false],
    ["", false],
  ])("tells a line of the edge section or after it: %s", (line, want) => {
    expect(edgeSectionLine(Buffer.from(line))).toBe(want);
  });
});

describe("ForwardLines.skipWhile", () => {
  const PREFIX = Buffer.from('{"key":"statement:');
  const line = (i: number) => `{"key":"statement:d#${String(i).padStart(6, "0")}"},`;
  /** `first` lines read by next(), then skipWhile(key < bound), then the rest by next() */
  function skipped(text: string, first: number, bound: string) {
    const dir = mkdtempSync(path.join(tmpdir(), "ng-skipwhile-"));
    const file = path.join(dir, "g.json");
    writeFileSync(file, text);
    const fd = openSync(file, "r");
    try {
      const r = new ForwardLines(fd, 0);
      const before: string[] = [];
      for (let i = 0; i < first; i++) before.push(r.next()!.toString());
      // a line that is not an element (the section's end) never holds, as the reader's parse says
      const got = r.skipWhile((l) => l[0] === 0x7b && l.toString() < bound, PREFIX);
      const last = got && Buffer.from(got.buffer).subarray(got.start, got.newline).toString();
      const rest: string[] = [];
      for (let l = r.next(); l !== null; l = r.next()) rest.push(l.toString());
      return { before, lines: got?.lines ?? 0, last, rest };
    } finally {
      closeSync(fd);
      rmSync(dir, { recursive: true });
    }
  }
  const block = (n: number) => Array.from({ length: n }, (_, i) => line(i)).join("\n");
  it.each([
    ["a bound in the middle", `${block(1000)}\n`, 1, line(400), 399, line(399)],
    ["a bound on the first line left", `${block(50)}\n`, 1, line(1), 0, null],
    ["a bound past every line: all complete lines", `${block(300)}\n]\n`, 1, '{"key":"t', 299, line(299)],
    ["the last line without a newline stays for next()", `${block(20)}`, 2, '{"key":"t', 17, line(18)],
    ["nothing read yet: nothing in the read", `${block(20)}\n`, 0, '{"key":"t', 0, null],
    [
      "a line of another form inside the block: nothing passed over",
      `${block(10)}\n{"key":"person:zed"},\n${line(11)}\n]\n`,
      1,
      '{"key":"t',
      0,
      null,
    ],
  ])("%s", (_name, text, first, bound, lines, last) => {
    const all = text.split("\n").filter((l, i, a) => l !== "" || i < a.length - 1);
    const r = skipped(text, first, bound);
    expect(r.lines).toBe(lines);
    expect(r.last).toBe(last);
    // the lines passed over and the lines after them are the file's, in order
    expect([...r.before, ...all.slice(first, first + lines), ...r.rest]).toEqual(all);
  });
});
