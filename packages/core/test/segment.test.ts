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

describe("hard-wrapped text", () => {
  // wire copy: lines of about 60 characters, paragraphs indented; invented names and facts
  const wire = [
    "Harbor Mills Co and Kestrel North America",
    "Inc said they plan to form a venture to manage the money market",
    "borrowing and investment activities of both companies.",
    "    Kestrel North America is a subsidiary of Brevik Petroleum Co",
    "Plc, which also owns a 55 pct interest in Harbor Mills.",
    "    The venture will be called Kestrel/Harbor Financial Trading",
    "and will be run by Harbor Mills under a joint committee.",
  ].join("\n");

  test("a single line break inside a paragraph is no paragraph or sentence break", () => {
    const seg = segment(wire);
    expect(seg.paragraphs).toHaveLength(3);
    // each paragraph runs from its first line's start to its last line's end
    expect(seg.paragraphs.map((p) => wire.slice(p.start, p.end).split("\n").length)).toEqual([3, 2, 2]);
    expect(wire.slice(seg.paragraphs[0]!.start, seg.paragraphs[0]!.end).endsWith("both companies.")).toBe(true);
    expect(seg.sentences.map((s) => wire.slice(s.start, s.end).split(/\s+/).slice(0, 3).join(" "))).toEqual([
      "Harbor Mills Co",
      "Kestrel North America",
      "The venture will",
    ]);
  });

  test("blank lines separate paragraphs of unindented wrapped text", () => {
    const text =
      "Mara Quell said the ferry line would add two boats\nto its winter timetable, starting with the crossing\nto Brevik in December.\n\nIvo Brandt, the harbour master, said the quay\nwould be ready by then, weather permitting, and\nthat the new ramp had passed its inspection.";
    expect(segment(text).paragraphs).toHaveLength(2);
  });

  test("news with one line per paragraph keeps a paragraph per line", () => {
    const text =
      "Mara Quell said the ferry line would add two boats.\nIvo Brandt said the quay would be ready.\nThe port said nothing.\nThe council met on Monday.";
    expect(segment(text).paragraphs).toHaveLength(4);
  });

  test("an entity named across a line break is one entity with a one-line name", async () => {
    const { runDocumentStages } = await import("../src/pipeline/pipeline.ts");
    const { loadDefaultResources } = await import("./support/resources.ts");
    const state = runDocumentStages({ id: "w", text: wire }, loadDefaultResources());
    const names = state.ents.entities.flatMap((e) => [e.name, ...e.aliases]);
    expect(names).toEqual(expect.arrayContaining(["Kestrel North America Inc", "Brevik Petroleum Co Plc"]));
    expect(names.filter((n) => /\n/.test(n))).toEqual([]);
  });
});

test("a heading line in hard-wrapped text stays its own paragraph", () => {
  const text =
    "Mara Quell said the ferry line would add two boats to the\nwinter timetable, starting with the crossing to Brevik in\nDecember.\nThe Road Ahead\nIvo Brandt, the harbour master, said the quay would be\nready by then, weather permitting, and that the new ramp\nhad passed its inspection on Monday.";
  expect(segment(text).paragraphs.map((p) => text.slice(p.start, p.end).split("\n")[0])).toEqual([
    "Mara Quell said the ferry line would add two boats to the",
    "The Road Ahead",
    "Ivo Brandt, the harbour master, said the quay would be",
  ]);
});
