// PolNeAR's parts for reported clauses: a clause split by its own frame, and a passive frame's subject, on invented sentences.
import { describe, expect, test } from "vitest";
import { P, run } from "./statements-helpers.ts";
import { passiveSubjects } from "../src/statements/passive-frames.ts";
import type { Statement } from "../src/schema/record.ts";

const VALE = [P("Ann Vale")];
const partsOf = (text: string) =>
  run(text, VALE).statements.map((s) => [s.rule, (s.parts ?? [s]).map((p) => text.slice(p.start, p.end))]);

/** [name, text, each statement's parts (or its whole content)] */
const rows: [string, string, string[][]][] = [
  [
    "the clause goes on after the frame",
    "The levy will fall next year, Ann Vale said, and the port will reopen in May.",
    [["The levy will fall next year", "and the port will reopen in May"]],
  ],
  [
    "a fronted phrase before the frame",
    "In the three years since the storm, Ann Vale says, far too many boats have sunk.",
    [["In the three years since the storm", "far too many boats have sunk"]],
  ],
  [
    "a time after the cue, before the comma",
    "The harbour board, Ann Vale said on Friday, has lost its way.",
    [["The harbour board", "has lost its way"]],
  ],
  ["no frame inside the sentence: one part", "The levy will fall, Ann Vale said.", [["The levy will fall"]]],
  [
    "a participle after the frame is its own statement",
    "The levy will fall, Ann Vale said, adding that the port will reopen.",
    [["The levy will fall"], ["the port will reopen"]],
  ],
  [
    "a quote keeps its words alone after a fronted phrase",
    "On Friday, Ann Vale said, “The levy will fall.”",
    [["The levy will fall."]],
  ],
];

describe("statements: a clause split by its frame has two parts", () => {
  test.each(rows)("%s", (_name, text, want) => {
    expect(partsOf(text).map(([, p]) => p)).toEqual(want);
  });
});

/** A tagger statement on `text` (source, cue and content found by their words) and what passiveSubjects makes of it. */
function passiveCase(text: string) {
  const span = (s: string) => {
    const start = text.indexOf(s);
    return { start, end: start + s.length, text: s };
  };
  const st = (source: string, cue: string, content: string): Statement => ({
    id: "s1",
    kind: "indirect",
    ...span(content),
    speaker: "person:x",
    source: span(source),
    cue: span(cue),
    medium: null,
    rule: "indirect:model",
    speakerRule: "source-mention",
  });
  const after = (s: Statement) => passiveSubjects(text, { statements: [s], entities: [], mentions: [] }).statements[0];
  return { st, after };
}

describe("statements: a passive frame's subject is content", () => {
  const text =
    "The vote is widely expected to fall on Friday. Ann Vale said the vote will fall. " +
    "Ivo Reyl has been criticized for the levy. The board isn’t expected to meet. Tomas Lind was charged with fraud.";
  const { st, after } = passiveCase(text);
  test("'is widely expected to': the subject is the first part, and no one is the source", () => {
    const s = after(st("The vote", "is widely expected", "to fall on Friday"));
    expect(s!.parts!.map((p) => text.slice(p.start, p.end))).toEqual(["The vote", "to fall on Friday"]);
    expect([s!.source, s!.speaker, s!.text]).toEqual([null, null, "The vote is widely expected to fall on Friday"]);
  });
  test.each([
    ["has been criticized for", "Ivo Reyl", "the levy", "Ivo Reyl has been criticized for the levy"],
    ["isn’t expected", "The board", "to meet", "The board isn’t expected to meet"],
    ["was charged with", "Tomas Lind", "fraud", "Tomas Lind was charged with fraud"],
  ])("'%s': the subject is the first part", (cue, source, content, whole) => {
    const s = after(st(source, cue, content));
    expect([s!.parts!.map((p) => text.slice(p.start, p.end)), s!.source, s!.text]).toEqual([
      [source, content],
      null,
      whole,
    ]);
  });
  test("an active cue keeps its source", () => {
    const s = after(st("Ann Vale", "said", "the vote will fall"));
    expect([s!.parts, s!.source?.text]).toEqual([undefined, "Ann Vale"]);
  });
});

describe("statements: a participle opening its sentence takes the subject after its clause as source", () => {
  test.each([
    ["After saying the levy was unfair, Ann Vale left the room.", "Ann Vale"],
    ["While saying that she respects the board, Ann Vale voted against it.", "Ann Vale"],
  ])("%s", (text, source) => {
    const st = run(text, VALE).statements;
    expect(st.map((s) => [s.source?.text ?? null, s.speaker])).toEqual([[source, "person:ann-vale"]]);
  });
  test("no subject with a verb after the comma: no source", () => {
    const text = "After saying the levy was unfair, a long silence.";
    expect(run(text, VALE).statements.map((s) => s.source)).toEqual([null]);
  });
});

describe("statements: a place or time phrase between the cue and its 'that' belongs to the frame", () => {
  test.each([
    ["Ann Vale told a crowded hall at a hotel in Brevik that the levy will fall.", "the levy will fall"],
    [
      "Ann Vale is telling a packed crowd in snowy Brevik, on the last day, that the levy will fall.",
      "the levy will fall",
    ],
    ["Ann Vale said that in May the levy will fall.", "in May the levy will fall"],
  ])("%s", (text, content) => {
    expect(run(text, VALE).statements.map((s) => s.text)).toEqual([content]);
  });
});

describe("statements: an attitude participle is no passive frame, its subject stays the source", () => {
  const text =
    "The dock union is worried that the levy will rise. Ann Vale is convinced the port will reopen. " +
    "Harbor pilots are deeply divided on the plan. Ivo Reyl was charged with fraud. The board is expected to meet.";
  const { st, after } = passiveCase(text);
  test.each([
    ["is worried", "The dock union", "that the levy will rise"],
    ["is convinced", "Ann Vale", "the port will reopen"],
    ["are deeply divided on", "Harbor pilots", "the plan"],
  ])("'%s': the subject stays the source, in one part", (cue, source, content) => {
    const s = after(st(source, cue, content));
    expect([s!.parts, s!.source?.text, s!.text]).toEqual([undefined, source, content]);
  });
  test.each([
    ["was charged with", "Ivo Reyl", "fraud"],
    ["is expected", "The board", "to meet"],
  ])("'%s' is still a passive frame: no source", (cue, source, content) => {
    const s = after(st(source, cue, content));
    expect([s!.parts?.length, s!.source]).toEqual([2, null]);
  });
});
