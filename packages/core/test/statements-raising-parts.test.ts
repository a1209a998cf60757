// Contents in two parts: a raising frame's subject after its opening words and its complement cut by the boundary model; a clause split by its frame whose second half opens with a past form.
import { describe, expect, test } from "vitest";
import { segment } from "../src/text/segment.ts";
import { extractStatements } from "../src/statements/extract.ts";
import type { ContentEndModel } from "../src/statements/content-ends.ts";
import { P, entitiesFor, type EntSpec } from "./statements-helpers.ts";

/** A model that never ends a content. */
const NEVER: ContentEndModel = { bias: -1e9, weights: new Map() };
/** A model that ends a content at every comma and dash. */
const AT_COMMA: ContentEndModel = {
  bias: -1,
  weights: new Map([
    ["tok=,", 2],
    ["tok=—", 2],
  ]),
};

/** Each statement's cue and its content's parts (or its one span). */
function parts(text: string, specs: EntSpec[], m: ContentEndModel | null): [string, string[]][] {
  return extractStatements({ id: "t", text }, segment(text), entitiesFor(text, specs), {
    attribution: null,
    contentEnds: m,
  }).statements.map((s) => [s.cue?.text ?? "-", (s.parts ?? [s]).map((p) => text.slice(p.start, p.end))]);
}

/** [name, text, entities, parts with a model that never ends, with a model ending at commas] */
const raising: [string, string, EntSpec[], [string, string[]][], [string, string[]][]][] = [
  [
    "the words opening the clause stay out of the subject, and the complement is cut at a comma",
    "But while the harbour board seemed to back the levy, the ferries ran late.",
    [],
    [["seemed", ["the harbour board", "to back the levy, the ferries ran late"]]],
    [["seemed", ["the harbour board", "to back the levy"]]],
  ],
  [
    "a conjunction at the clause's start is no part of the subject",
    "The port closed, and the ferry crews appeared ready to strike, throwing the timetable into doubt.",
    [],
    [["appeared", ["the ferry crews", "ready to strike, throwing the timetable into doubt"]]],
    [["appeared", ["the ferry crews", "ready to strike"]]],
  ],
  [
    "a conjunction inside the subject stays",
    "Ann Vale and Ivo Reyl seemed to agree on the levy.",
    [P("Ann Vale"), P("Ivo Reyl")],
    [["seemed", ["Ann Vale and Ivo Reyl", "to agree on the levy"]]],
    [["seemed", ["Ann Vale and Ivo Reyl", "to agree on the levy"]]],
  ],
  [
    "a subordinator inside the subject opens a modifier and stays",
    "The response when the levy passed seemed muted, at least for now.",
    [],
    [["seemed", ["The response when the levy passed", "muted, at least for now"]]],
    [["seemed", ["The response when the levy passed", "muted"]]],
  ],
  [
    "'appeared in court' is no raising frame: nothing is found",
    "Ann Vale appeared in court, and the ferries ran late.",
    [P("Ann Vale")],
    [],
    [],
  ],
];

describe("raising frames in two parts", () => {
  test.each(raising)("%s", (_name, text, specs, never, atComma) => {
    expect(parts(text, specs, NEVER)).toEqual(never);
    expect(parts(text, specs, AT_COMMA)).toEqual(atComma);
  });
});

/** [name, text, entities, parts (no boundary model)] */
const interrupted: [string, string, EntSpec[], [string, string[]][]][] = [
  [
    "a subject before the frame takes the past form after it as its predicate",
    "The harbour levy, Ann Vale said, doubled the fares within a year.",
    [P("Ann Vale")],
    [["said", ["The harbour levy", "doubled the fares within a year"]]],
  ],
  [
    "a clause before the frame: the past form after it opens an adjunct",
    "The richest pay 20 percent, Ann Vale said, compared with 9 percent for the rest.",
    [P("Ann Vale")],
    [["said", ["The richest pay 20 percent"]]],
  ],
  [
    "no frame between commas: nothing is found",
    "The harbour levy, the tolls and the fares doubled within a year.",
    [],
    [],
  ],
];

describe("a clause split by its frame", () => {
  test.each(interrupted)("%s", (_name, text, specs, want) => {
    expect(parts(text, specs, null)).toEqual(want);
  });
});
