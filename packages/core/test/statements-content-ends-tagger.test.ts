// The boundary model's features of the tagger's reading (ctx.tagged): where its own content stops, and a frame of its own ahead.
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import { boundaryFeatures } from "../src/statements/content-ends.ts";
import type { TaggedAttribution } from "../src/statements/learned/group.ts";

/** A tagged attribution over token ranges, sure of everything (margins 100). */
const tagged = (cue: [number, number], content: [number, number]): TaggedAttribution => ({
  cue,
  content,
  source: null,
  margin: 100,
  conf: { contentMin: 100, contentMean: 100, first: 100, last: 100, before: 100, after: 100, source: 100 },
});

/**
 * [name, text, the tagged attributions as [cue word, first content word, last content word] (null: the tagger did not
 * run), the tg_ features at the first comma]
 */
const rows: [string, string, [string, string, string][] | null, string[]][] = [
  [
    "the tagger's content stops right before the comma",
    "Ann Vale said the levy was unfair, a view the harbour board shares.",
    [["said", "the", "unfair"]],
    ["tg_end=here", "tg_ahead=-"],
  ],
  [
    "the tagger's content runs on past the comma",
    "Ann Vale said the levy was unfair, a view the harbour board shares.",
    [["said", "the", "shares"]],
    ["tg_end=past", "tg_ahead=-"],
  ],
  [
    "another tagged cue two words after the comma: a frame of its own ahead",
    "Ann Vale praised the levy, as she urges the board to keep it.",
    [
      ["praised", "the", "it"],
      ["urges", "the", "it"],
    ],
    ["tg_end=past", "tg_ahead=cue3"],
  ],
  [
    "no tagged attribution on the site's cue",
    "Ann Vale said the levy was unfair, a view the harbour board shares.",
    [],
    ["tg_end=none", "tg_ahead=-"],
  ],
  ["the tagger did not run: no tagger features at all", "Ann Vale said the levy was unfair, a view.", null, []],
];

describe("the boundary model reads the tagger", () => {
  test.each(rows)("%s", (_name, text, tags, want) => {
    const ctx = buildContext(text, segment(text));
    const at = (w: string) => ctx.tokens.findIndex((t) => t.text === w);
    if (tags)
      ctx.tagged = new Map(
        tags.map(([c, f, l]) => [
          at(c),
          tagged([at(c), at(c)], [ctx.tokens.findIndex((t, i) => i > at(c) && t.text === f), at(l)]),
        ]),
      );
    ctx.taggedScale = 1;
    const cue = at(text.includes("said") ? "said" : "praised");
    const feats = boundaryFeatures(ctx, { first: cue + 1, cue, family: "model" }, at(","), 0);
    expect(feats.filter((f) => /^tg_(?:end|ahead)=/.test(f))).toEqual(want);
  });
});
