// Nested frames: a tagged frame whose clause holds whole attributions takes them in (PolNeAR marks one frame of a pair).
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { ruleCandidates } from "../src/statements/extract.ts";
import { hostSpan } from "../src/statements/learned/learned.ts";
import { splitHosts } from "../src/statements/learned/split.ts";
import { entitiesFor, P } from "./statements-helpers.ts";

/**
 * The rules' attributions of `text`, and what `hostSpan` makes of a frame whose tagged content opens at `from` and was
 * tagged up to the word `to`: the clause it runs to and the rules' contents it holds, or null.
 */
function host(text: string, from: string, to: string) {
  const ents = entitiesFor(text, [P("Ivo Brandt"), P("Mara Quell")]);
  const { ctx, accepted } = ruleCandidates({ id: "t", text }, segment(text), ents);
  const last = ctx.tokens.findIndex((t) => t.start >= text.indexOf(to) && t.text === to);
  const h = hostSpan(ctx, accepted, last, text.indexOf(from));
  return {
    rules: accepted.length,
    clause: h && text.slice(text.indexOf(from), h.end),
    inside: h?.inside.map((i) => accepted[i]!.rule) ?? [],
  };
}

describe("nested frames: the outer frame's clause", () => {
  test.each([
    [
      "holds a reported attribution whole: it is taken in",
      "The harbour board welcomed the news that Ivo Brandt said the levy was unfair.",
      "the news",
      "news",
      "the news that Ivo Brandt said the levy was unfair",
      1,
    ],
    [
      "holds two whole attributions",
      "The board welcomed the news that Ivo Brandt said the levy was unfair and Mara Quell said the road was shut.",
      "the news",
      "news",
      "the news that Ivo Brandt said the levy was unfair and Mara Quell said the road was shut",
      2,
    ],
  ])("%s", (_name, text, from, to, clause, n) => {
    const h = host(text, from, to);
    expect(h.clause).toBe(clause);
    expect(h.inside).toHaveLength(n);
  });

  test.each([
    [
      "ends at a comma before the other attribution",
      "The board welcomed the news, and Ivo Brandt said the levy was unfair.",
      "the news",
      "news",
    ],
    [
      "would cut an attribution (its source is outside)",
      "Ivo Brandt said the harbour board welcomed the levy.",
      "the levy",
      "levy",
    ],
    [
      "holds a direct quote: quotes stay whole",
      "The board welcomed the news that Ivo Brandt said “the levy is unfair.”",
      "the news",
      "news",
    ],
    ["holds no attribution", "The harbour board welcomed the news from the quarry.", "the news", "news"],
  ])("finds nothing when the clause %s", (_name, text, from, to) => {
    const h = host(text, from, to);
    // the rules did find the other attribution (none in the last row): the frame leaves it alone
    expect(h.rules).toBe(/no attribution/.test(_name) ? 0 : 1);
    expect(h.clause).toBeNull();
  });
});

describe("nested frames: a tagged frame inside a reported clause cuts it", () => {
  /** `tag` words as the tagger's cue, source and content (first occurrence of each, inclusive word ranges) */
  function split(text: string, tag: { cue: string; source: string | null; content: string }) {
    const ents = entitiesFor(text, [P("Ivo Brandt"), P("Mara Quell")]);
    const { ctx, accepted } = ruleCandidates({ id: "t", text }, segment(text), ents);
    const range = (words: string): [number, number] => {
      const at = text.indexOf(words);
      const first = ctx.tokens.findIndex((t) => t.start >= at);
      const last = ctx.tokens.findLastIndex((t) => t.end <= at + words.length);
      return [first, last];
    };
    const a = {
      cue: range(tag.cue),
      source: tag.source ? range(tag.source) : null,
      content: range(tag.content),
      margin: 0,
      conf: { contentMin: 0, contentMean: 0, first: 0, last: 0, before: 0, after: 0, source: 0 },
    };
    const out = [...accepted];
    splitHosts(ctx, [a], out, () => null);
    return out.map((c) => [text.slice(c.start, c.end), c.rule]);
  }

  test("the clause ends before the inner frame, which is a statement of its own", () =>
    expect(
      split("Ivo Brandt said the levy fell in May despite the board's claim that it rose.", {
        cue: "claim",
        source: "the board's",
        content: "that it rose",
      }),
    ).toEqual([
      ["the levy fell in May despite", "indirect:source-cue-clause"],
      ["that it rose", "indirect:model-split"],
    ]));

  test.each([
    [
      "the host's part before the frame would be too short",
      "Ivo Brandt said polls show the levy rose.",
      { cue: "show", source: "polls", content: "the levy rose" },
    ],
    [
      "the host is a direct quote",
      "Ivo Brandt said: “The levy fell despite the board's claim that it rose.”",
      { cue: "claim", source: "the board's", content: "that it rose" },
    ],
    [
      "the frame's content comes before its cue",
      "Ivo Brandt said the levy fell in May and rose in June, the board claimed.",
      { cue: "claimed", source: "the board", content: "the levy fell" },
    ],
  ])("nothing is cut when %s", (_name, text, tag) => {
    const ents = entitiesFor(text, [P("Ivo Brandt")]);
    const rules = ruleCandidates({ id: "t", text }, segment(text), ents).accepted;
    expect(rules.length).toBeGreaterThan(0);
    expect(split(text, tag)).toEqual(rules.map((c) => [text.slice(c.start, c.end), c.rule]));
  });
});
