// Stage `statements`: tables of invented sentences for quote marks, colon frames and quotes that continue over
// sentences and paragraphs (with the medium they inherit), and acts and manner verbs that find nothing.
import { describe, expect, test } from "vitest";
import { P, expectStatements, run, type Row } from "./statements-helpers.ts";

const rows: Row[] = [
  [
    "a closing mark used to open after a space",
    "Ivo Brandt spoke. ” … what I learned is that the dam will fail,” he said.",
    [P("Ivo Brandt")],
    [
      {
        kind: "direct",
        text: "… what I learned is that the dam will fail,",
        speaker: "person:ivo-brandt",
        source: "he",
        cue: "said",
      },
    ],
  ],
  [
    "a cue whose quote is claimed frames the next one",
    "Anja Vetter scolded him: “The data is against you,” she said. “Nobody believes the pills work.”",
    [P("Anja Vetter")],
    [
      { kind: "direct", text: "The data is against you,", speaker: "person:anja-vetter", cue: "scolded" },
      {
        kind: "direct",
        text: "Nobody believes the pills work.",
        speaker: "person:anja-vetter",
        source: "she",
        cue: "said",
      },
    ],
  ],
  [
    "a show's title before the subject is not the quote",
    "On the weekend broadcast of “Harbor Talk Tonight,” Ivo Brandt said the levy was only “a stunt.”",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the levy was only “a stunt.”", speaker: "person:ivo-brandt", cue: "said" }],
  ],
  [
    "a colon after a named subject's clause frames a quote",
    "Worried about turnout, Mayor Tomas Reyl is rolling out a new slogan: “It’s about you.”",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "It’s about you.", speaker: "person:tomas-reyl", source: "Mayor Tomas Reyl" }],
  ],
  [
    "a colon after an unnamed subject gives no source (the colon is the cue: a frame with no verb)",
    "The sign on the mill door had one rule: “No dogs past this gate.”",
    [],
    [{ kind: "direct", text: "No dogs past this gate.", speaker: null, source: null, cue: ":" }],
  ],
  [
    "a noun cue in a fronted phrase ends at its comma",
    "Contrary to his claim that voters would “learn nothing,” the files ran to nine hundred pages.",
    [],
    [{ kind: "mixed", text: "voters would “learn nothing,”", speaker: null, source: "his", cue: "claim" }],
  ],
  [
    "a doubled consonant in the past tense",
    "Ivo Brandt slammed the levy as “theft”.",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the levy as “theft”", speaker: "person:ivo-brandt", cue: "slammed" }],
  ],
  [
    "a doubled opening mark",
    'Nobody asked. "“We lost the vote,” Mara Quell said.',
    [P("Mara Quell")],
    [{ kind: "direct", text: "We lost the vote,", speaker: "person:mara-quell", cue: "said" }],
  ],
  [
    "a show's title after a possessive",
    "On the channel’s “Harbor Hour,” Ivo Brandt said the deal was “a mirage.”",
    [P("Ivo Brandt")],
    [{ kind: "mixed", text: "the deal was “a mirage.”", speaker: "person:ivo-brandt", cue: "said" }],
  ],
  [
    "a colon quote after a long opening phrase",
    "With party leaders worried about turnout among the young, Mayor Tomas Reyl is rolling out a slogan: “It’s about you.”",
    [P("Tomas Reyl")],
    [{ kind: "direct", text: "It’s about you.", speaker: "person:tomas-reyl", source: "Mayor Tomas Reyl" }],
  ],
  [
    "a stray straight mark does not flip the quotes after it",
    'Stray mark here." Ivo Brandt said: "We will end up with a split system." But Mara Quell said it was "rather good" news.',
    [P("Ivo Brandt"), P("Mara Quell")],
    [
      { kind: "direct", text: "We will end up with a split system.", speaker: "person:ivo-brandt" },
      { kind: "mixed", text: 'it was "rather good" news', speaker: "person:mara-quell" },
    ],
  ],
  [
    "a quote right after a named speaker's reported clause is theirs",
    "Mara Quell said the audit had found a list of debts. “We will pay every one of them.”",
    [P("Mara Quell")],
    [
      { kind: "indirect", text: "the audit had found a list of debts", speaker: "person:mara-quell" },
      {
        kind: "direct",
        text: "We will pay every one of them.",
        speaker: "person:mara-quell",
        source: "Mara Quell",
        cue: "said",
      },
    ],
  ],
  [
    "a quote two sentences later is not",
    "Mara Quell said the audit was done. Turnout was low. “We will pay,” said the mayor.",
    [P("Mara Quell")],
    [
      { kind: "indirect", text: "the audit was done", speaker: "person:mara-quell" },
      { kind: "direct", text: "We will pay,", speaker: null, source: "the mayor" },
    ],
  ],
  [
    "a continued quote shares an unresolved source",
    "“It all overlapped,” the judge exclaimed, “every word of it.”",
    [],
    [
      {
        kind: "direct",
        text: "It all overlapped,” the judge exclaimed, “every word of it.",
        speaker: null,
        source: "the judge",
        cue: "exclaimed",
      },
    ],
  ],
  [
    "said to an audience after a quote",
    "“We are leaving,” Ivo Brandt said to the crowd at the gate.",
    [P("Ivo Brandt")],
    [{ kind: "direct", text: "We are leaving,", speaker: "person:ivo-brandt", source: "Ivo Brandt", cue: "said" }],
  ],
  [
    "a cue between two quotes introduces the one after it",
    "Mara Quell says the plan is “dead on arrival.” She adds, “Nobody in Brevik wants it.”",
    [P("Mara Quell")],
    [
      { kind: "mixed", text: "the plan is “dead on arrival.”", speaker: "person:mara-quell", cue: "says" },
      { kind: "direct", text: "Nobody in Brevik wants it.", speaker: "person:mara-quell", source: "She", cue: "adds" },
    ],
  ],
];

