// Stage `statements`: frames with no verb of their own — headline labels, transcript turns over inner clauses, and a
// speech verb beside a quote no pattern framed — with the rows that must find nothing.
import { describe, expect, test } from "vitest";
import { O, P, entitiesFor, expectStatements, run, type Row } from "./statements-helpers.ts";
import { buildContext } from "../src/statements/context.ts";
import { headlineFrames } from "../src/statements/headline-frames.ts";
import { segment } from "../src/text/segment.ts";

const rows: Row[] = [
  [
    "a headline opening with a named phrase and a colon: the colon is the cue",
    "Mara Vale to the Harbor Board: the levy will fall next year\n\nThe mayor spoke on Monday.",
    [P("Mara Vale"), O("Harbor Board")],
    [
      {
        kind: "direct",
        text: "the levy will fall next year",
        speaker: "person:mara-vale",
        source: "Mara Vale to the Harbor Board",
        cue: ":",
      },
    ],
  ],
  [
    "a headline label with a lower-case noun (an outlet's editorial)",
    "Harbor Ledger editorial: 'Drain the old canal.'\n\nThe paper printed it on Sunday.",
    [O("Harbor Ledger")],
    [{ kind: "direct", text: "'Drain the old canal.'", speaker: "organization:harbor-ledger", cue: ":" }],
  ],
  [
    "a transcript turn is one statement, not the clause a verb inside it frames",
    "Brevik council meeting ends\n\nTOMAS REYL: Well, I think the dam will hold, and the mayor agrees.",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "Well, I think the dam will hold, and the mayor agrees.", speaker: null, cue: ":" }],
  ],
  [
    "a quote after a sentence with a speech verb takes that verb, shared identically",
    "“The harbour will never close,” Ivo Brandt said on Monday at the quay. But “the levy must rise for the dredgers to come back,” in his telling.",
    [P("Ivo Brandt")],
    [
      { kind: "direct", text: "The harbour will never close,", speaker: "person:ivo-brandt", cue: "said" },
      {
        kind: "direct",
        text: "the levy must rise for the dredgers to come back,",
        speaker: "person:ivo-brandt",
        source: "Ivo Brandt",
        cue: "said",
      },
    ],
  ],
  [
    "a quote framed by a verb after it",
    "“Drain the canal and sell the land,” read one of the banners at the quay.",
    [],
    // the subject after the verb is the source, as PolNeAR marks it (quote-tail.ts); it names no entity
    [
      {
        kind: "direct",
        text: "Drain the canal and sell the land,",
        speaker: null,
        source: "one of the banners at the quay",
        cue: "read",
      },
    ],
  ],
  [
    "a verb that is no speech verb frames nothing: the quote stays uncued",
    "The old mill by the quay still stands. “Drain the canal and sell the land to the highest bidder” was painted on its wall.",
    [],
    [{ kind: "direct", text: "Drain the canal and sell the land to the highest bidder", speaker: null, cue: null }],
  ],
  [
    "a round-up item signed with its outlet in brackets: the bracket is the cue",
    "QUAY WORKS BEGIN\n\nDredgers came back to the harbour. “The channel will be open by spring and the ferries will run again.” [Harbor Ledger.]",
    [O("Harbor Ledger")],
    [
      {
        kind: "direct",
        text: "The channel will be open by spring and the ferries will run again.",
        speaker: null,
        cue: "[Harbor Ledger.]",
      },
    ],
  ],
  [
    "a headline's capitals are no speech verb",
    "Dredgers came back.\n\nTELLING THE STORY OF THE QUAY “The channel will be open by spring and the ferries will run again.”",
    [],
    [
      {
        kind: "direct",
        text: "The channel will be open by spring and the ferries will run again.",
        speaker: null,
        cue: null,
      },
    ],
  ],
];

describe("statements: frames with no verb of their own", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});

describe("statements: colons that frame nothing", () => {
  test.each([
    ["a headline's clause before a colon names nobody", "The storm is coming: the quay will flood\n\nNobody spoke."],
    ["a one-paragraph text is no headline", "The continued raids underscore a pattern: the quay will flood."],
    [
      "a long first line is no headline",
      `${"The quay and the mill and the dam ".repeat(6)}by Mara Vale: the end\n\nMore.`,
    ],
  ])("%s", (_name, text) => {
    expect(run(text, [P("Mara Vale")]).statements).toEqual([]);
  });
});

describe("statements: a headline's present-tense verb frames the rest of its line", () => {
  /** the headline frame found with `blasts` and `hints` as the words that began cues in training */
  const frame = (text: string) => {
    const ctx = buildContext(text, segment(text));
    const ents = entitiesFor(text, [P("Mara Vale"), O("Harbor Board")]);
    return headlineFrames(ctx, [], ents.mentions, new Set(["blasts", "hints"])).map((c) => [
      text.slice(ctx.tokens[c.cue![0]]!.start, ctx.tokens[c.cue![1]]!.end),
      text.slice(c.start, c.end),
      c.source ? text.slice(ctx.tokens[c.source.first]!.start, ctx.tokens[c.source.last]!.end) : null,
    ]);
  };
  test("a name, then a verb that began cues in training", () =>
    expect(frame("Mara Vale Blasts Harbor Board over Levy.\n\nThe mayor spoke.")).toEqual([
      ["Blasts", "Harbor Board over Levy", "Mara Vale"],
    ]));
  test.each([
    ["a verb that never began a cue", "Mara Vale wins the harbour race.\n\nThe crowd cheered."],
    ["no name before the verb", "Harbour levy hints at trouble.\n\nThe crowd cheered."],
    ["a name and a verb in the text, not in a headline", "Mara Vale hints at a levy, and the crowd cheered."],
    ["a verb in capitals only", "Mara Vale BLASTS the board.\n\nThe crowd cheered."],
  ])("none: %s", (_name, text) => expect(frame(text)).toEqual([]));
});
