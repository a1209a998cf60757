// The attribution tagger's content ends (learned/content-end.ts): how far a tagged content runs on, and which cue words
// stop it by framing a clause of their own.
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import { contentEnd, framesClause } from "../src/statements/learned/content-end.ts";

describe("attribution tagger: where a tagged content ends", () => {
  /** the content's last word after `from` (the tagged run's last word), with `stopAt` a word another span holds */
  const end = (text: string, from: string, stopAt?: string) => {
    const ctx = buildContext(text, segment(text));
    const i = ctx.tokens.findIndex((t) => t.text === from);
    return ctx.tokens[contentEnd(ctx, i, (t) => ctx.tokens[t]!.text === stopAt)]!.text;
  };
  test.each([
    ["to the sentence's end", "The council championed the ferry line for the ten coast villages.", "line", "villages"],
    ["not past a semicolon", "The council championed the ferry line for us; the road is shut.", "line", "us"],
    ["not past a comma", "The council championed the ferry line for the villages, a costly plan.", "line", "villages"],
    ["not past a dash", "The council championed the ferry line — a costly one — in May.", "line", "line"],
    ["not past a bracket", "The council championed the ferry line (a costly one) in May.", "line", "line"],
    ["at the sentence's end already", "The council championed the ferry line.", "line", "line"],
  ])("%s", (_name, text, from, want) => expect(end(text, from)).toBe(want));
  test("not into another attribution's span", () =>
    expect(end("The council championed the ferry line as the villages wrote to the board.", "line", "wrote")).toBe(
      "villages",
    ));
});

describe("attribution tagger: a cue word that frames a clause stops a content running on", () => {
  /** framesClause at the first token spelled `word`, and the content run on from `from` stopping where it says */
  const at = (text: string, word: string) => {
    const ctx = buildContext(text, segment(text));
    return framesClause(
      ctx,
      ctx.tokens.findIndex((t) => t.text === word),
    );
  };
  const runOn = (text: string, from: string) => {
    const ctx = buildContext(text, segment(text));
    const i = ctx.tokens.findIndex((t) => t.text === from);
    return ctx.tokens[contentEnd(ctx, i, (t) => framesClause(ctx, t))]!.text;
  };
  test.each([
    ["before that", "The ferry line will close as the board said that the road is shut.", "said", true],
    [
      "before a subject pronoun",
      "The ferry line will close as the harbour board warned they would act.",
      "warned",
      true,
    ],
    ["before a name", "The ferry line will close, wrote Brevik Tallow in the harbour paper.", "wrote", true],
    [
      "before a quote",
      "The ferry line will close as the board announced “a costly plan” on Monday.",
      "announced",
      true,
    ],
    ["before a colon", "The ferry line will close, as Mara Quell argued: the road is shut.", "argued", true],
    [
      "a modifier, no clause after it",
      "Vale backed the ferry line despite the repeated refusal of the board.",
      "repeated",
      false,
    ],
    [
      "a noun object, no clause after it",
      "Vale backed the ferry line and what the villagers call a costly plan.",
      "call",
      false,
    ],
    [
      "a participle inside a noun phrase",
      "Vale backed the remarks calling the ferry line a costly plan.",
      "calling",
      false,
    ],
    ["no cue word at all", "Vale backed the ferry line that the villagers built.", "line", false],
  ])("%s", (_name, text, word, want) => expect(at(text, word)).toBe(want));
  test.each([
    [
      "runs on past a cue word inside the content",
      "Vale backed the plan despite the repeated refusal of the board.",
      "plan",
      "board",
    ],
    [
      "stops before a cue word framing a clause",
      "Vale backed the plan as the villagers said that the road is shut.",
      "plan",
      "villagers",
    ],
  ])("%s", (_name, text, from, want) => expect(runOn(text, from)).toBe(want));
});