describe("statements: quote marks, colons and continued quotes", () => {
  test.each(rows)("%s", (_name, text, ents, want) => expectStatements(text, ents, want));
});

describe("statements: quotes that continue", () => {
  test("split around the cue: both halves, same speaker", () => {
    const text = "“We tried,” Mara Quell said. “Nobody listened.”";
    const res = run(text, [P("Mara Quell")]);
    // one statement per quote: the continuation is a second part, the frame between is no content
    expect(res.statements.map((s) => [s.text, s.speaker, s.rule])).toEqual([
      ["We tried,” Mara Quell said. “Nobody listened.", "person:mara-quell", "direct:quote-source-cue"],
    ]);
    expect(res.statements[0]!.parts!.map((p) => text.slice(p.start, p.end))).toEqual(["We tried,", "Nobody listened."]);
    expect(res.statements[0]!.cue?.text).toBe("said");
  });
  test("a quote-only paragraph continues the previous speaker", () => {
    const text = "Ivo Brandt told the panel, “The dam is old.”\n“It will not last another winter.”";
    const res = run(text, [P("Ivo Brandt")]);
    expect(res.statements.map((s) => [s.text, s.speaker])).toEqual([
      ["The dam is old.", "person:ivo-brandt"],
      ["It will not last another winter.", "person:ivo-brandt"],
    ]);
  });
  test("a colon in a later sentence does not continue the earlier quote", () => {
    const text =
      "“We won,” Ivo Brandt said. Later the mood turned, and Mara Quell gave her own verdict: “Nobody won anything today.”";
    const res = run(text, [P("Ivo Brandt"), P("Mara Quell")]);
    expect(res.statements.find((s) => s.text.startsWith("Nobody"))?.rule ?? "none").not.toBe("direct:continued");
  });
  // known gap: the pairing reads “ as an opener always; reading it as a closer here helped the rules in train CV (+4
  // quotes, +8 cues) but the refitted tagger lost more (overlap F1 79.3 → 79.1), so it waits for a model retraining
  test("an opening mark typed as the closer after the last word closes the quote", () => {
    const text = "“Apparently not,“ Mara Quell said. “The port will never change.”";
    const res = run(text, [P("Mara Quell")]);
    expect(
      res.statements.map((s) => [s.speaker, s.cue?.text, s.parts!.map((p) => text.slice(p.start, p.end))]),
    ).toEqual([["person:mara-quell", "said", ["Apparently not,", "The port will never change."]]]);
  });
  test("a format character pasted before a closer typed as the opener stands as a space", () => {
    const text = "It was over. \u202a”The port will never change,” said Mara Quell.";
    const res = run(text, [P("Mara Quell")]);
    expect(res.statements.map((s) => [s.speaker, s.text])).toEqual([
      ["person:mara-quell", "The port will never change,"],
    ]);
  });
  test("an opening mark inside a quote before a word still opens an inner quote", () => {
    const text = "“He called it “the last port” and left,” Mara Quell said.";
    const res = run(text, [P("Mara Quell")]);
    expect(res.statements.map((s) => s.text)).toEqual(["He called it “the last port” and left,"]);
  });
  test("a final quote never closed ends at the paragraph end", () => {
    const text = "“The road is long,” Anja Vetter said. “We walk it anyway.\nNext paragraph here.";
    const res = run(text, [P("Anja Vetter")]);
    expect(res.statements.map((s) => s.parts!.map((p) => text.slice(p.start, p.end)))).toEqual([
      ["The road is long,", "We walk it anyway."],
    ]);
  });
  test("a quote continued in the next paragraph inherits the medium with the source and cue", () => {
    const text = "“The port will close,” Tomas Reyl told Radio Kestrel.\n“Nobody is ready for it.”";
    const res = run(text, [P("Tomas Reyl")]);
    expect(res.statements.map((s) => [s.text, s.speaker, s.cue?.text, s.medium])).toEqual([
      ["The port will close,", "person:tomas-reyl", "told", "organization:radio-kestrel"],
      ["Nobody is ready for it.", "person:tomas-reyl", "told", "organization:radio-kestrel"],
    ]);
  });
  test("the told outlet is returned as a new entity with its mention", () => {
    const text = "“Enough,” Tomas Reyl told Radio Kestrel.";
    const res = run(text, [P("Tomas Reyl")]);
    expect(res.entities).toEqual([
      expect.objectContaining({ id: "organization:radio-kestrel", kind: "organization", name: "Radio Kestrel" }),
    ]);
    expect(res.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Radio Kestrel"]);
  });
});

describe("statements: acts and manner verbs that find nothing", () => {
  test.each([
    ["a manner verb with an object is no speech", "Mara Quell snapped a photo of the quay."],
    ["laughed at a thing", "Mara Quell laughed at the old map."],
    ["a noun-like cue before a relative that", "The two taped an hourlong show that aired on Thursday."],
    ["a bare day after said is a time", "Mara Quell said Friday as she entered the talks."],
    ["a short opening phrase before an inverted clause", "Mara Quell refused. And until Thursday, nobody asked."],
    ["told an outlet and a time, nothing reported", "Mara Quell told The Harbor Ledger on Thursday."],
    ["a thing called by its name", "The raid came from a firm called Harbor Systems that is based in Brevik."],
    ["a title claimed is no claim", "Mara Quell claimed her first harbour title, edging a rival into second."],
  ])("%s", (_name, text) => {
    expect(run(text, [P("Mara Quell")]).statements).toEqual([]);
  });
});

const VALE = "person:ann-vale";

describe("statements: a continued quote inherits the medium of the attribution it continues", () => {
  test("a second part in the same paragraph", () => {
    const text = "“The port will close,” Ann Vale told Radio Kestrel. “Nobody is ready for it.”";
    const st = run(text, [P("Ann Vale")]).statements;
    expect(st.map((s) => [s.parts?.length, s.speaker, s.medium])).toEqual([[2, VALE, "organization:radio-kestrel"]]);
  });

  test("a quote after a reported clause told to an outlet", () => {
    const text = "Ann Vale told Radio Kestrel that the port would close. “Nobody is ready for it.”";
    const st = run(text, [P("Ann Vale")]).statements;
    expect(st.map((s) => [s.text, s.speaker, s.medium])).toEqual([
      ["the port would close", VALE, "organization:radio-kestrel"],
      ["Nobody is ready for it.", VALE, "organization:radio-kestrel"],
    ]);
  });

  test("a platform named in a post carries into the next paragraph", () => {
    const text = "“The port will close,” Ann Vale wrote on X.\n“Nobody is ready for it.”";
    const st = run(text, [P("Ann Vale")]).statements;
    expect(st.map((s) => s.medium)).toEqual(["organization:x", "organization:x"]);
  });

  test("another speaker's quote in between stops the inheritance", () => {
    const text =
      "“The port will close,” Ann Vale told Radio Kestrel.\n“It will not,” Ivo Reyl said.\n“Nobody is ready for it.”";
    const st = run(text, [P("Ann Vale"), P("Ivo Reyl")]).statements;
    expect(st.map((s) => [s.speaker, s.medium])).toEqual([
      [VALE, "organization:radio-kestrel"],
      ["person:ivo-reyl", null],
      ["person:ivo-reyl", null],
    ]);
  });
});
