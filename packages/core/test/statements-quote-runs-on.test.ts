// quote-runs-on.ts and interrupted.ts on invented sentences: a quote takes the words its sentence goes on with; rows that must not move.
import { describe, expect, test } from "vitest";
import { P, run } from "./statements-helpers.ts";
import { segment } from "../src/text/segment.ts";
import { buildContext } from "../src/statements/context.ts";
import { quotesRunOn } from "../src/statements/quote-runs-on.ts";
import type { Statement } from "../src/schema/record.ts";

/** [name, text, the statement's kind and content text after the statements stage (rules only)] */
const rows: [string, string, [Statement["kind"], string][]][] = [
  [
    "a quote its sentence goes on after takes the words to the sentence's end",
    "Ann Vale said “the levy is dead” despite the vote in Torbay.",
    [["mixed", "the levy is dead” despite the vote in Torbay"]],
  ],
  [
    "the words run on past a comma inside the sentence",
    "Ann Vale said “the levy is dead” for the harbour board, in effect.",
    [["mixed", "the levy is dead” for the harbour board, in effect"]],
  ],
  [
    "a quote ending in a full stop inside its marks stays alone",
    "Ann Vale said, “The levy is dead.” yesterday morning.",
    [["direct", "The levy is dead."]],
  ],
  [
    "a quote ending in a comma stays alone",
    "Ann Vale wrote, “The levy is dead,” and left the hall.",
    [["direct", "The levy is dead,"]],
  ],
  [
    "a capital after the quote opens a frame, not more content",
    "“The levy is dead” Ann Vale said on Friday.",
    [["direct", "The levy is dead"]],
  ],
  [
    "a participle after the quote is the source's next act: the quote stays alone",
    "Ann Vale said “the levy is dead” before floating the idea of a new toll.",
    [["direct", "the levy is dead"]],
  ],
  ["no quote: nothing is found", "Ann Vale walked to the harbour on Friday.", []],
];

/** interrupted.ts: [name, text, the statements' kind and content parts] — the phrase before "…, X said, “…”" */
const fronted: [string, string, [Statement["kind"], string[]][]][] = [
  [
    "a quote opening in lower case goes on with the phrase before its frame",
    "The harbour board, Ann Vale said, “is doing much better than it did last year.”",
    [["mixed", ["The harbour board", "is doing much better than it did last year."]]],
  ],
  [
    "a quote opening with a capital keeps its words alone",
    "In the spring, Ann Vale said, “The levy is dead and the port will reopen.”",
    [["direct", ["The levy is dead and the port will reopen."]]],
  ],
];

/** interrupted.ts: [name, text, each statement's cue and content parts] — the clause resumed after its frame */
const resumed: [string, string, [string, string[]][]][] = [
  [
    "a frame inside the resumed clause goes: PolNeAR marks the outer one",
    "It was impossible, Ann Vale said, so the harbour board decided to split the work between the two towns.",
    [["said", ["It was impossible", "so the harbour board decided to split the work between the two towns"]]],
  ],
  [
    "after `and` too",
    "The plan failed, Ann Vale said, and the board promised to pay back the levy.",
    [["said", ["The plan failed", "and the board promised to pay back the levy"]]],
  ],
  [
    "a plain reporting verb frames a statement of its own",
    "The levy failed, Ann Vale said, and Ivo Reyl told reporters the port would close.",
    [
      ["said", ["The levy failed"]],
      ["told", ["the port would close"]],
    ],
  ],
  [
    "no frame between commas: the inner frame stays",
    "Ann Vale said the plan failed, and the board promised to pay back the levy.",
    [
      ["said", ["the plan failed"]],
      ["promised", ["to pay back the levy"]],
    ],
  ],
  [
    "a past-tense verb resumes the clause",
    "The new levy, Ann Vale said, raised fears among the ferry crews.",
    [["said", ["The new levy", "raised fears among the ferry crews"]]],
  ],
  [
    "a past participle before a preposition opens an adjunct: the content stays alone",
    "The port made a loss, Ann Vale said, compared with a profit last year.",
    [["said", ["The port made a loss"]]],
  ],
  ["no frame at all: nothing is found", "The plan failed in May, and the board closed the port for the winter.", []],
];

describe("quotes run on: PolNeAR's content of a quote its sentence goes on after", () => {
  test.each(rows)("%s", (_name, text, want) => {
    expect(run(text, [P("Ann Vale")]).statements.map((s) => [s.kind, s.text])).toEqual(want);
  });

  test.each(fronted)("%s", (_name, text, want) => {
    const sts = run(text, [P("Ann Vale")]).statements;
    expect(sts.map((s) => [s.kind, (s.parts ?? [s]).map((p) => text.slice(p.start, p.end))])).toEqual(want);
  });

  test.each(resumed)("%s", (_name, text, want) => {
    const sts = run(text, [P("Ann Vale"), P("Ivo Reyl")]).statements;
    expect(sts.map((s) => [s.cue?.text, (s.parts ?? [s]).map((p) => text.slice(p.start, p.end))])).toEqual(want);
  });

  test("words another statement holds stay that statement's", () => {
    const text = "Ann Vale said “the levy is dead” while Ivo Reyl said the port would reopen.";
    const ctx = buildContext(text, segment(text));
    const at = (s: string) => {
      const start = text.indexOf(s);
      return { start, end: start + s.length, text: s };
    };
    const base = { speaker: null, medium: null, source: null };
    const quote: Statement = {
      id: "s1",
      kind: "direct",
      ...at("the levy is dead"),
      ...base,
      cue: at("said"),
      rule: "direct:x",
    };
    const other: Statement = {
      id: "s2",
      kind: "indirect",
      ...at("the port would reopen"),
      ...base,
      cue: at("said the"),
      rule: "indirect:x",
    };
    const r = quotesRunOn(ctx, { statements: [quote, other], entities: [], mentions: [] }).statements[0]!;
    expect([r.kind, r.text]).toEqual(["direct", "the levy is dead"]);
  });
});
