// Evidence sentences for statement nodes and edges: the sentence(s) around a span, found by scanning the text.
import { describe, expect, it } from "vitest";
import { EvidenceFinder } from "../src/graph/evidence.ts";

/** [text, span to find (first occurrence), expected evidence] */
const ROWS: [string, string, string, string][] = [
  [
    "middle sentence",
    "First one here. Mr. Vask said it was over. Next sentence.",
    "it was over",
    "Mr. Vask said it was over.",
  ],
  [
    "quote ending in a period",
    'Brenmoor said: "We are done." Then she left.',
    "We are done.",
    'Brenmoor said: "We are done."',
  ],
  [
    "curly quote, question",
    "Why? “Can we wait?” asked Odile Farrant! Later, nothing.",
    "Can we wait?",
    "“Can we wait?” asked Odile Farrant!",
  ],
  [
    "abbreviations U.S. and Gen.",
    "Intro. The U.S. envoy and Gen. Harlo Mest said talks ended. After.",
    "talks ended",
    "The U.S. envoy and Gen. Harlo Mest said talks ended.",
  ],
  ["an initial", "Before. J. R. Vask said so, again. After.", "said so", "J. R. Vask said so, again."],
  [
    "a quote over two sentences",
    "Intro. “One thing. Another thing,” she said. Out.",
    "One thing. Another thing,",
    "“One thing. Another thing,” she said.",
  ],
  [
    "paragraph breaks bound it",
    "Headline without stop\nBody line says hello\n\nNext para.",
    "says hello",
    "Body line says hello",
  ],
  [
    "CRLF is kept outside the evidence",
    "Line one.\r\nTalia Brenmoor spoke\r\nLine three.",
    "Brenmoor",
    "Talia Brenmoor spoke",
  ],
  ["span at the very start", "Vask left. Then more.", "Vask", "Vask left."],
  ["span at the very end, no final stop", "Before. Vask left", "left", "Vask left"],
  [
    "a decimal point is not a boundary",
    "Prices rose 3.5 percent, Vask said. Done.",
    "Vask",
    "Prices rose 3.5 percent, Vask said.",
  ],
];

describe("EvidenceFinder", () => {
  it.each(ROWS)("%s", (_name, text, span, expected) => {
    const start = text.indexOf(span);
    const ev = new EvidenceFinder(text).find(start, start + span.length)!;
    expect(ev.evidence).toBe(expected);
    expect(ev.evidence.slice(ev.evidenceStart, ev.evidenceStart + span.length)).toBe(span);
  });

  it("widens to cover the speaker and cue outside the quoted sentence", () => {
    const text = "“We will stay.” Then, after a pause, Vask said so. Later.";
    const ev = new EvidenceFinder(text).find(1, 14, [{ start: text.indexOf("Vask"), end: text.indexOf("Vask") + 4 }])!;
    expect(ev.evidence).toBe("“We will stay.” Then, after a pause, Vask said so.");
    expect(ev.evidenceStart).toBe(1);
  });

  it.each([
    ["negative start", -1, 2],
    ["end past the text", 0, 999],
    ["end before start", 5, 2],
  ])("returns null for an impossible span: %s", (_n, s, e) => {
    expect(new EvidenceFinder("Short text.").find(s, e)).toBeNull();
  });
});
