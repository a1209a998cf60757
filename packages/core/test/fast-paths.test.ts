// Speed-only shortcuts give exactly what the plain code gave: XML escaping with its "nothing to change" test, and the signed feature hash.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { escapeAttr, escapeText, xmlSafe } from "../src/graph/xml.ts";
import { stableJson } from "../src/graph/attributes.ts";
import { hashString, mix, mixBits } from "../src/ner/hash.ts";

// the escaping as it was before the shortcut: every string through the lone-surrogate regex, then the replacements
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// the reference escapes character by character, by name or by code, rather than through one table and regex
const NAMED: Record<string, string> = { "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" };
const plainSafe = (s: string) => s.replace(FORBIDDEN, "\uFFFD");
const escapeOne = (c: string, escaped: string) =>
  !escaped.includes(c) ? c : NAMED[c] ? `&${NAMED[c]};` : `&#${c.charCodeAt(0)};`;
// NEL and U+2028 are references too (f013bbe): XML 1.1-style parsers would read them as line ends
const plainAttr = (s: string) => Array.from(plainSafe(s), (c) => escapeOne(c, `&<>"'\t\n\r\u0085\u2028`)).join("");
const plainText = (s: string) => Array.from(plainSafe(s), (c) => escapeOne(c, "&<>\r\u0085\u2028")).join("");

/** strings rich in what the escapes touch: controls, markup, both halves of surrogate pairs alone and paired */
const tricky = fc.string({
  unit: fc.constantFrom(
    "a",
    "Z",
    " ",
    "&",
    "<",
    ">",
    '"',
    "'",
    "\t",
    "\n",
    "\r",
    "\u0001",
    "\u001f",
    "\uD83D",
    "\uDE00",
    "\uFFFE",
    "\uFFFF",
    "\u0085",
    "\u2028",
    "é",
    "—",
  ),
  maxLength: 24,
});

describe("XML escaping shortcuts", () => {
  test.each([
    ["plain words", "Ada Quill said"],
    ["markup", 'a < b & "c"'],
    ["a paired surrogate", "smile \uD83D\uDE00"],
    ["a lone high surrogate", "x\uD83Dy"],
    ["a lone low surrogate", "x\uDE00y"],
    ["controls", "a\u0001b\tc\nd\re"],
    ["XML 1.1 line ends", "a\u0085b\u2028c"],
    ["the empty string", ""],
  ])("%s: the same as the plain escaping", (_name, s) => {
    expect(escapeAttr(s)).toBe(plainAttr(s));
    expect(escapeText(s)).toBe(plainText(s));
    expect(xmlSafe(s)).toBe(plainSafe(s));
  });

  test("property: any string escapes exactly as before", () => {
    fc.assert(
      fc.property(fc.oneof(tricky, fc.string({ unit: "binary", maxLength: 40 })), (s) => {
        expect(escapeAttr(s)).toBe(plainAttr(s));
        expect(escapeText(s)).toBe(plainText(s));
        expect(xmlSafe(s)).toBe(plainSafe(s));
      }),
      { numRuns: 2000 },
    );
  });
});

/** stableJson as it was: keys filtered, sorted and written one by one at every level */
function plainStableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(plainStableJson).join(",")}]`;
  if (v && typeof v === "object") {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${plainStableJson(o[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

describe("stableJson's remembered key orders", () => {
  test.each([
    ["an occurrence", { document: "d1", start: 4, end: 9, rule: "r" }],
    ["the same keys in another order", { rule: "r", end: 9, start: 4, document: "d1" }],
    ["an undefined value", { b: undefined, a: 1 }],
    [
      "keys that differ only after a NUL",
      [
        { "a\u0000b": 1, c: 2 },
        { a: 1, "b\u0000c": 2 },
      ],
    ],
    ["nested", { z: [{ y: 1, x: [2, { w: null }] }], a: "\u2028" }],
  ])("%s: the same text as before", (_name, v) => {
    expect(stableJson(v)).toBe(plainStableJson(v));
  });

  test("property: any JSON value writes exactly as before", () => {
    const key = fc.constantFrom("document", "start", "end", "rule", "a", "b", "a\u0000b", "__proto__x", "é");
    const value = fc.letrec((tie) => ({
      leaf: fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null)),
      node: fc.oneof(
        { depthSize: "small" },
        tie("leaf"),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(key, tie("node"), { maxKeys: 5 }),
      ),
    }));
    fc.assert(
      fc.property(value.node, (v) => {
        expect(stableJson(v)).toBe(plainStableJson(v));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("mixBits", () => {
  // values of the hash functions before mixBits existed: models were trained on them, so they must never change
  test.each([
    [1, 2, 3, 2945013054],
    [7, 0, 0, 2240214956],
    [123456, -5, 99, 1045738511],
    [2 ** 31, 2 ** 32 - 1, 17, 3466146],
  ])("mix(%d, %d, %d) is still %d", (t, a, b, h) => {
    expect(mix(t, a, b)).toBe(h);
    expect(mixBits(t, a, b) >>> 0).toBe(h);
  });
  test.each([
    ["", 2872998923],
    ["Ada", 4247964646],
    ["Quill", 175460132],
    ["é—", 3519462094],
  ])("hashString(%j) is still %d", (s, h) => expect(hashString(s)).toBe(h));

  test("property: the same 32 bits as mix, as a signed value", () => {
    const int = fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 });
    fc.assert(
      fc.property(int, int, int, (t, a, b) => {
        const u = mix(t, a, b);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(mixBits(t, a, b)).toBe(u | 0);
        expect(mixBits(t, a, b) >>> 0).toBe(u);
      }),
    );
  });
  test("a hash above 2^31 comes back negative from mixBits (so the signed form is really used)", () => {
    let found = false;
    for (let a = 0; a < 64 && !found; a++) found = mix(7, a) > 2 ** 31 && mixBits(7, a) < 0;
    expect(found).toBe(true);
  });
});
