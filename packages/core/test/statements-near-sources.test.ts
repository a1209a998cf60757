// Relative pronouns and possessives just before a cue are PolNeAR's source: invented sentences through nearCueSources.
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import type { Candidate } from "../src/statements/clause.ts";
import { nearCueSources } from "../src/statements/near-sources.ts";
import { run, P } from "./statements-helpers.ts";

type Row = [name: string, text: string, cue: string, source: string | null, rule: string, want: string | null];

/** want: the source word after the pass; null when the candidate must stay as it came */
const rows: Row[] = [
  [
    "a relative pronoun after adverbs",
    "Ann Vale, who on Tuesday publicly endorsed the levy, left.",
    "endorsed",
    "Ann Vale",
    "indirect:model",
    "who",
  ],
  [
    "a relative pronoun after auxiliaries",
    "The dock board, which has long argued for the levy, met.",
    "argued",
    "The dock board",
    "indirect:model",
    "which",
  ],
  [
    "a possessive after a preposition",
    "Ivo Reyl was persistent in his criticism of the levy.",
    "criticism",
    "Ivo Reyl",
    "indirect:model",
    "his",
  ],
  [
    "a possessive opening the sentence",
    "Her promise to cut the levy pleased Ivo Reyl.",
    "promise",
    null,
    "indirect:model",
    "Her",
  ],
  // rows that must find nothing
  [
    "a possessive after a verb: the verb's subject is the source",
    "Ivo Reyl repeated his claim that the levy was unfair.",
    "claim",
    "Ivo Reyl",
    "indirect:model",
    null,
  ],
  ["a question's who", "Who said the levy was unfair?", "said", null, "indirect:model", null],
  ["a subject right before the cue", "Ann Vale said the levy was unfair.", "said", "Ann Vale", "indirect:model", null],
  [
    "a raising frame keeps no source",
    "The board, which seemed to back the levy, met.",
    "seemed",
    null,
    "indirect:raising",
    null,
  ],
  [
    "a relative word inside a quote",
    "“The levy, which,” Ann Vale said, “is unfair.”",
    "said",
    "Ann Vale",
    "direct:model",
    null,
  ],
];

function candidate(text: string, cue: string, source: string | null, rule: string) {
  const ctx = buildContext(text, segment(text));
  const at = (w: string) => ctx.tokens.findIndex((t) => t.text === w.split(" ")[0]);
  const c = at(cue);
  const s = source ? at(source) : -1;
  const cand: Candidate = {
    kind: "indirect",
    start: ctx.tokens[c + 1]!.start,
    end: text.length,
    cue: [c, c],
    source: s < 0 ? null : { first: s, last: s + source!.split(" ").length - 1, pronoun: false },
    rule,
    inherit: false,
    mediumFrom: null,
    priority: 1,
  };
  return { ctx, cand };
}

describe("statements: sources standing just before their cue", () => {
  test.each(rows)("%s", (_name, text, cue, source, rule, want) => {
    const { ctx, cand } = candidate(text, cue, source, rule);
    const [out] = nearCueSources(ctx, [cand]);
    if (want === null) {
      expect(out).toBe(cand);
      return;
    }
    const s = out!.source!;
    expect(ctx.text.slice(ctx.tokens[s.first]!.start, ctx.tokens[s.last]!.end)).toBe(want);
    expect(s.pronoun).toBe(true);
    expect(out!.rule).toBe(`${rule}+near-source`);
  });

  test("a possessive source's speaker is resolved as its pronoun", () => {
    const res = run("Ivo Reyl spoke at the dock. He stood by his claim that the levy was unfair.", [P("Ivo Reyl")]);
    const st = res.statements.find((s) => s.cue?.text === "claim");
    expect(st?.source?.text).toBe("his");
    expect(st?.speaker).toBe("person:ivo-reyl");
  });
});
