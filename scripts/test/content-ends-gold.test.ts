// The boundary model's training examples read from a gold content: which boundaries go on, which one stops, and contents that give none.
import { describe, expect, test } from "vitest";
import { segment } from "../../packages/core/src/text/segment.ts";
import { buildContext } from "../../packages/core/src/statements/context.ts";
import { goldBoundaryExamples } from "../attribution/content-ends-data.ts";
import type { Attribution, Frag } from "../attribution/brat.ts";

/** The span of `part` in `text` (its first occurrence from `from`). */
const span = (text: string, part: string, from = 0): Frag => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`test: "${part}" not in "${text}"`);
  return { start, end: start + part.length };
};

/** The boundary tokens asked about, each with its label, for a gold attribution given by its content parts and cue. */
function labels(text: string, contents: string[], cue: string): string[] {
  const ctx = buildContext(text, segment(text));
  const g: Attribution = { content: contents.map((c) => span(text, c)), cue: [span(text, cue)], source: [] };
  const ex = goldBoundaryExamples(ctx, g, "test");
  return ex.map((e) => {
    const tok = e.feats.find((f) => f.startsWith("tok="))!.slice(4);
    return `${tok}:${e.stop ? "stop" : "on"}`;
  });
}

/** [name, text, gold content parts, cue, labels] */
const rows: [string, string, string[], string, string[]][] = [
  [
    "a content ending at a comma stops there",
    "Ann Vale said the levy was unfair, a view the harbour board shares.",
    ["the levy was unfair"],
    "said",
    [",:stop"],
  ],
  [
    "a content running past a comma and a conjunction goes on at both, to its sentence's end",
    "Ivo Reyl said the harbour would stay open, and the ferries would run all winter.",
    ["the harbour would stay open, and the ferries would run all winter"],
    "said",
    [",:on", "and:on"],
  ],
  [
    "a content ending before a word that is no boundary stops at the next boundary",
    "Ann Vale said the levy was unfair to the fishermen in the north.",
    ["the levy was unfair to the fishermen"],
    "said",
    ["in:stop"],
  ],
  [
    "a content before its cue gives nothing (the model cuts contents after their cue)",
    "The levy was unfair, and the board knew it, Ann Vale said.",
    ["The levy was unfair, and the board knew it"],
    "said",
    [],
  ],
  [
    "a content opening with a quote gives nothing",
    "Ann Vale said “the levy is unfair,” and left the hall.",
    ["“the levy is unfair,”"],
    "said",
    [],
  ],
  [
    "a content in two parts gives nothing",
    "Ann Vale said the levy, she thought, was unfair.",
    ["the levy", "was unfair"],
    "said",
    [],
  ],
];

describe("boundary examples from gold contents", () => {
  test.each(rows)("%s", (_name, text, contents, cue, want) => {
    expect(labels(text, contents, cue)).toEqual(want);
  });
});
