// Stage `segment`: tokens and sentences keep exact offsets into the raw text.
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { tokenize } from "../src/text/tokenize.ts";

describe("tokenize", () => {
  test.each([
    ["The U.S. Army said", ["The", "U.S.", "Army", "said"]],
    ["CIA’s chief", ["CIA", "’s", "chief"]],
    ["General Mara Quell (Ret.) spoke", ["General", "Mara", "Quell", "(Ret.)", "spoke"]],
    ["a well-known envoy", ["a", "well-known", "envoy"]],
    ["“Stop,” she said.", ["“", "Stop", ",", "”", "she", "said", "."]],
    ["", []],
  ])("%s", (text, want) => {
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(want);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe("segment", () => {
  test.each([
    ["Anna Lind met Dr. Ivo Mork. They spoke.", 2],
    ["The U.S. official left. Then he returned.", 2],
    ["One line\nSecond paragraph here", 2],
    ["", 0],
  ])("%s", (text, n) => {
    const seg = segment(text);
    expect(seg.sentences).toHaveLength(n);
    for (const s of seg.sentences) expect(s.end).toBeLessThanOrEqual(text.length);
  });

  test("CRLF text keeps offsets", () => {
    const text = "Ola Brenn said yes.\r\n\r\nKai Dorn said no.";
    const seg = segment(text);
    expect(seg.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(["Ola Brenn said yes.", "Kai Dorn said no."]);
    expect(seg.sentences).toHaveLength(2);
  });
});
