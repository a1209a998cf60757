// The GEXF writer's escaped attribute values: the same characters as escaping the formatted value whole.
import { describe, expect, it } from "vitest";
import { formatValue, type ColumnType } from "../src/graph/attributes.ts";
import { formatAttrValue } from "../src/graph/attr-values.ts";
import { escapeAttr } from "../src/graph/xml.ts";

const whole = (v: unknown, t: ColumnType): string | undefined => {
  const f = formatValue(v, t);
  return f === undefined ? undefined : escapeAttr(f);
};

const sparse: string[] = [];
sparse[1] = "Tove Brannick";

// [value, column type]: each row's pieces must join to what escaping the finished value gives
const rows: [unknown, ColumnType][] = [
  ["Orla Venn", "string"],
  ['Orla Venn\'s "quoted" <b> & co', "string"],
  [["Orla Venn", "Venn"], "liststring"],
  [['Orla "O" Venn', "a\\b", "tab\there", "line\nbreak", "Venn & Daughters", "Venn's"], "liststring"],
  [["lone \uD800 high", "pair \uD83D\uDE00 ok", "\uFFFE", "nel\u0085", "ls\u2028"], "liststring"],
  ["Norland", "liststring"],
  [sparse, "liststring"],
  [[], "liststring"],
  [[{ document: "d1.txt", start: 3, end: 9, evidence: 'Tove said "no".' }], "string"],
  [[{ evidence: "Brannick's \\ view\r\n", document: "d\u0001.txt", x: undefined, y: null }], "string"],
  [{ b: [1, 2.5, Infinity, undefined], a: { 'k"ey': "v<" }, "c'": true }, "string"],
  [{ lone: "\uDC00 low", pair: "\uD83D\uDE00", ff: "\uFFFF" }, "string"],
  [7, "integer"],
  [2.25, "double"],
  [NaN, "double"],
  [true, "boolean"],
  [0, "boolean"],
];

describe("formatAttrValue", () => {
  it.each(rows)("escapes %j as the whole value would be", (v, t) => {
    expect(formatAttrValue(v, t)).toBe(whole(v, t));
  });

  it("writes nothing for a missing value", () => {
    for (const t of ["string", "liststring", "integer", "boolean"] as const) {
      expect(formatAttrValue(undefined, t)).toBeUndefined();
      expect(formatAttrValue(null, t)).toBeUndefined();
    }
  });

  it("writes quotes as references without touching the rest", () => {
    expect(formatAttrValue(["Orla Venn", "Venn"], "liststring")).toBe("[&quot;Orla Venn&quot;, &quot;Venn&quot;]");
    expect(formatAttrValue({ start: 0, document: "d.txt" }, "string")).toBe(
      "{&quot;document&quot;:&quot;d.txt&quot;,&quot;start&quot;:0}",
    );
  });
});
