// A JSON string token compared with a string without decoding it: always the order of comparing the decoded strings.
import { describe, expect, it } from "vitest";
import { compareToken, numberAt, spells } from "../src/line-bytes.ts";

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
